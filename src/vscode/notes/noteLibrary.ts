import * as vscode from 'vscode';
import type { NoteSummary } from '../../core/cards/personCard';
import { anchorSidecar, notesUnread, parseSidecar, sidecarProblems, type AboutKind } from '../../core/notes';
import type { LibraryNote, UnreadableSidecar } from '../../core/tree/noteOutline';
import type { Corpora } from '../corpus/corpora';
import { relativePath, toDiagnostic } from '../convert';
import { readCurrentText } from '../currentText';
import type { ChanceryLog } from '../log';
import { recoverInterruptedWrites } from '../workspaceWrite';

/** A note of the library with the workspace folder and URI of its text. */
export interface PlacedNote extends LibraryNote {
  readonly folder: vscode.WorkspaceFolder;
  readonly text: vscode.Uri;
}

/** A sidecar with an error, where it is: its notes, or some of them, cannot be read, and it is never written. */
export interface PlacedSidecar extends UnreadableSidecar {
  readonly sidecar: vscode.Uri;
}

const SUFFIX = '.notes.yaml';

/**
 * The text a sidecar's notes are anchored on: an open document with unsaved edits as the analyst sees it, else the
 * text only while its file exists. VS Code keeps the document of a closed editor (and of an editor showing
 * "(deleted)") for a while after the file is gone: anchoring on it would show the notes of a deleted text as placed.
 */
async function readAnchorText(text: vscode.Uri): Promise<string | undefined> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === text.toString());
  if (open?.isDirty) {
    return open.getText();
  }
  try {
    const onDisk = new TextDecoder().decode(await vscode.workspace.fs.readFile(text));
    return open ? open.getText() : onDisk;
  } catch {
    return undefined;
  }
}

/**
 * Every sidecar of the workspace, parsed and anchored on its text, for the Notes view, the hover cards and the
 * Problems panel. Read-only: it never writes. A sidecar is re-read when it changes on disk or in an editor, and
 * re-anchored when its text changes. Its problems (a YAML error, merge-conflict markers, notes without a place) are
 * diagnostics on it whether or not its text is open, as `chancery check` reports them.
 */
export class NoteLibrary implements vscode.Disposable {
  private readonly sidecars = new Map<string, PlacedNote[]>();
  /** The sidecars with an error, by sidecar URI. */
  private readonly broken = new Map<string, PlacedSidecar>();
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('chancery.notes');
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly disposables: vscode.Disposable[] = [this.changed, this.diagnostics];
  /** The text of each sidecar read, by sidecar URI: the files whose deletion or restoring re-anchors the sidecar. */
  private readonly texts = new Map<string, { readonly folder: vscode.WorkspaceFolder; readonly doc: string }>();
  private textWatchers: vscode.FileSystemWatcher[] = [];
  /** While the first scan runs, the text watchers are set up once at its end rather than once per sidecar. */
  private loading = false;

  /** Fires after any sidecar was re-read or re-anchored. */
  readonly onDidChange = this.changed.event;

  constructor(
    corpora: Corpora,
    private readonly log: ChanceryLog,
  ) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/*${SUFFIX}`);
    const onSidecar = (uri: vscode.Uri): void => this.schedule(uri);
    this.disposables.push(
      watcher,
      { dispose: () => this.textWatchers.forEach((w) => w.dispose()) },
      watcher.onDidCreate(onSidecar),
      watcher.onDidChange(onSidecar),
      watcher.onDidDelete(onSidecar),
      corpora.onDidChangeText((text) => this.schedule(text.with({ path: `${text.path}${SUFFIX}` }))),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document.uri.path.endsWith(SUFFIX)) {
          this.schedule(event.document.uri);
        }
      }),
      // A text renamed with its sidecar: the old sidecar's problems go, the new one's come, whatever the watcher says.
      vscode.workspace.onDidRenameFiles((event) => {
        for (const { oldUri, newUri } of event.files) {
          for (const uri of [oldUri, newUri]) {
            this.schedule(uri.path.endsWith(SUFFIX) ? uri : uri.with({ path: `${uri.path}${SUFFIX}` }));
          }
        }
      }),
    );
  }

  private scanned: Promise<void> = Promise.resolve();

  /** Settles when the scan started by `loadAll` has read every sidecar: a hover waits for it rather than show a card without its notes. */
  get ready(): Promise<void> {
    return this.scanned;
  }

  /** Finds and reads every sidecar of the workspace, in the background. */
  loadAll(): Promise<void> {
    this.scanned = this.scan();
    return this.scanned;
  }

  private async scan(): Promise<void> {
    await this.recover();
    const found = await vscode.workspace.findFiles(`**/*${SUFFIX}`, '**/node_modules/**');
    this.loading = true;
    await Promise.all(found.map((uri) => this.load(uri)));
    this.loading = false;
    this.watchTexts();
    this.changed.fire();
  }

  /**
   * Puts back the sidecars whose write was interrupted after VS Code deleted them (see `writeFileAtomically`), before
   * anything reads them, and says in the log what it put back and what it left. Not in Restricted Mode, which writes
   * nothing.
   */
  private async recover(): Promise<void> {
    if (!vscode.workspace.isTrusted) {
      return;
    }
    const { restored, left } = await recoverInterruptedWrites(`**/.*${SUFFIX}.*.tmp`).catch(() => ({ restored: [], left: [] }));
    for (const uri of restored) {
      this.log.warnOnce(`restored:${uri.toString()}`, `${vscode.workspace.asRelativePath(uri)}: put back from the temporary file of a write that was interrupted.`);
    }
    for (const uri of left) {
      this.log.warnOnce(
        `left:${uri.toString()}`,
        `${vscode.workspace.asRelativePath(uri)}: the temporary file of an interrupted write, beside its sidecar; the sidecar keeps its previous content and the file the new one. Compare them, then delete the file.`,
      );
    }
  }

  /** Every note of the workspace. */
  all(): PlacedNote[] {
    return [...this.sidecars.values()].flat();
  }

  /** The sidecars with an error: their notes, or some of them, cannot be read. */
  unreadable(): PlacedSidecar[] {
    return [...this.broken.values()];
  }

  /** The notes whose `about` names an entity, for its hover card. */
  notesAbout(kind: AboutKind, id: string): NoteSummary[] {
    return this.all()
      .filter((n) => n.note.about?.some((a) => a.kind === kind && a.id === id))
      .map((n) => ({ id: n.note.id, doc: n.doc, body: n.note.body ?? '', tags: n.note.tags ?? [], replies: n.note.replies?.length ?? 0 }));
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
      this.broken.delete(sidecar.toString());
      this.diagnostics.delete(sidecar);
      if (this.texts.delete(sidecar.toString()) && !this.loading) {
        this.watchTexts();
      }
      return;
    }
    if (!this.texts.has(sidecar.toString())) {
      this.texts.set(sidecar.toString(), { folder, doc });
      if (!this.loading) {
        this.watchTexts();
      }
    }
    const parse = parseSidecar(source);
    const anchorText = await readAnchorText(text);
    const anchored = anchorSidecar(parse, anchorText);
    this.sidecars.set(
      sidecar.toString(),
      anchored.map(({ entry, anchor }) => ({ folder, text, doc, note: entry.note, anchor })),
    );
    const problems = sidecarProblems(parse, anchored, anchorText === undefined ? { missingText: doc } : {});
    this.diagnostics.set(sidecar, problems.map((problem) => toDiagnostic(problem)));
    const error = problems.find((problem) => problem.severity === 'error');
    if (error) {
      this.broken.set(sidecar.toString(), { doc, sidecar, problem: error, notesUnread: notesUnread(parse) });
    } else {
      this.broken.delete(sidecar.toString());
    }
  }

  /**
   * Watches the texts that have sidecars, so that a text deleted or restored (git checkout) re-anchors its notes: the
   * corpus index does not report a text restored while VS Code still holds its document, and a text outside the
   * corpus globs may have a sidecar too. One watcher per folder on the list of those texts: a watcher on every file of
   * the workspace made the extension host of code-server slow to show notes on hover cards.
   */
  private watchTexts(): void {
    this.textWatchers.forEach((w) => w.dispose());
    const byFolder = new Map<vscode.WorkspaceFolder, string[]>();
    for (const { folder, doc } of this.texts.values()) {
      byFolder.set(folder, [...(byFolder.get(folder) ?? []), doc.replace(/[[\]{}*?,!]/g, (c) => `[${c}]`)]);
    }
    this.textWatchers = [...byFolder].map(([folder, docs]) => {
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, `{${docs.join(',')}}`), false, true, false);
      const onText = (uri: vscode.Uri): void => this.schedule(uri.with({ path: `${uri.path}${SUFFIX}` }));
      watcher.onDidCreate(onText);
      watcher.onDidDelete(onText);
      return watcher;
    });
  }

  dispose(): void {
    for (const timer of this.timers.values()) {
      clearTimeout(timer);
    }
    this.disposables.forEach((d) => d.dispose());
  }
}
