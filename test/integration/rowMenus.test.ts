// The context menu of the rows of the Meetings, People and Documents views on the sample corpus: the commands run on a
// row as the workbench passes it, and what they leave in the References view, the editor and the clipboard.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { waitFor } from './waitFor';

interface ChanceryApi {
  readonly views: { readonly meetings: vscode.TreeDataProvider<unknown>; readonly people: vscode.TreeDataProvider<unknown>; readonly documents: vscode.TreeDataProvider<unknown> };
}

/** What the references-view extension's API lets a test read: the input the References view shows. */
interface ReferencesView {
  getInput(): { readonly title: string; resolve(): Thenable<ReferencesModel | undefined> | ReferencesModel | undefined } | undefined;
}

interface ReferencesModel {
  readonly provider: vscode.TreeDataProvider<unknown>;
  readonly message: string | undefined;
  readonly navigation?: { location(item: unknown): vscode.Location | undefined };
}

/** A row the view shows: the node the workbench hands a menu command, and its tree item. */
interface Row {
  readonly node: unknown;
  readonly item: vscode.TreeItem;
}

function labelOf(item: vscode.TreeItem): string {
  return typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
}

/** The first row at `depth` (0: the top level) whose label and description `accept`. */
async function findRow(provider: vscode.TreeDataProvider<unknown>, depth: number, accept: (label: string, description: string) => boolean, under?: unknown): Promise<Row | undefined> {
  for (const node of (await provider.getChildren(under)) ?? []) {
    const item = await provider.getTreeItem(node);
    if (depth === 0 && accept(labelOf(item), typeof item.description === 'string' ? item.description : '')) {
      return { node, item };
    }
    const found = depth > 0 ? await findRow(provider, depth - 1, accept, node) : undefined;
    if (found) {
      return found;
    }
  }
  return undefined;
}

async function row(provider: vscode.TreeDataProvider<unknown>, depth: number, what: string, accept: (label: string, description: string) => boolean): Promise<Row> {
  return waitFor(() => findRow(provider, depth, accept), 20_000, what);
}

const bishkekSummit = (label: string, description: string): boolean => label === 'SCO Council of Heads of State' && description.includes('Bishkek');

/**
 * The row of a participant of the Bishkek summit of 2019. A row holds the meeting as the index had it: the rows are
 * read again until the summit's report is indexed.
 */
async function participantRow(provider: vscode.TreeDataProvider<unknown>, name: string): Promise<Row> {
  return waitFor(async () => {
    const summit = await findRow(provider, 1, bishkekSummit);
    return summit && findRow(provider, 0, (label) => label === name, summit.node);
  }, 20_000, `${name} under the Bishkek summit`);
}

const where = (l: vscode.Location): string => `${l.uri.path.slice(l.uri.path.lastIndexOf('/') + 1)}:${l.range.start.line}:${l.range.start.character}-${l.range.end.line}:${l.range.end.character}`;

/** Runs Find All Mentions on a row; resolves to the mentions the References view then lists, and its message. */
async function findAllMentions(node: unknown): Promise<{ listed: vscode.Location[]; message: string | undefined }> {
  const referencesView = await vscode.extensions.getExtension<ReferencesView>('vscode.references-view')?.activate();
  assert.ok(referencesView, 'the references-view extension is there');
  const before = referencesView.getInput();
  await vscode.commands.executeCommand('chancery.findAllMentions', node);
  const input = await waitFor(() => (referencesView.getInput() !== before ? referencesView.getInput() : undefined), 10_000, 'a new input of the References view');
  assert.equal(input.title, 'Mentions');
  const model = await input.resolve();
  assert.ok(model?.navigation, 'the input resolves to mentions');
  const listed: vscode.Location[] = [];
  for (const text of (await model.provider.getChildren(undefined)) ?? []) {
    for (const mention of (await model.provider.getChildren(text)) ?? []) {
      const location = model.navigation.location(mention);
      if (location) listed.push(location);
    }
  }
  return { listed, message: model.message };
}

/** What Find All References gives in the editor on a mention's text. */
async function referencesAt(location: vscode.Location): Promise<string[]> {
  const found = (await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', location.uri, location.range.start)) ?? [];
  return found.map(where);
}

describe('The context menu of the rows of the Chancery views', () => {
  let api: ChanceryApi;

  before(async () => {
    const activated = await vscode.extensions.getExtension<ChanceryApi>('chancery.chancery')?.activate();
    assert.ok(activated, 'the extension returns its API');
    api = activated;
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('lists in the References view the mentions Find All References gives, for a person, a meeting, a participant and a document', async function () {
    this.timeout(60_000);
    const lavrov = await row(api.views.people, 1, 'the People row of Sergey Lavrov', (label) => label === 'Sergey Lavrov');
    const meeting = await row(api.views.meetings, 1, 'the Bishkek summit of 2019', bishkekSummit);
    const participant = await participantRow(api.views.meetings, 'Emomali Rahmon');
    const treaty = await row(api.views.documents, 0, 'the treaty in the Documents view', (label) => label.startsWith('Treaty on Long-Term'));
    for (const [name, shown] of [['Sergey Lavrov', lavrov], ['the Bishkek summit', meeting], ['Emomali Rahmon at the summit', participant], ['the treaty', treaty]] as const) {
      const { listed, message } = await findAllMentions(shown.node);
      assert.ok(listed.length > 0, `${name}: no mention listed`);
      // Find All References on any listed mention gives the same list: the first and the last are asked.
      for (const at of [listed[0], listed.at(-1)]) {
        assert.ok(at);
        assert.deepEqual(listed.map(where), await referencesAt(at), `${name}: Find All References at ${where(at)}`);
      }
      assert.match(message ?? '', new RegExp(`^${listed.length} mentions? of .+ in \\d+ texts?$`), `${name}: ${message}`);
    }
    const { listed, message } = await findAllMentions(lavrov.node);
    assert.equal(message, '2 mentions of Sergey Lavrov in 1 text');
    assert.deepEqual(listed.map(where).map((w) => w.split(':')[0]), ['2020-09-10-moscow-foreign-ministers.txt', '2020-09-10-moscow-foreign-ministers.txt']);
  });

  it('marks registered rows for Go to Registry Entry, which opens chancery.yaml at the entry', async () => {
    const lavrov = await row(api.views.people, 1, 'the People row of Sergey Lavrov', (label) => label === 'Sergey Lavrov');
    const jaishankar = await row(api.views.people, 1, 'the People row of S. Jaishankar', (label) => label.includes('Jaishankar'));
    const treaty = await row(api.views.documents, 0, 'the treaty in the Documents view', (label) => label.startsWith('Treaty on Long-Term'));
    const registered = await row(api.views.meetings, 1, 'the videoconference of 10 November 2020', (label, description) => description.includes('videoconference'));
    const rahmon = await participantRow(api.views.meetings, 'Emomali Rahmon');
    const modi = await participantRow(api.views.meetings, 'Narendra Modi');
    assert.equal(lavrov.item.contextValue, 'person.registered');
    assert.equal(jaishankar.item.contextValue, 'person');
    assert.equal(treaty.item.contextValue, 'document.registered');
    assert.equal(registered.item.contextValue, 'meeting.registered');
    assert.equal(rahmon.item.contextValue, 'participant.registered');
    assert.equal(modi.item.contextValue, 'participant');
    for (const [shown, id] of [[lavrov, 'sergey-lavrov'], [rahmon, 'emomali-rahmon'], [treaty, 'good-neighbourliness-treaty'], [registered, 'chs-2020-videoconference']] as const) {
      await vscode.commands.executeCommand('chancery.goToRegistryEntry', shown.node);
      const editor = await waitFor(() => (vscode.window.activeTextEditor?.document.uri.path.endsWith('/chancery.yaml') ? vscode.window.activeTextEditor : undefined), 10_000, `chancery.yaml open at ${id}`);
      assert.equal(editor.document.lineAt(editor.selection.active.line).text.trim(), `- id: ${id}`);
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    }
  });

  it("copies a row's name: the person's canonical name, the meeting's with its date and place, the document's title", async () => {
    const lavrov = await row(api.views.people, 1, 'the People row of Sergey Lavrov', (label) => label === 'Sergey Lavrov');
    const meeting = await row(api.views.meetings, 1, 'the Bishkek summit of 2019', bishkekSummit);
    const treaty = await row(api.views.documents, 0, 'the treaty in the Documents view', (label) => label.startsWith('Treaty on Long-Term'));
    const copied: string[] = [];
    for (const shown of [lavrov, meeting, treaty]) {
      await vscode.commands.executeCommand('chancery.copyName', shown.node);
      copied.push(await vscode.env.clipboard.readText());
    }
    assert.deepEqual(copied, [
      'Sergey Lavrov',
      'SCO Council of Heads of State (13–14 June 2019, Bishkek)',
      'Treaty on Long-Term Good-Neighbourliness, Friendship and Cooperation of the Member States of the Shanghai Cooperation Organization',
    ]);
  });
});
