import * as vscode from 'vscode';
import { filterNotes, groupNotes, noteRowText, notesFilterNotice, type NoteGroup, type NoteGrouping, type NotesFilterNotice } from '../../core/tree/noteOutline';
import type { NoteLibrary, PlacedNote, PlacedSidecar } from './noteLibrary';

type Group = NoteGroup<PlacedNote, PlacedSidecar>;

/** A row of the Notes view. */
export type NoteNode =
  | { readonly type: 'group'; readonly group: Group }
  | { readonly type: 'note'; readonly group: Group; readonly note: PlacedNote }
  | { readonly type: 'sidecar'; readonly group: Group; readonly sidecar: PlacedSidecar };

const STATE_ICONS: Record<PlacedNote['anchor']['state'], string> = { exact: 'note', moved: 'arrow-swap', fuzzy: 'search-fuzzy', ambiguous: 'question', orphaned: 'warning' };

/**
 * The Notes view: every note of the workspace by text, tag or author, behind a queue of what needs the analyst
 * (sidecars that cannot be read, orphaned and ambiguous notes), with a fuzzy filter.
 */
export class NotesTreeProvider implements vscode.TreeDataProvider<NoteNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<NoteNode | undefined>();
  private readonly subscription: vscode.Disposable;
  grouping: NoteGrouping = 'text';
  filter = '';

  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly library: NoteLibrary) {
    this.subscription = library.onDidChange(() => this.changed.fire(undefined));
  }

  /** Applies a grouping or a filter and redraws. */
  update(change: { grouping?: NoteGrouping; filter?: string }): void {
    this.grouping = change.grouping ?? this.grouping;
    this.filter = change.filter ?? this.filter;
    this.changed.fire(undefined);
  }

  /** What the view shows while filtered (its description and message), or undefined when it shows every note. */
  filterNotice(): NotesFilterNotice | undefined {
    const all = this.library.all();
    return notesFilterNotice(this.filter, filterNotes(all, this.filter).length, all.length);
  }

  getChildren(node?: NoteNode): NoteNode[] {
    if (!node) {
      const notes = filterNotes(this.library.all(), this.filter);
      return groupNotes(notes, this.grouping, this.library.unreadable()).map((group) => ({ type: 'group' as const, group }));
    }
    if (node.type !== 'group') {
      return [];
    }
    const { group } = node;
    return [...group.unreadable.map((sidecar) => ({ type: 'sidecar' as const, group, sidecar })), ...group.notes.map((note) => ({ type: 'note' as const, group, note }))];
  }

  getTreeItem(node: NoteNode): vscode.TreeItem {
    if (node.type === 'group') {
      const item = new vscode.TreeItem(node.group.label, node.group.attention ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `notes-group:${this.grouping}:${node.group.attention ? '!' : ''}${node.group.label}`;
      item.description = `${node.group.notes.length + node.group.unreadable.length}`;
      item.iconPath = new vscode.ThemeIcon(node.group.attention ? 'warning' : this.grouping === 'tag' ? 'tag' : this.grouping === 'author' ? 'person' : 'file-text');
      return item;
    }
    if (node.type === 'sidecar') {
      const { sidecar, doc, problem } = node.sidecar;
      const item = new vscode.TreeItem(`${doc}.notes.yaml`, vscode.TreeItemCollapsibleState.None);
      item.id = `!sidecar:${sidecar.toString()}`;
      item.description = `notes unreadable · line ${problem.line + 1}`;
      item.tooltip = `${doc}.notes.yaml, line ${problem.line + 1}: ${problem.message}\n\nChancery never writes this file while it has an error, and shows none of the notes it cannot read.`;
      item.accessibilityInformation = { label: `${doc}.notes.yaml: notes unreadable, line ${problem.line + 1}: ${problem.message}`, role: 'treeitem' };
      item.iconPath = new vscode.ThemeIcon('error');
      item.contextValue = 'unreadableSidecar';
      const at = new vscode.Range(problem.line, problem.column, problem.line, problem.column);
      item.command = { command: 'vscode.open', title: 'Open Sidecar', arguments: [sidecar, { selection: at }] };
      return item;
    }
    const { note, anchor, text } = node.note;
    const row = noteRowText(node.note, this.grouping !== 'text' || node.group.attention);
    const item = new vscode.TreeItem(row.label, vscode.TreeItemCollapsibleState.None);
    item.id = `${node.group.attention ? '!' : ''}${node.group.label}/${text.toString()}#${note.id}`;
    item.description = row.description;
    // The note as the analyst wrote it, rendered untrusted (no command runs, no HTML), as in its comment thread. Without
    // a label of its own, the workbench reads this whole tooltip out as the row's accessible name, link targets included.
    const tooltip = new vscode.MarkdownString(row.tooltip);
    tooltip.isTrusted = false;
    tooltip.supportHtml = false;
    item.tooltip = tooltip;
    item.accessibilityInformation = { label: row.accessibilityLabel, role: 'treeitem' };
    item.iconPath = new vscode.ThemeIcon(STATE_ICONS[anchor.state]);
    item.contextValue = anchor.span ? 'note' : 'waitingNote';
    item.command = { command: '_chancery.openNote', title: 'Open Note', arguments: [node.note] };
    return item;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}

/**
 * The note a command was run on: a row of the Notes view (the workbench passes the row) or the note itself (a task,
 * another command); undefined for anything else, a keybinding's missing argument included.
 */
export function placedNoteOf(arg: unknown): PlacedNote | undefined {
  if (typeof arg !== 'object' || arg === null) {
    return undefined;
  }
  const row = arg as Partial<NoteNode>;
  if (row.type === 'note' && 'note' in row) {
    return row.note;
  }
  const placed = arg as Partial<PlacedNote>;
  return placed.text instanceof vscode.Uri && placed.note !== undefined && placed.anchor !== undefined ? (placed as PlacedNote) : undefined;
}

/** Opens the text of a note, selecting its passage (or, for a note without a place, showing the text to select one). */
export async function openNote(note: PlacedNote): Promise<void> {
  const document = await vscode.workspace.openTextDocument(note.text);
  const span = note.anchor.span;
  const selection = span ? new vscode.Range(document.positionAt(span.start), document.positionAt(span.end)) : undefined;
  await vscode.window.showTextDocument(document, { selection });
  if (!span) {
    void vscode.window.showInformationMessage(`This note is ${note.anchor.state}: select its passage, then run "Re-attach Note Here".`);
  }
}
