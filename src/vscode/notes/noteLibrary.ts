import * as vscode from 'vscode';
import type { NoteSummary } from '../../core/cards/personCard';
import { anchorSidecar, parseSidecar, type AboutKind } from '../../core/notes';
import type { LibraryNote } from '../../core/tree/noteOutline';
import type { Corpora } from '../corpus/corpora';
import { relativePath } from '../convert';
import { readCurrentText } from '../currentText';

/** A note of the library with the workspace folder and URI of its text. */
export interface PlacedNote extends LibraryNote {
  readonly folder: vscode.WorkspaceFolder;
  readonly text: vscode.Uri;
}

const SUFFIX = '.notes.yaml';

/**
 * Every sidecar of the workspace, parsed and anchored on its text, for the Notes view and for hover cards. Read-only:
 * it never writes. A sidecar is re-read when it changes on disk or in an editor, and re-anchored when its text changes.
 */
export class NoteLibrary implements vscode.Disposable {
  private readonly sidecars = new Map<string, PlacedNote[]>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly disposables: vscode.Disposable[] = [this.changed];

  /** Fires after any sidecar was re-read or re-anchored. */
  readonly onDidChange = this.changed.event;

  constructor(corpora: Corpora) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/*${SUFFIX}`);
    const onSidecar = (uri: vscode.Uri): void => this.schedule(uri);
    this.disposables.push(
      watcher,
      watcher.onDidCreate(onSidecar),
      watcher.onDidChange(onSidecar),
      watcher.onDidDelete(onSidecar),
      corpora.onDidChangeText((text) => this.schedule(text.with({ path: `${text.path}${SUFFIX}` }))),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document.uri.path.endsWith(SUFFIX)) {
          this.schedule(event.document.uri);
        }
      }),
    );
  }

  /** Finds and reads every sidecar of the workspace, in the background. */
  async loadAll(): Promise<void> {
    const found = await vscode.workspace.findFiles(`**/*${SUFFIX}`, '**/node_modules/**');
    await Promise.all(found.map((uri) => this.load(uri)));
    this.changed.fire();
  }

  /** Every note of the workspace. */
  all(): PlacedNote[] {
    return [...this.sidecars.values()].flat();
  }

  /** The notes whose `about` names an entity, for its hover card. */
  notesAbout(kind: AboutKind, id: string): NoteSummary[] {
    return this.all()
      .filter((n) => n.note.about?.some((a) => a.kind === kind && a.id === id))
      .map((n) => ({ id: n.note.id, doc: n.doc, body: n.note.body ?? '', tags: n.note.tags ?? [] }));
  }

  private schedule(sidecar: vscode.Uri): void {
    const key = sidecar.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        void this.load(sidecar).then(() => this.changed.fire());
      }, 250),
    );
  }

  private async load(sidecar: vscode.Uri): Promise<void> {
    const folder = vscode.workspace.getWorkspaceFolder(sidecar);
    const text = sidecar.with({ path: sidecar.path.slice(0, -SUFFIX.length) });
    const doc = folder && relativePath(folder, text);
    const source = await readCurrentText(sidecar);
    if (!folder || doc === undefined || source === undefined) {
      this.sidecars.delete(sidecar.toString());
      return;
    }
    const parse = parseSidecar(source);
    const anchored = anchorSidecar(parse, await readCurrentText(text));
    this.sidecars.set(
      sidecar.toString(),
      anchored.map(({ entry, anchor }) => ({ folder, text, doc, note: entry.note, anchor })),
    );
  }

  dispose(): void {
    for (const timer of this.timers.values()) {
      clearTimeout(timer);
    }
    this.disposables.forEach((d) => d.dispose());
  }
}
