// Cross-reference navigation and hover cards on the sample corpus, through VS Code's own execute* commands:
// what a user gets from Go to Definition, Find All References, Ctrl+T, highlights and hovers.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { hoverText, openSample, positionOf, until } from './corpusFixture';
import { waitFor } from './waitFor';

const MOSCOW = '2020-09-10-moscow-foreign-ministers.txt';
const ASTANA = '2024-07-04-astana-declaration.txt';
const TREATY = '2007-08-16-bishkek-treaty.txt';

describe('Navigation and hover cards', () => {
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('shows one person card for "S. Lavrov" that knows the full name and both mentions', async () => {
    const editor = await openSample(MOSCOW);
    const at = positionOf(editor.document, 'S. Lavrov', 3);
    const hovers = await until(() => vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, at), 'a hover on S. Lavrov', (h) => hoverText(h).includes('Sergey Lavrov'));
    const text = hoverText(hovers);
    assert.match(text, /\*\*Sergey Lavrov\*\*/);
    assert.match(text, /2 mentions in 1 text/);
  });

  it('highlights the other mention of the same person in the text', async () => {
    const editor = await openSample(MOSCOW);
    const at = positionOf(editor.document, 'Sergey Lavrov', 2);
    const highlights = await until(() => vscode.commands.executeCommand<vscode.DocumentHighlight[]>('vscode.executeDocumentHighlights', editor.document.uri, at), 'highlights of Lavrov');
    const texts = highlights.map((h) => editor.document.getText(h.range)).sort();
    assert.deepEqual(texts, ['S. Lavrov', 'Sergey Lavrov']);
  });

  it('finds every mention of a person across the corpus', async () => {
    const editor = await openSample(ASTANA);
    const at = positionOf(editor.document, 'Kassym-Jomart Tokayev', 3);
    const references = await until(() => vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', editor.document.uri, at), 'references of Tokayev', (r) => r.length >= 2);
    const files = new Set(references.map((r) => r.uri.path.slice(r.uri.path.lastIndexOf('/') + 1)));
    assert.ok(files.has(ASTANA) && files.has('2019-06-14-bishkek-summit.txt'), [...files].join(', '));
  });

  it('goes from a cited treaty to its text in the corpus', async () => {
    const editor = await openSample(ASTANA);
    const at = positionOf(editor.document, 'Treaty on Long-Term', 2);
    const definitions = await until(() => vscode.commands.executeCommand<vscode.Location[]>('vscode.executeDefinitionProvider', editor.document.uri, at), 'a definition of the cited treaty');
    assert.ok(definitions.some((d) => d.uri.path.endsWith(`/texts/${TREATY}`)), definitions.map((d) => d.uri.path).join(', '));
  });

  it('takes Find Person, Meeting or Document to the first passage citing a document that is not a text of the corpus', async () => {
    // The Charter of the SCO is cited by the treaty and by the Astana declaration; the Documents view has no row of its own for it.
    const charter = 'Charter of the Shanghai Cooperation Organization';
    await until(() => vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', charter), 'the Charter among the symbols', (found) => found.some((s) => s.name === charter));
    try {
      await vscode.commands.executeCommand('chancery.findInViews', charter);
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      const editor = await waitFor(() => (vscode.window.activeTextEditor?.document.uri.path.endsWith(`/texts/${TREATY}`) ? vscode.window.activeTextEditor : undefined), 10_000, 'the treaty, the first text citing the Charter');
      assert.equal(editor.document.getText(editor.selection), charter);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    }
  });

  it("gives a treaty's outline: its title, then its articles, each up to the next", async () => {
    const editor = await openSample(TREATY);
    const symbols = await until(() => vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri), 'the outline of the treaty', (found) => found.length > 0);
    const [title] = symbols;
    assert.equal(symbols.length, 1);
    assert.match(title!.name, /^Treaty on Long-Term Good-Neighbourliness/);
    assert.deepEqual(title!.children.map((c) => [c.name, c.kind]), [['Article 1', vscode.SymbolKind.Module], ['Article 2', vscode.SymbolKind.Module], ['Signatures', vscode.SymbolKind.Constant]]);
    // The signatures say where and when the treaty was done, and end the last article.
    assert.equal(title!.children[2]!.detail, 'Done in Bishkek on 16 August 2007');
    assert.ok(title!.children[1]!.range.end.isBefore(title!.children[2]!.range.start));
    const article1 = title!.children[0]!;
    assert.equal(editor.document.getText(article1.range).split('\n').at(-1), editor.document.lineAt(article1.range.start.line + 1).text);
    // Each article folds from its line to its last: the title of the treaty, which spans it all, does not.
    const folds = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', editor.document.uri);
    assert.deepEqual(
      folds.map((f) => [f.start, f.end]),
      title!.children.map((c) => [c.range.start.line, c.range.end.line]),
    );
  });

  it('lists people in Workspace Symbols with a fuzzy query', async () => {
    await openSample(MOSCOW);
    const symbols = await until(() => vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'lavrov'), 'a symbol for Lavrov');
    assert.ok(symbols.some((s) => s.name === 'Sergey Lavrov'), symbols.map((s) => s.name).join(', '));
  });

  it('lists a meeting in Workspace Symbols by its place, named with its date and place for the workbench to match', async () => {
    // The workbench filters the symbols again by their name: the name must hold what the user typed.
    const symbols = await until(() => vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'Qingdao'), 'a symbol for the Qingdao summit', (found) => found.length > 0);
    const meeting = symbols.find((s) => s.kind === vscode.SymbolKind.Event);
    assert.ok(meeting, symbols.map((s) => s.name).join(', '));
    assert.match(meeting.name, /^SCO Council of Heads of State \(2018-06 · Qingdao\)$/);
    // Ctrl+T shows the container beside the name: the date and place are not said twice.
    assert.equal(meeting.containerName, '', `container: ${meeting.containerName}`);
  });

  it('colours, explains and highlights a person written without a role, whom another text names with one', async () => {
    // The Moscow text gives "SCO Secretary-General Vladimir Norov"; this new text names him alone, twice.
    const [moscow] = await vscode.workspace.findFiles(`texts/${MOSCOW}`);
    assert.ok(moscow);
    const added = vscode.Uri.joinPath(moscow, '..', 'integration-norov.txt');
    const body = 'Information Note\n\nVladimir Norov reported on the work of the Secretariat. The member states thanked Vladimir Norov.\n';
    await vscode.workspace.fs.writeFile(added, new TextEncoder().encode(body));
    try {
      const editor = await openSample('integration-norov.txt');
      const at = positionOf(editor.document, 'Vladimir Norov', 10);
      const hovers = await until(() => vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, at), 'a hover on Norov', (h) => hoverText(h).includes('Vladimir Norov'));
      assert.match(hoverText(hovers), /\*\*Vladimir Norov\*\*/);
      assert.match(hoverText(hovers), /SCO Secretary\\?-General/);

      const highlights = await vscode.commands.executeCommand<vscode.DocumentHighlight[]>('vscode.executeDocumentHighlights', editor.document.uri, at);
      assert.deepEqual(highlights.map((h) => editor.document.getText(h.range)), ['Vladimir Norov', 'Vladimir Norov']);

      const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', editor.document.uri);
      const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', editor.document.uri);
      assert.deepEqual(decodeTokens(editor.document, legend, tokens), ['official Vladimir Norov', 'official Vladimir Norov']);

      // Next Mention from the first goes to the second, in the same text.
      editor.selection = new vscode.Selection(at, at);
      await vscode.commands.executeCommand('chancery.nextMention');
      const moved = vscode.window.activeTextEditor;
      assert.equal(moved?.document.uri.toString(), added.toString());
      assert.equal(moved.document.offsetAt(moved.selection.start), body.lastIndexOf('Vladimir Norov'));
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(added);
    }
  });

  it('stands on a name with the cursor just past it: Reveal in Chancery View shows the person, Next Mention goes to their next mention', async () => {
    const editor = await openSample(MOSCOW);
    const name = 'Sergey Lavrov';
    const start = editor.document.getText().indexOf(name);
    const end = editor.document.positionAt(start + name.length);
    // Next Mention leaves the name selected; a click or End after it leaves the cursor just past it.
    editor.selection = new vscode.Selection(end, end);
    await until(() => vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', editor.document.uri, positionOf(editor.document, name, 2)), 'references of Lavrov', (r) => r.length >= 2);
    assert.equal(await vscode.commands.executeCommand<boolean>('chancery.revealInTree'), true, 'Reveal in Chancery View finds the person');
    await vscode.window.showTextDocument(editor.document);
    editor.selection = new vscode.Selection(end, end);
    await vscode.commands.executeCommand('chancery.nextMention');
    const moved = vscode.window.activeTextEditor;
    assert.equal(moved?.document.getText(moved.selection), 'S. Lavrov');
  });

  it('keeps the colours and highlights of names in place while an edited text is indexed again', async () => {
    const editor = await openSample(MOSCOW);
    const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', editor.document.uri);
    const tokens = async (): Promise<string[] | undefined> => {
      try {
        const found = await vscode.commands.executeCommand<vscode.SemanticTokens | undefined>('vscode.provideDocumentSemanticTokens', editor.document.uri);
        return found && decodeTokens(editor.document, legend, found);
      } catch (error) {
        // The editor keeps its tokens, moved with the edit, while the provider says it is busy.
        assert.match(String(error), /busy/);
        return undefined;
      }
    };
    const before = await waitFor(async () => ((await tokens())?.includes('official Sergey Lavrov') ? tokens() : undefined), 15_000, 'a token on Sergey Lavrov');
    const line = positionOf(editor.document, 'Minister of Foreign Affairs of the Russian Federation Sergey Lavrov', 0).line;
    try {
      await editor.edit((edit) => edit.insert(new vscode.Position(line, 0), 'Draft. '));
      // At once, before the index has read the edit: highlights and tokens are where the names are now, not where
      // they were before the edit.
      const highlights = await vscode.commands.executeCommand<vscode.DocumentHighlight[]>('vscode.executeDocumentHighlights', editor.document.uri, positionOf(editor.document, 'Sergey Lavrov', 2));
      assert.deepEqual(highlights.map((h) => editor.document.getText(h.range)).sort(), ['S. Lavrov', 'Sergey Lavrov']);
      const atOnce = await tokens();
      assert.ok(atOnce === undefined || atOnce.every((t) => before?.includes(t)), `tokens over the edited text as it was: ${atOnce?.join(', ')}`);
      await waitFor(async () => ((await tokens())?.includes('official Sergey Lavrov') ? true : undefined), 15_000, 'the token on Sergey Lavrov, where the name is now');
    } finally {
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });

  it('steps through every mention of a person with Next Mention, from text to text and round, and back with Previous Mention', async () => {
    // Lavrov: "Sergey Lavrov" then "S. Lavrov" in the Moscow text, and twice in this text, which comes after it by path.
    const [moscow] = await vscode.workspace.findFiles(`texts/${MOSCOW}`);
    assert.ok(moscow);
    const added = vscode.Uri.joinPath(moscow, '..', 'integration-lavrov.txt');
    const body = 'Information Note\n\nMinister of Foreign Affairs of the Russian Federation Sergey Lavrov met the press. S. Lavrov answered questions on the summit.\n';
    await vscode.workspace.fs.writeFile(added, new TextEncoder().encode(body));
    try {
      const editor = await openSample(MOSCOW);
      const at = positionOf(editor.document, 'Sergey Lavrov', 2);
      const inAdded = (found: vscode.Location[]): boolean => found.filter((l) => l.uri.toString() === added.toString()).length === 2;
      await until(() => vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', editor.document.uri, at), 'both mentions of Lavrov in the new text', inAdded);
      const moscowText = editor.document.getText();
      editor.selection = new vscode.Selection(at, at);

      // What the user sees after each jump: the text, and the selected words with their offset.
      const jump = async (command: string): Promise<string> => {
        await vscode.commands.executeCommand(command);
        const shown = vscode.window.activeTextEditor;
        assert.ok(shown);
        return `${shown.document.uri.path.split('/').pop()}@${shown.document.offsetAt(shown.selection.start)} ${shown.document.getText(shown.selection)}`;
      };
      const next = [await jump('chancery.nextMention'), await jump('chancery.nextMention'), await jump('chancery.nextMention')];
      assert.deepEqual(next, [
        `${MOSCOW}@${moscowText.indexOf('S. Lavrov')} S. Lavrov`,
        `integration-lavrov.txt@${body.indexOf('Sergey Lavrov')} Sergey Lavrov`,
        `integration-lavrov.txt@${body.indexOf('S. Lavrov')} S. Lavrov`,
      ]);
      // Past the last mention of the corpus it wraps to the first; Previous Mention wraps back.
      assert.equal(await jump('chancery.nextMention'), `${MOSCOW}@${moscowText.indexOf('Sergey Lavrov')} Sergey Lavrov`);
      assert.equal(await jump('chancery.previousMention'), `integration-lavrov.txt@${body.indexOf('S. Lavrov')} S. Lavrov`);
      assert.equal(await jump('chancery.previousMention'), `integration-lavrov.txt@${body.indexOf('Sergey Lavrov')} Sergey Lavrov`);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(added);
    }
  });

  it('leaves the titles and roles the grammar marks to it, so that a state inside one keeps its colour', async () => {
    // The grammar marks the Roadmap, with the organisation and the state inside it; only the model knows
    // "resolution 1373", a lower-case head word with no named organ before it.
    const [moscow] = await vscode.workspace.findFiles(`texts/${MOSCOW}`);
    assert.ok(moscow);
    const added = vscode.Uri.joinPath(moscow, '..', 'integration-roadmap.txt');
    const body =
      'Press Release\n\nThe ministers approved the Roadmap for Further Action of the SCO-Afghanistan Contact Group and recalled resolution 1373 on the financing of terrorism. The Minister of Foreign Affairs of the Republic of Kazakhstan spoke first.\n';
    await vscode.workspace.fs.writeFile(added, new TextEncoder().encode(body));
    try {
      const editor = await openSample('integration-roadmap.txt');
      const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', editor.document.uri);
      const tokens = async (): Promise<string[]> =>
        decodeTokens(editor.document, legend, await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', editor.document.uri));
      const titles = await until(tokens, 'the text indexed', (found) => found.includes('title resolution 1373'));
      assert.ok(!titles.some((t) => t.startsWith('title ') && t.includes('Afghanistan')), titles.join(' | '));
      // Nor does a role written without a name hide the state inside it.
      assert.ok(!titles.some((t) => t.includes('Kazakhstan')), titles.join(' | '));
      assert.deepEqual(titles, ['title resolution 1373']);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(added);
    }
  });

  it('shows a name that fits two people as ambiguous: both on hover, both as definitions, neither highlighted with it', async () => {
    // Written for this test: two Ivanovs of Russia named in full, and a text naming `A. Ivanov` twice beside Anton once.
    const [moscow] = await vscode.workspace.findFiles(`texts/${MOSCOW}`);
    assert.ok(moscow);
    const files = new Map([
      ['integration-anton.txt', 'Information Note\n\nPresident of the Russian Federation Anton Ivanov spoke.\n'],
      ['integration-andrei.txt', 'Information Note\n\nPresident of the Russian Federation Andrei Ivanov spoke.\n'],
      ['integration-either.txt', 'Information Note\n\nPresident of the Russian Federation A. Ivanov spoke. President of the Russian Federation Anton Ivanov replied. President of the Russian Federation A. Ivanov thanked him.\n'],
    ]);
    const uris = [...files].map(([name]) => vscode.Uri.joinPath(moscow, '..', name));
    for (const [i, [, body]] of [...files].entries()) {
      await vscode.workspace.fs.writeFile(uris[i] as vscode.Uri, new TextEncoder().encode(body));
    }
    try {
      const editor = await openSample('integration-either.txt');
      const at = positionOf(editor.document, 'A. Ivanov', 4);
      const hovers = await until(() => vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, at), 'an ambiguous hover on A. Ivanov', (h) => hoverText(h).includes('ambiguous'));
      const card = hoverText(hovers);
      assert.match(card, /\*\*Anton Ivanov\*\*/);
      assert.match(card, /\*\*Andrei Ivanov\*\*/);
      assert.match(card, /fits 2 people/);

      const definitions = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', editor.document.uri, at);
      const targets = definitions.map((d) => ('uri' in d ? d.uri : d.targetUri).path.split('/').pop()).sort();
      assert.deepEqual(targets, ['integration-andrei.txt', 'integration-anton.txt']);

      const highlights = await vscode.commands.executeCommand<vscode.DocumentHighlight[]>('vscode.executeDocumentHighlights', editor.document.uri, at);
      assert.deepEqual(highlights.map((h) => editor.document.getText(h.range)), ['A. Ivanov', 'A. Ivanov']);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      for (const uri of uris) {
        await vscode.workspace.fs.delete(uri);
      }
    }
  });

  it("shows a meeting card on a meeting's mention: its date and place, its report and its participants, the chair first", async () => {
    const editor = await openSample(MOSCOW);
    const at = positionOf(editor.document, 'the meeting of the Council of Ministers', 20);
    const hovers = await until(() => vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, at), 'a hover on the meeting', (h) => hoverText(h).includes('participants'));
    const text = hoverText(hovers);
    assert.match(text, /^\*\*SCO Council of Ministers of Foreign Affairs\*\* · \*not in the registry\*\n\n10 September 2020 · Moscow\n/, text);
    assert.match(text, /Reported by \[texts\/2020\\-09\\-10\\-moscow\\-foreign\\-ministers\\\.txt\]/, text);
    assert.match(text, /\*\*9 participants\*\*\n\n- \[Sergey Lavrov\]\([^)]*\) — Minister of Foreign Affairs, Russia · \*chair\*\n/, text);
  });

  it('shows the card of a registry meeting that the texts only refer to', async () => {
    const editor = await openSample(MOSCOW);
    const at = positionOf(editor.document, 'the meeting of the Council of Heads of State', 20);
    const hovers = await until(() => vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, at), 'a hover on the summit', (h) => hoverText(h).includes('Heads of State'));
    const text = hoverText(hovers);
    assert.match(text, /^\*\*SCO Council of Heads of State\*\*\n\n10 November 2020 · videoconference\n/, text);
    assert.match(text, /No text of the corpus reports it/, text);
  });

  it('shows a state card with its official name', async () => {
    const editor = await openSample(MOSCOW);
    const at = positionOf(editor.document, 'Russian Federation', 2);
    const hovers = await until(() => vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, at), 'a hover on Russian Federation', (h) => hoverText(h).includes('**Russia**'));
    assert.match(hoverText(hovers), /Russian Federation/);
  });

  it("shows a place's card on a place named inside a meeting's mention, and the meeting's card on the rest of it", async () => {
    const editor = await openSample('2019-06-14-bishkek-summit.txt');
    const on = (offset: number): vscode.Position => positionOf(editor.document, 'the Qingdao summit of June 2018', offset);
    const place = await until(() => vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, on('the Qing'.length)), 'a hover on Qingdao', (h) => hoverText(h).includes('**Qingdao**'));
    assert.match(hoverText(place), /^\*\*Qingdao\*\* · China/, hoverText(place));
    const meeting = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, on('the Qingdao su'.length));
    assert.match(hoverText(meeting), /^\*\*SCO Council of Heads of State\*\*/, hoverText(meeting));
  });

  it("shows the city's card, not the state's, on the state's word of a city named after it (`Mexico City`)", async () => {
    const [moscow] = await vscode.workspace.findFiles(`texts/${MOSCOW}`);
    assert.ok(moscow);
    const added = vscode.Uri.joinPath(moscow, '..', 'integration-mexico.txt');
    await vscode.workspace.fs.writeFile(added, new TextEncoder().encode('Press Release\n\nThe ministers met in Mexico City. Mexico thanked them.\n'));
    try {
      const editor = await openSample('integration-mexico.txt');
      const city = await until(() => vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, positionOf(editor.document, 'Mexico City', 2)), 'a hover on Mexico City', (h) => hoverText(h).includes('Mexico City'));
      assert.match(hoverText(city), /^\*\*Mexico City\*\* · Mexico/, hoverText(city));
      // The state alone keeps the state's card.
      const state = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, positionOf(editor.document, 'Mexico thanked', 2));
      assert.match(hoverText(state), /^\*\*Mexico\*\*/, hoverText(state));
    } finally {
      await vscode.workspace.fs.delete(added);
    }
  });

  it('shows a place card with the meetings held there, on a city a text names', async () => {
    const editor = await openSample(TREATY);
    const at = positionOf(editor.document, 'Done in Bishkek', 'Done in B'.length);
    const hovers = await until(() => vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, at), 'a hover on Bishkek', (h) => hoverText(h).includes('**Bishkek**'));
    const text = hoverText(hovers);
    assert.match(text, /^\*\*Bishkek\*\* · Kyrgyzstan/, text);
    assert.match(text, /\[SCO Council of Heads of State\]\(command:_chancery\.openMention\?[^)]*\) — 13–14 June 2019/, text);
  });
});

/** Semantic tokens as "type text", in order, decoded from the relative encoding of the tokens' data. */
function decodeTokens(document: vscode.TextDocument, legend: vscode.SemanticTokensLegend, tokens: vscode.SemanticTokens): string[] {
  const decoded: string[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i + 5 <= tokens.data.length; i += 5) {
    const [deltaLine = 0, deltaStart = 0, length = 0, type = 0] = tokens.data.slice(i, i + 4);
    line += deltaLine;
    character = deltaLine === 0 ? character + deltaStart : deltaStart;
    decoded.push(`${legend.tokenTypes[type]} ${document.getText(new vscode.Range(line, character, line, character + length))}`);
  }
  return decoded;
}
