// The Meetings view on the seed texts, read through the TreeDataProvider as the workbench reads it: every meeting
// of the gold lists (../shared/seeds-gold/*.gold.json) has its row, and a passage row selects its passage.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { dateInWords, readDateRange } from '../../../src/core/corpus/dateRange';
import { waitFor } from '../waitFor';
import { baseName, chanceryApi, hoverText, labelText, readGold, type GoldMeeting } from './seedCorpus';

/** A meeting row as a reader sees it: its year group, its label (the body) and its description. */
interface MeetingRow {
  readonly group: string;
  readonly label: string;
  readonly description: string;
  readonly node: unknown;
}

// Words that do not tell one body from another. GUIDELINES.md gives one body for "Council of Heads of State" and
// "meeting of heads of state", and "Member States" only qualifies a body; "defense" is the American spelling.
const FILLER = new Set(['of', 'the', 'in', 'on', 'for', 'and', 'a', 'an', 'member', 'states', 'council', 'meeting']);

/** The words that name a body, in any order. */
function bodyWords(body: string): string {
  const words = body.toLowerCase().replace(/defense/g, 'defence').split(/[^a-z0-9]+/).filter((w) => w !== '' && !FILLER.has(w));
  return [...new Set(words)].sort().join(' ');
}

/**
 * Whether a row shows a gold meeting: the same body (see bodyWords); the gold date as the row's date and its year
 * as the row's group ("Undated" when the text gives none); the gold place, when the text gives one; the
 * "extraordinary" mark when the text says so.
 */
function shows(row: MeetingRow, meeting: GoldMeeting): boolean {
  const parts = row.description.split(' · ');
  // The row writes its date in words (`13–14 June 2019`), ending in its year.
  const date = /\b\d{4}$/.test(parts[0] ?? '') ? parts[0] : undefined;
  const gold = meeting.date === null ? undefined : readDateRange(meeting.date);
  return bodyWords(row.label) === bodyWords(meeting.body)
    && (meeting.date === null ? date === undefined && row.group === 'Undated' : typeof gold !== 'string' && gold !== undefined && date === dateInWords(gold) && row.group === meeting.date.slice(0, 4))
    && (meeting.place === null || parts.includes(meeting.place))
    && meeting.extraordinary === parts.includes('extraordinary');
}

function describeGold(meeting: GoldMeeting, text: string): string {
  return `${meeting.body} · ${meeting.date ?? 'no date'} · ${meeting.place ?? 'no place'}${meeting.extraordinary ? ' · extraordinary' : ''} (${text})`;
}

async function meetingRows(provider: vscode.TreeDataProvider<unknown>): Promise<MeetingRow[]> {
  const rows: MeetingRow[] = [];
  for (const group of (await provider.getChildren(undefined)) ?? []) {
    const groupLabel = labelText(await provider.getTreeItem(group));
    for (const node of (await provider.getChildren(group)) ?? []) {
      const item = await provider.getTreeItem(node);
      rows.push({ group: groupLabel, label: labelText(item), description: typeof item.description === 'string' ? item.description : '', node });
    }
  }
  return rows;
}

describe('The Meetings view on the seed texts', () => {
  const gold = readGold().flatMap((file) => file.meetings.map((meeting) => ({ meeting, text: file.text })));

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('has a row for every meeting of the gold lists', async () => {
    const { views } = await chanceryApi();
    assert.ok(gold.length > 0, 'the gold files list meetings');
    let rows: MeetingRow[] = [];
    const missing = () => gold.filter(({ meeting }) => !rows.some((row) => shows(row, meeting)));
    // The index builds in the background: poll until every meeting is there, then report what is still missing.
    await waitFor(async () => {
      rows = await meetingRows(views.meetings);
      return missing().length === 0;
    }, 30_000, 'the gold meetings in the Meetings view').catch(() => undefined);
    const absent = missing().map(({ meeting, text }) => describeGold(meeting, text));
    assert.ok(absent.length === 0, `${absent.length} of ${gold.length} gold meetings have no row. Missing:\n  ${absent.join('\n  ')}\nRows shown:\n  ${rows.map((r) => `[${r.group}] ${r.label} · ${r.description}`).join('\n  ')}`);
  });

  it('opens the text and selects the passage when a passage row is selected', async () => {
    const { views } = await chanceryApi();
    const provider = views.meetings;
    // The meetings the seeds report (000, 001, 002): their heading, their first sentence and later references.
    const reported = gold.filter(({ meeting }) => meeting.self && meeting.mentions.length >= 3);
    assert.ok(reported.length > 0, 'a gold meeting with three mentions or more');
    let checked = 0;
    const wrong: string[] = [];
    for (const { meeting, text } of reported) {
      const row = await waitFor(async () => (await meetingRows(provider)).find((r) => shows(r, meeting)), 30_000, `the row of ${describeGold(meeting, text)}`);
      const children = (await provider.getChildren(row.node)) ?? [];
      const passages: vscode.TreeItem[] = [];
      for (const child of children) {
        const item = await provider.getTreeItem(child);
        // Participant rows open a mention too (below): the passages are the rows with the quote icon.
        if (item.command?.command === '_chancery.openMention' && item.iconPath instanceof vscode.ThemeIcon && item.iconPath.id === 'quote') passages.push(item);
      }
      assert.ok(passages.length > 0, `${describeGold(meeting, text)} has passage rows`);
      for (const item of passages) {
        const command = item.command;
        assert.ok(command);
        await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
        const doc = String(item.description);
        const editor = await waitFor(() => {
          const active = vscode.window.activeTextEditor;
          return active && baseName(active.document.uri) === baseName(vscode.Uri.file(doc)) && !active.selection.isEmpty ? active : undefined;
        }, 10_000, `${doc} open with a selection`);
        const selected = editor.document.getText(editor.selection);
        const start = editor.document.offsetAt(editor.selection.start);
        const end = editor.document.offsetAt(editor.selection.end);
        const where = `row "${labelText(item)}" (${doc}) selected ${start}-${end} ${JSON.stringify(selected)}`;
        // The row's line of context shows the passage (on one line, without the heading marks of a continued
        // heading): the selection is that passage.
        const collapse = (s: string) => s.replace(/\s*\n[\s#]*/g, ' ').replace(/\s+/g, ' ').trim();
        // A passage longer than a row shows its first words, up to an ellipsis.
        const shown = collapse(labelText(item));
        const cut = shown.startsWith(collapse(selected).slice(0, 20)) && shown.endsWith('…') && collapse(selected).startsWith(shown.slice(0, -1));
        assert.ok(shown.includes(collapse(selected)) || cut, `the selection is not in the row's context: ${where}`);
        // And it is a mention of this meeting in the gold of that text, exactly: no more, no less.
        const mentions = gold.filter((g) => g.text === baseName(editor.document.uri) && shows(row, g.meeting)).flatMap((g) => g.meeting.mentions);
        if (!mentions.some(([from, to]) => from === start && to === end)) {
          const near = mentions.filter(([from, to]) => start < to && from < end).map(([from, to]) => `${from}-${to} ${JSON.stringify(editor.document.getText().slice(from, to))}`);
          wrong.push(`${where}\n      gold: ${near.join(' | ') || 'no gold mention overlaps it'}`);
        }
        checked++;
      }
    }
    assert.ok(checked >= 3, `only ${checked} passage rows checked`);
    assert.ok(wrong.length === 0, `${wrong.length} of ${checked} passage rows select another range than the gold mention:\n  ${wrong.join('\n  ')}`);
  });

  it('opens the reporting text at the participant when a participant row is selected', async () => {
    const { views } = await chanceryApi();
    const provider = views.meetings;
    let opened = 0;
    const wrong: string[] = [];
    for (const { meeting, text } of gold.filter((g) => g.meeting.self)) {
      const row = await waitFor(async () => (await meetingRows(provider)).find((r) => shows(r, meeting)), 30_000, `the row of ${describeGold(meeting, text)}`);
      for (const child of (await provider.getChildren(row.node)) ?? []) {
        const item = await provider.getTreeItem(child);
        if (item.contextValue !== 'participant' || !item.command) continue;
        await vscode.commands.executeCommand(item.command.command, ...(item.command.arguments ?? []));
        const editor = await waitFor(() => {
          const active = vscode.window.activeTextEditor;
          return active && !active.selection.isEmpty ? active : undefined;
        }, 10_000, `a text open at ${labelText(item)}`);
        const selected = editor.document.getText(editor.selection).replace(/\s+/g, ' ');
        // The selection is a mention of this person, whatever its spelling: its hover card names the row's person.
        const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, editor.selection.end.translate(0, -1));
        if (!hoverText(hovers).includes(labelText(item))) wrong.push(`${labelText(item)} selected ${JSON.stringify(selected)} in ${baseName(editor.document.uri)}, whose hover reads ${JSON.stringify(hoverText(hovers).slice(0, 120))}`);
        opened++;
        await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      }
    }
    assert.ok(opened >= 3, `only ${opened} participant rows open a mention`);
    assert.ok(wrong.length === 0, wrong.join('\n'));
  });

  it("shows a participant with the role the meeting's report writes, not a role of another year", async () => {
    const { views } = await chanceryApi();
    const provider = views.meetings;
    // Sergey Lavrov: "Minister of Foreign Affairs" in the reports of 2005 and 2009, "Foreign Minister" in 2017's; no
    // registry. Each meeting's row shows its own year's wording (until 3 December 2026 every row showed the first in
    // alphabetical order, "Foreign Minister").
    const lavrov = async (): Promise<string[]> => {
      const shown: string[] = [];
      for (const row of await meetingRows(provider)) {
        for (const child of (await provider.getChildren(row.node)) ?? []) {
          const item = await provider.getTreeItem(child);
          if (item.contextValue === 'participant' && labelText(item) === 'Sergey Lavrov') shown.push(`${row.description.split(' · ')[0]}: ${String(item.description)}`);
        }
      }
      return shown.sort();
    };
    const rows = await waitFor(async () => ((await lavrov()).length >= 3 ? lavrov() : undefined), 30_000, 'Sergey Lavrov in three meetings');
    assert.deepEqual(rows, ['15 May 2009: Minister of Foreign Affairs · Russia', '20 September 2017: Foreign Minister · Russia', '25 February 2005: Minister of Foreign Affairs · Russia']);
  });

  it('marks the host who received the ministers, and names the state that chaired the meeting in its tooltip', async () => {
    const { views } = await chanceryApi();
    const provider = views.meetings;
    // The 2009 Moscow meeting: chaired by the Russian side, the ministers received by President D. Medvedev.
    const moscow = async (): Promise<{ tooltip: string; host: string[] } | undefined> => {
      const row = (await meetingRows(provider)).find((r) => r.description.startsWith('15 May 2009'));
      if (!row) {
        return undefined;
      }
      // The tooltip is the meeting's card, which the workbench asks for when the row is hovered.
      const item = await provider.resolveTreeItem!(await provider.getTreeItem(row.node), row.node, new vscode.CancellationTokenSource().token);
      const host: string[] = [];
      for (const child of (await provider.getChildren(row.node)) ?? []) {
        const participant = await provider.getTreeItem(child);
        if (participant.contextValue === 'participant' && String(participant.description).endsWith('host')) host.push(labelText(participant));
      }
      return { tooltip: item?.tooltip instanceof vscode.MarkdownString ? item.tooltip.value : String(item?.tooltip), host };
    };
    const shown = await waitFor(moscow, 30_000, 'the row of the Moscow meeting of 15 May 2009');
    assert.match(shown.tooltip, /Chaired by Russia\./);
    assert.deepEqual(shown.host, ['D. Medvedev']);
  });
});
