// A broken chancery.yaml: diagnostics with line and column, the last good registry stays in force.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { hoverText, named, openSample, positionOf, symbols, until } from './corpusFixture';
import { waitFor } from './waitFor';

describe('Registry problems', () => {
  it('shows a YAML error with its line and keeps opening corpus texts as Diplomatic Text', async () => {
    const [registry] = await vscode.workspace.findFiles('chancery.yaml');
    assert.ok(registry);
    const good = await vscode.workspace.fs.readFile(registry);
    try {
      await vscode.workspace.fs.writeFile(registry, new TextEncoder().encode('corpus:\n  - "texts/**/*.txt"\npeople: [unclosed\n'));
      const errors = (): vscode.Diagnostic[] => vscode.languages.getDiagnostics(registry).filter((d) => d.severity === vscode.DiagnosticSeverity.Error);
      const diagnostics = await waitFor(() => (errors().length > 0 ? errors() : undefined), 10_000, 'a diagnostic on chancery.yaml');
      assert.ok(diagnostics[0] && diagnostics[0].range.start.line >= 2, `line ${diagnostics[0]?.range.start.line}`);
      const editor = await openSample('2019-06-14-bishkek-summit.txt');
      assert.equal(editor.document.languageId, 'diplomatic');
    } finally {
      await vscode.workspace.fs.writeFile(registry, good);
      await waitFor(() => vscode.languages.getDiagnostics(registry).length === 0, 10_000, 'the diagnostics to clear');
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    }
  });
});

describe('Registry problems the corpus shows', () => {
  it('shows a glob that matches no file and a document file that is no text in the Problems panel', async () => {
    const [registry] = await vscode.workspace.findFiles('chancery.yaml');
    assert.ok(registry);
    const good = await vscode.workspace.fs.readFile(registry);
    const warnings = (about: string) => () => {
      const found = vscode.languages.getDiagnostics(registry).filter((d) => d.severity === vscode.DiagnosticSeverity.Warning && d.message.includes(about));
      return found.length > 0 ? found : undefined;
    };
    try {
      // A new glob: the texts are read again, and the run reports the glob.
      const withGlob = new TextDecoder().decode(good).replace('corpus:\n', 'corpus:\n  - "archive/**/*.txt"\n');
      assert.notEqual(withGlob, new TextDecoder().decode(good), 'the sample registry starts with a corpus list');
      await vscode.workspace.fs.writeFile(registry, new TextEncoder().encode(withGlob));
      const [glob] = await waitFor(warnings('"archive/**/*.txt" matches no file'), 15_000, 'a warning on the glob');
      assert.equal(glob?.range.start.line, withGlob.split('\n').findIndex((line) => line.includes('archive/')));
      // A new document only: no full run follows, and its file is checked against the corpus all the same.
      const withDocument = new TextDecoder().decode(good).replace('documents:\n', 'documents:\n  - id: lost\n    title: Lost Text\n    file: texts/lost.txt\n');
      assert.notEqual(withDocument, new TextDecoder().decode(good), 'the sample registry has a documents list');
      await vscode.workspace.fs.writeFile(registry, new TextEncoder().encode(withDocument));
      await waitFor(warnings('"texts/lost.txt"'), 15_000, 'a warning on the file');
    } finally {
      await vscode.workspace.fs.writeFile(registry, good);
      await waitFor(() => vscode.languages.getDiagnostics(registry).length === 0, 15_000, 'the diagnostics to clear');
    }
  });
});

describe('Registry problems the corpus shows, when lines move', () => {
  it('moves a glob warning with its line as soon as chancery.yaml is read again, not when the run of the texts ends', async () => {
    const [registry] = await vscode.workspace.findFiles('chancery.yaml');
    assert.ok(registry);
    const good = await vscode.workspace.fs.readFile(registry);
    const lineOf = (about: string): number | undefined => vscode.languages.getDiagnostics(registry).find((d) => d.message.includes(about))?.range.start.line;
    // A warning of the text (an unknown field) and one only the corpus shows (a glob that matches no file).
    const shown = (): string => `${lineOf('"archive/**/*.txt" matches no file')}:${lineOf('Unknown field "extra"')}`;
    const expected = (text: string): string => {
      const all = text.split('\n');
      return `${all.findIndex((line) => line.includes('archive/'))}:${all.findIndex((line) => line.startsWith('extra:'))}`;
    };
    const withProblems = new TextDecoder().decode(good).replace('corpus:\n', 'corpus:\n  - "archive/**/*.txt"\n') + '\nextra: true\n';
    // Two lines above everything, and a new state: every text is read again, after the file itself.
    const moved = `# Moved down.\n\n${withProblems}states:\n  - name: Ruritania\n`;
    try {
      await vscode.workspace.fs.writeFile(registry, new TextEncoder().encode(withProblems));
      await waitFor(() => shown() === expected(withProblems), 15_000, 'both warnings at their lines');
      const seen = new Set<string>();
      await vscode.workspace.fs.writeFile(registry, new TextEncoder().encode(moved));
      await waitFor(
        () => {
          seen.add(shown());
          return shown() === expected(moved);
        },
        15_000,
        'both warnings at their new lines',
      );
      // Never the one moved and the other not.
      assert.deepEqual([...seen].filter((at) => at !== expected(withProblems) && at !== expected(moved)), []);
    } finally {
      await vscode.workspace.fs.writeFile(registry, good);
      await waitFor(() => vscode.languages.getDiagnostics(registry).length === 0, 15_000, 'the diagnostics to clear');
    }
  });
});

describe('Registry states', () => {
  it('reads the texts again when chancery.yaml adds a state, so that its officials are found in closed texts', async () => {
    const [registry] = await vscode.workspace.findFiles('chancery.yaml');
    const [folder] = vscode.workspace.workspaceFolders ?? [];
    assert.ok(registry && folder);
    const good = await vscode.workspace.fs.readFile(registry);
    const text = vscode.Uri.joinPath(folder.uri, 'texts', 'integration-ruritania.txt');
    const body = 'PRESS RELEASE\n\nOn 3 March 2024 the Minister of Foreign Affairs of Ruritania Rudolf Rassendyll met the Minister of Foreign Affairs of the Republic of Kazakhstan Arman Zhaksylykov in Astana.\n';
    // Written on disk, never opened: only a full indexing run reads it again.
    await vscode.workspace.fs.writeFile(text, new TextEncoder().encode(body));
    try {
      await until(symbols('Zhaksylykov'), 'the new text indexed', named('Arman Zhaksylykov'));
      const before = (await symbols('Rassendyll')()) ?? [];
      assert.ok(!named('Rudolf Rassendyll')(before), 'no state Ruritania yet, so no official of it');
      await vscode.workspace.fs.writeFile(registry, new Uint8Array([...good, ...new TextEncoder().encode('\nstates:\n  - name: Ruritania\n')]));
      await until(symbols('Rassendyll'), 'Rudolf Rassendyll of Ruritania, after the registry names the state', named('Rudolf Rassendyll'));
    } finally {
      await vscode.workspace.fs.writeFile(registry, good);
      await vscode.workspace.fs.delete(text);
    }
  });
});

describe('Reading the corpus again', () => {
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('keeps the unsaved text of an open document, not the file on disk, when the whole corpus is read again', async () => {
    const [registry] = await vscode.workspace.findFiles('chancery.yaml');
    const [folder] = vscode.workspace.workspaceFolders ?? [];
    assert.ok(registry && folder);
    const good = await vscode.workspace.fs.readFile(registry);
    const editor = await openSample('2020-09-10-moscow-foreign-ministers.txt');
    const onDisk = await vscode.workspace.fs.readFile(editor.document.uri);
    // An unsaved line at the top moves every mention of the file on disk.
    await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), 'Unsaved line written by the analyst.\n'));
    assert.ok(editor.document.isDirty);
    const highlighted = async (): Promise<string[]> => {
      const at = positionOf(editor.document, 'Sergey Lavrov', 2);
      const found = (await vscode.commands.executeCommand<vscode.DocumentHighlight[]>('vscode.executeDocumentHighlights', editor.document.uri, at)) ?? [];
      return found.map((h) => editor.document.getText(h.range)).sort();
    };
    await waitFor(async () => ((await highlighted()).join() === 'S. Lavrov,Sergey Lavrov' ? true : undefined), 10_000, 'the edit indexed');
    const text = vscode.Uri.joinPath(folder.uri, 'texts', 'zz-integration-ruritania.txt');
    await vscode.workspace.fs.writeFile(text, new TextEncoder().encode('PRESS RELEASE\n\nThe Minister of Foreign Affairs of Ruritania Rudolf Rassendyll arrived.\n'));
    try {
      // A new state: every text is read again from disk, the Moscow text too; the last file read is this one.
      await vscode.workspace.fs.writeFile(registry, new Uint8Array([...good, ...new TextEncoder().encode('\nstates:\n  - name: Ruritania\n')]));
      await until(symbols('Rassendyll'), 'the corpus read again', named('Rudolf Rassendyll'));
      await new Promise((resolve) => setTimeout(resolve, 500));
      assert.deepEqual(await highlighted(), ['S. Lavrov', 'Sergey Lavrov']);
      // Still unsaved (no auto save wrote it): the revert below gives the Moscow text back to the suites after this.
      assert.ok(editor.document.isDirty, 'the edit is still unsaved');
      assert.deepEqual(Buffer.from(await vscode.workspace.fs.readFile(editor.document.uri)), Buffer.from(onDisk), 'the file on disk is as it was');
    } finally {
      await vscode.workspace.fs.writeFile(registry, good);
      await vscode.workspace.fs.delete(text);
    }
  });
});

describe('Folders of texts', () => {
  async function folderWithTexts(name: string, surname: string): Promise<vscode.Uri> {
    const [root] = vscode.workspace.workspaceFolders ?? [];
    assert.ok(root);
    const folder = vscode.Uri.joinPath(root.uri, 'texts', name);
    for (const file of ['one.txt', 'two.txt']) {
      const body = `PRESS RELEASE\n\nOn 3 March 2024 the Minister of Foreign Affairs of the Republic of Kazakhstan Arman ${surname} spoke in Astana (${file}).\n`;
      await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, file), new TextEncoder().encode(body));
    }
    await until(symbols(surname), `Arman ${surname} indexed`, named(`Arman ${surname}`));
    return folder;
  }

  it('forgets the texts of a folder deleted at once', async () => {
    const folder = await folderWithTexts('integration-gone', 'Qurmanbekov');
    await vscode.workspace.fs.delete(folder, { recursive: true });
    await until(symbols('Qurmanbekov'), 'Arman Qurmanbekov gone with his folder', (found) => !named('Arman Qurmanbekov')(found));
  });

  it('follows the texts of a folder renamed in the Explorer', async () => {
    const folder = await folderWithTexts('integration-before', 'Tolqynbayev');
    const renamed = vscode.Uri.joinPath(folder, '..', 'integration-after');
    const edit = new vscode.WorkspaceEdit();
    edit.renameFile(folder, renamed);
    assert.ok(await vscode.workspace.applyEdit(edit));
    try {
      const editor = await openSample('integration-after/one.txt');
      const at = positionOf(editor.document, 'Arman Tolqynbayev', 2);
      const texts = (found: vscode.Location[]): string[] => [...new Set(found.map((r) => r.uri.path.replace(/^.*\/texts\//, '')))].sort();
      const references = await until(
        () => vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', editor.document.uri, at),
        'references of Tolqynbayev in the renamed folder only',
        (found) => texts(found).join() === 'integration-after/one.txt,integration-after/two.txt',
      );
      assert.deepEqual(texts(references), ['integration-after/one.txt', 'integration-after/two.txt']);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(renamed, { recursive: true });
    }
  });
});

describe('Open texts whose file goes', () => {
  const name = 'integration-open-deleted.txt';
  const body = 'PRESS RELEASE\n\nOn 3 March 2024 the Minister of Foreign Affairs of the Republic of Kazakhstan Arman Zhumagaliyev spoke in Astana.\n';
  const indexed = async (): Promise<boolean> => named('Arman Zhumagaliyev')((await symbols('Zhumagaliyev')()) ?? []);
  let text: vscode.Uri;

  beforeEach(async () => {
    const [root] = vscode.workspace.workspaceFolders ?? [];
    assert.ok(root);
    text = vscode.Uri.joinPath(root.uri, 'texts', name);
    await vscode.workspace.fs.writeFile(text, new TextEncoder().encode(body));
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await Promise.resolve(vscode.workspace.fs.delete(text)).catch(() => undefined);
  });

  it('forgets a text deleted on disk while it is open, though an edit of it was still to be indexed', async () => {
    const editor = await openSample(name);
    await until(symbols('Zhumagaliyev'), 'the new text indexed', named('Arman Zhumagaliyev'));
    // An unsaved edit, indexed once typing pauses; meanwhile the file is deleted outside the editor (a git checkout).
    await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), 'Draft. '));
    await vscode.workspace.fs.delete(text);
    await waitFor(async () => ((await indexed()) ? undefined : true), 10_000, 'Arman Zhumagaliyev gone with his text');
    // Past the pause of the edit: the text no file holds does not come back.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    assert.equal(await indexed(), false, 'a deleted text is back in the index');
  });

  it('indexes again a text that is open while its file is deleted and written back', async () => {
    await openSample(name);
    await until(symbols('Zhumagaliyev'), 'the new text indexed', named('Arman Zhumagaliyev'));
    await vscode.workspace.fs.delete(text);
    await waitFor(async () => ((await indexed()) ? undefined : true), 10_000, 'Arman Zhumagaliyev gone with his text');
    // As a tool that writes a file anew does, or a stash and its pop: the same text, on disk again.
    await vscode.workspace.fs.writeFile(text, new TextEncoder().encode(body));
    await until(symbols('Zhumagaliyev'), 'Arman Zhumagaliyev back with his text', named('Arman Zhumagaliyev'));
  });
});

describe('Bad corpus files', () => {
  async function warnings(): Promise<readonly string[]> {
    const extension = vscode.extensions.getExtension<{ warnings(): readonly string[] }>('chancery.chancery');
    assert.ok(extension);
    return (await extension.activate()).warnings();
  }

  it('says once, with the path, that a binary file in the corpus is skipped, and keeps indexing', async () => {
    const [folder] = vscode.workspace.workspaceFolders ?? [];
    assert.ok(folder);
    const binary = vscode.Uri.joinPath(folder.uri, 'texts', 'scan-of-a-fax.txt');
    await vscode.workspace.fs.writeFile(binary, new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02, 0xff]));
    try {
      const about = async (): Promise<string[]> => (await warnings()).filter((w) => w.includes('scan-of-a-fax.txt'));
      const said = await waitFor(async () => ((await about()).length > 0 ? about() : undefined), 10_000, 'a warning about the binary file');
      assert.equal(said.length, 1);
      assert.match(said[0] ?? '', /binary/);
    } finally {
      await vscode.workspace.fs.delete(binary);
    }
  });
});

describe("A registered document's file renamed", () => {
  it('follows a text renamed in the editor: its `file` in chancery.yaml gets the new path, in the same undoable edit', async () => {
    const [registry] = await vscode.workspace.findFiles('chancery.yaml');
    const [treaty] = await vscode.workspace.findFiles('texts/2007-08-16-bishkek-treaty.txt');
    assert.ok(registry && treaty);
    const before = new TextDecoder().decode(await vscode.workspace.fs.readFile(registry));
    const renamed = vscode.Uri.joinPath(treaty, '..', 'integration-treaty-moved.txt');
    const edit = new vscode.WorkspaceEdit();
    edit.renameFile(treaty, renamed);
    assert.ok(await vscode.workspace.applyEdit(edit));
    try {
      const document = await vscode.workspace.openTextDocument(registry);
      await waitFor(() => document.getText().includes('file: texts/integration-treaty-moved.txt'), 15_000, 'the new path in chancery.yaml');
      assert.equal(document.getText(), before.replace('file: texts/2007-08-16-bishkek-treaty.txt', 'file: texts/integration-treaty-moved.txt'), 'nothing else of chancery.yaml changes');
      await document.save();
    } finally {
      const back = new vscode.WorkspaceEdit();
      back.renameFile(renamed, treaty);
      assert.ok(await vscode.workspace.applyEdit(back));
      const document = await vscode.workspace.openTextDocument(registry);
      await waitFor(() => document.getText() === before, 15_000, 'chancery.yaml as it was');
      await document.save();
    }
  });

  it('warns on its `file` in chancery.yaml while the text is elsewhere, and the card follows the text', async () => {
    const [registry] = await vscode.workspace.findFiles('chancery.yaml');
    const [treaty] = await vscode.workspace.findFiles('texts/2007-08-16-bishkek-treaty.txt');
    assert.ok(registry && treaty);
    const renamed = vscode.Uri.joinPath(treaty, '..', 'integration-treaty-renamed.txt');
    const fileLine = new TextDecoder().decode(await vscode.workspace.fs.readFile(registry)).split('\n').findIndex((line) => line.includes('file: texts/2007-08-16-bishkek-treaty.txt'));
    assert.ok(fileLine > 0, "the sample registry names the treaty's file");
    const warning = (): vscode.Diagnostic | undefined =>
      vscode.languages.getDiagnostics(registry).find((d) => d.message.includes('"texts/2007-08-16-bishkek-treaty.txt", which is not a text of the corpus'));
    // The treaty cited in another text: its card says where the treaty's text is.
    const editor = await openSample('2024-07-04-astana-declaration.txt');
    const card = async (): Promise<string> =>
      hoverText((await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, positionOf(editor.document, 'Treaty on Long-Term', 3))) ?? []);
    // The card's line, its markdown escapes removed: `In the corpus: [texts/<file>](command:...)`.
    const inCorpus = (name: string) => async (): Promise<boolean> =>
      (await card()).split('\n').some((line) => line.replace(/\\/g, '').startsWith(`In the corpus: [texts/${name}]`));
    await waitFor(inCorpus('2007-08-16-bishkek-treaty.txt'), 15_000, 'the card naming the treaty text');
    // Renamed outside the editor (git, a terminal): no rename participant runs, chancery.yaml keeps the old path.
    const rename = async (from: vscode.Uri, to: vscode.Uri): Promise<void> => {
      await vscode.workspace.fs.rename(from, to);
    };
    await rename(treaty, renamed);
    try {
      const shown = await waitFor(warning, 15_000, 'a warning on the document file after the rename');
      assert.equal(shown.range.start.line, fileLine);
      assert.equal(shown.severity, vscode.DiagnosticSeverity.Warning);
      // The renamed text is still the treaty (its heading is the registry's title): the card names it.
      await waitFor(inCorpus('integration-treaty-renamed.txt'), 15_000, 'the card naming the renamed text');
    } finally {
      await rename(renamed, treaty);
    }
    await waitFor(() => warning() === undefined, 15_000, 'the warning to go when the text is back');
    await waitFor(inCorpus('2007-08-16-bishkek-treaty.txt'), 15_000, 'the card naming the treaty text again');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});
