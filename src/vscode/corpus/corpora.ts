import * as vscode from 'vscode';
import { createChancery, type Chancery } from '../../core/chancery';
import { includingGlobs, isInCorpus } from '../../core/corpus/corpusGlobs';
import { placeCorpusProblems, type CorpusProblem } from '../../core/corpus/corpusProblems';
import { byPosition, type DocId, type Problem } from '../../core/model';
import { REGISTRY_FILE_NAME } from '../../core/registry/registryFile';
import { relativePath, toDiagnostic } from '../convert';
import type { ChanceryLog } from '../log';
import { VsCodeCorpusSource } from '../workspaceSource';
import { counted } from '../../core/counted';
import { ExtractionHandOff } from '../../core/corpus/extractionHandOff';
import { startExtractionThread } from './extractionThread';

/** The corpus of one workspace folder: its registry, its index, and where its files are. */
export interface FolderCorpus {
  readonly folder: vscode.WorkspaceFolder;
  readonly chancery: Chancery;
  readonly source: VsCodeCorpusSource;
  /** Whether the folder has a `chancery.yaml`; folders without one are not indexed in the background. */
  hasRegistry: boolean;
  /** Extracts the texts of a large full run in a worker thread where the extension host can start one. */
  readonly extraction: ExtractionHandOff;
}

/** A document position resolved to its folder corpus and workspace-relative path. */
export interface CorpusLocation {
  readonly corpus: FolderCorpus;
  readonly path: DocId;
}

/** How long typing pauses before an edited text is re-indexed. */
const EDIT_DEBOUNCE_MS = 250;

/**
 * How long texts created, deleted or renamed settle before the corpus is listed again for the registry's problems (a
 * `git checkout` reports hundreds of changes: one listing after them).
 */
const LISTING_DEBOUNCE_MS = 300;

/** How long a full indexing run holds the extension host before it lets hovers and other requests through. */
const INDEXING_SLICE_MS = 15;

/**
 * One Chancery core per workspace folder. Reads `chancery.yaml` (problems become diagnostics; a broken file keeps
 * the last good registry), indexes the corpus in the background with progress in the status bar, and keeps the
 * index current on edits, saves, creations, deletions and renames, including those made outside the editor.
 */
export class Corpora implements vscode.Disposable {
  private readonly corpora = new Map<string, FolderCorpus>();
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('chancery.registry');
  /**
   * Per folder, the problems of `chancery.yaml`: those of its text, and those the corpus showed when it was last
   * listed (a full run, or a registry change that needs none), placed in the registry in force.
   */
  private readonly registryProblems = new Map<string, { parse: readonly Problem[]; corpus: readonly CorpusProblem[] }>();
  private readonly registryChanged = new vscode.EventEmitter<FolderCorpus>();
  private readonly indexChanged = new vscode.EventEmitter<FolderCorpus>();
  private readonly textChanged = new vscode.EventEmitter<vscode.Uri>();
  private readonly watchers = new Map<string, vscode.Disposable>();
  private readonly pendingEdits = new Map<string, ReturnType<typeof setTimeout>>();
  /** Per folder, the listing that will look at the registry's corpus problems again after texts came or went. */
  private readonly pendingListings = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly disposables: vscode.Disposable[] = [this.diagnostics, this.registryChanged, this.indexChanged, this.textChanged];
  /** Full indexing runs started and not yet ended (a registry edit starts one while another may still run). */
  private indexingRuns = 0;
  /** The last values given to the context keys the views' welcome texts read (`updateContext`). */
  private readonly shownContext = new Map<string, boolean>();

  /** Fires after a folder's registry was read, changed, created or deleted. */
  readonly onDidChangeRegistry = this.registryChanged.event;
  /** Fires after a folder's index changed (a text indexed, removed or renamed, or the registry re-applied). */
  readonly onDidChangeIndex = this.indexChanged.event;
  /** Fires with the URI of one text after it was re-indexed (edited, saved, changed on disk, created or deleted). */
  readonly onDidChangeText = this.textChanged.event;

  /** `extensionUri`: where the extraction worker is (`dist/extractionWorker.js`). */
  constructor(
    private readonly log: ChanceryLog,
    private readonly extensionUri: vscode.Uri,
  ) {
    const registryWatcher = vscode.workspace.createFileSystemWatcher(`**/${REGISTRY_FILE_NAME}`);
    const reloadRegistry = (uri: vscode.Uri): void => {
      const corpus = this.corpusOfRegistry(uri);
      if (corpus) {
        void this.loadRegistry(corpus);
      }
    };
    this.disposables.push(
      registryWatcher,
      registryWatcher.onDidCreate(reloadRegistry),
      registryWatcher.onDidChange(reloadRegistry),
      registryWatcher.onDidDelete(reloadRegistry),
      vscode.workspace.onDidChangeWorkspaceFolders((event) => {
        for (const folder of event.removed) {
          this.removeFolder(folder);
        }
        for (const folder of event.added) {
          void this.loadRegistry(this.addFolder(folder));
        }
      }),
      this.indexChanged.event(() => void this.updateContext()),
      vscode.workspace.onDidChangeTextDocument((event) => this.scheduleEdit(event.document)),
      vscode.workspace.onDidOpenTextDocument((document) => this.scheduleEdit(document)),
      vscode.workspace.onDidCloseTextDocument((document) => void this.revertToDisk(document)),
      vscode.workspace.onDidRenameFiles((event) => {
        for (const { oldUri, newUri } of event.files) {
          const from = this.locate(oldUri);
          const to = this.locate(newUri);
          if (from && to && from.corpus === to.corpus) {
            void this.apply(from.corpus, { kind: 'renamed', from: from.path, to: to.path });
          }
        }
      }),
    );
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      this.addFolder(folder);
    }
  }

  private markReady: () => void = () => undefined;
  /** Settles once every folder's registry has been read for the first time. */
  readonly ready = new Promise<void>((resolve) => (this.markReady = resolve));

  /** Reads every folder's registry; indexing starts in the background and is not awaited. */
  async loadAll(): Promise<void> {
    await Promise.all([...this.corpora.values()].map((corpus) => this.loadRegistry(corpus)));
    this.markReady();
  }

  /** The corpus and path of a URI inside a workspace folder. */
  locate(uri: vscode.Uri): CorpusLocation | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const corpus = folder && this.corpora.get(folder.uri.toString());
    const path = folder && relativePath(folder, uri);
    return corpus && path !== undefined ? { corpus, path } : undefined;
  }

  /**
   * The corpus location of an open text once the index holds what it says (`whenIndexed`), for a request made on the
   * text as it is now: undefined outside a corpus, and when the text was edited again meanwhile (the request is stale).
   * Until then the index's offsets are those of the text before the edit.
   */
  async locateIndexed(document: vscode.TextDocument): Promise<CorpusLocation | undefined> {
    const version = document.version;
    await this.whenIndexed(document);
    return document.version === version && this.isIndexed(document) ? this.locate(document.uri) : undefined;
  }

  /** The corpus of a folder by its key (the folder's URI as a string), as commands' arguments name it. */
  byKey(key: string): FolderCorpus | undefined {
    return this.corpora.get(key);
  }

  /** Every folder corpus. */
  all(): FolderCorpus[] {
    return [...this.corpora.values()];
  }

  /** Whether a path of a folder belongs to its corpus (and its folder has a registry). */
  inCorpus(location: CorpusLocation): boolean {
    return location.corpus.hasRegistry && isInCorpus(location.path, location.corpus.chancery.registry().corpus);
  }

  private addFolder(folder: vscode.WorkspaceFolder): FolderCorpus {
    const source = new VsCodeCorpusSource(folder);
    const extraction = new ExtractionHandOff(() => startExtractionThread(this.extensionUri));
    const corpus: FolderCorpus = { folder, source, chancery: createChancery({ corpus: source, extractor: extraction.extract }), hasRegistry: false, extraction };
    this.corpora.set(folder.uri.toString(), corpus);
    return corpus;
  }

  private removeFolder(folder: vscode.WorkspaceFolder): void {
    const key = folder.uri.toString();
    this.corpora.get(key)?.extraction.stop();
    this.corpora.delete(key);
    this.watchers.get(key)?.dispose();
    this.watchers.delete(key);
    this.diagnostics.delete(vscode.Uri.joinPath(folder.uri, REGISTRY_FILE_NAME));
    this.registryProblems.delete(key);
    clearTimeout(this.pendingListings.get(key));
    this.pendingListings.delete(key);
    void this.updateContext();
  }

  /**
   * Shows the problems of a folder's `chancery.yaml` in the Problems panel, in the order of the file. Those the corpus
   * shows stand where the registry in force writes their glob or document, wherever they stood when they were found:
   * an edit that only moves lines moves them at once, not when the corpus is next listed.
   */
  private showRegistryProblems(corpus: FolderCorpus, found: { parse: readonly Problem[]; corpus: readonly CorpusProblem[] }): void {
    const problems = { parse: found.parse, corpus: placeCorpusProblems(found.corpus, corpus.chancery.registry()) };
    this.registryProblems.set(corpus.folder.uri.toString(), problems);
    const uri = vscode.Uri.joinPath(corpus.folder.uri, REGISTRY_FILE_NAME);
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    const all = [...problems.parse, ...problems.corpus].sort(byPosition);
    this.diagnostics.set(uri, all.map((p) => toDiagnostic(p, document)));
  }

  private corpusOfRegistry(uri: vscode.Uri): FolderCorpus | undefined {
    return [...this.corpora.values()].find((c) => vscode.Uri.joinPath(c.folder.uri, REGISTRY_FILE_NAME).toString() === uri.toString());
  }

  private async loadRegistry(corpus: FolderCorpus): Promise<void> {
    const uri = vscode.Uri.joinPath(corpus.folder.uri, REGISTRY_FILE_NAME);
    let bytes: Uint8Array | undefined;
    try {
      bytes = await vscode.workspace.fs.readFile(uri);
    } catch {
      bytes = undefined;
    }
    const hadRegistry = corpus.hasRegistry;
    corpus.hasRegistry = bytes !== undefined;
    // The bytes, not a lenient decoding of them: a registry that is not UTF-8 is a problem, not replaced characters.
    const parse = corpus.chancery.applyRegistry(bytes);
    // New globs, states or organisations change what is read or recognised: every text is read again (below). The run
    // counts from here, so that the views never say "no texts" between the registry's arrival and the run's start.
    const reindex = corpus.hasRegistry && (parse.globsChanged || parse.reindexNeeded || !hadRegistry);
    if (reindex) {
      this.indexingRuns++;
    }
    // The corpus problems found before stay, placed in the new registry, until they are found again (below, or by the
    // full run).
    this.showRegistryProblems(corpus, { parse: parse.problems, corpus: this.registryProblems.get(corpus.folder.uri.toString())?.corpus ?? [] });
    for (const problem of parse.problems) {
      this.log.warnOnce(`${uri.toString()}:${problem.line}:${problem.message}`, `${uri.path}:${problem.line + 1}:${problem.column + 1}: ${problem.message}`);
    }
    await this.updateContext();
    this.registryChanged.fire(corpus);
    if (!corpus.hasRegistry) {
      this.showRegistryProblems(corpus, { parse: [], corpus: [] });
      this.watchers.get(corpus.folder.uri.toString())?.dispose();
      this.indexChanged.fire(corpus);
      return;
    }
    if (parse.globsChanged || !hadRegistry) {
      this.watchCorpus(corpus);
    }
    if (reindex) {
      // Indexing goes on in the background; activation and registry edits never wait for it.
      void this.indexCorpus(corpus).finally(() => {
        this.indexingRuns--;
        void this.updateContext();
      });
    } else {
      this.indexChanged.fire(corpus);
      if (parse.registry) {
        // No full run follows: the new registry's globs and files are checked against the corpus here.
        await this.showCorpusProblems(corpus);
      }
    }
  }

  private async indexCorpus(corpus: FolderCorpus): Promise<void> {
    const started = Date.now();
    const report = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: `Chancery: indexing ${corpus.folder.name}` },
      (progress) => {
        let reported = 0;
        return corpus.extraction.during(() =>
          corpus.chancery.indexCorpus({
            sliceMs: INDEXING_SLICE_MS,
            heldText: (path) => this.openText(corpus, path),
            onProgress: (done, total) => {
              const percent = Math.floor((done / Math.max(total, 1)) * 100);
              if (percent > reported) {
                progress.report({ message: `${done}/${total}`, increment: percent - reported });
                reported = percent;
              }
            },
          }),
        );
      },
    );
    if (report.cancelled) {
      // A newer run started (chancery.yaml changed meanwhile); it reports when it ends.
      return;
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    // A glob that matches no file, found by the core as the command line finds it: in the Problems panel too.
    this.showRegistryProblems(corpus, { parse: this.registryProblems.get(corpus.folder.uri.toString())?.parse ?? [], corpus: report.registryProblems });
    for (const problem of report.registryProblems) {
      this.log.warnOnce(
        `${corpus.folder.uri.toString()}:registry:${problem.message}`,
        `${corpus.folder.name}/${REGISTRY_FILE_NAME}:${problem.line + 1}:${problem.column + 1}: ${problem.message}`,
      );
    }
    this.reportFileProblems(corpus);
    const megabytes = (report.bytes / 1048576).toFixed(1);
    const threaded = corpus.extraction.extractedByThread;
    const where = threaded > 0 ? `, ${threaded} of them extracted in a worker thread` : '';
    this.log.info(`${corpus.folder.name}: ${counted(report.indexed, 'text')} indexed (${megabytes} MB in ${seconds} s${where}), ${report.skipped} skipped.`);
    this.indexChanged.fire(corpus);
  }

  /** Says once, in the output channel, why each unreadable file of a corpus is skipped. */
  private reportFileProblems(corpus: FolderCorpus): void {
    for (const [path, problems] of corpus.chancery.fileProblems()) {
      for (const problem of problems) {
        this.log.warnOnce(`${corpus.folder.uri.toString()}:${path}:${problem.message}`, problem.message);
      }
    }
  }

  /** Watches the corpus globs for changes made outside the editor (git checkout, pull, other tools). */
  private watchCorpus(corpus: FolderCorpus): void {
    const key = corpus.folder.uri.toString();
    this.watchers.get(key)?.dispose();
    const parts: vscode.Disposable[] = [];
    // A `!` glob only subtracts: the core drops what it names from the changes the other globs report.
    for (const glob of includingGlobs(corpus.chancery.registry().corpus)) {
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(corpus.folder, glob));
      const on = (kind: 'created' | 'changed' | 'deleted') => (uri: vscode.Uri) => {
        const path = relativePath(corpus.folder, uri);
        if (path === undefined) {
          return;
        }
        // An open document is indexed from the editor's text, which may hold unsaved edits: a change of its file is
        // not read. A file that appears again (written back after a deletion) takes the editor's text, as a full run
        // would: no edit of the document follows to index it again.
        const held = kind === 'deleted' ? undefined : this.openText(corpus, path);
        if (held === undefined) {
          void this.apply(corpus, { kind, path });
        } else if (kind === 'created') {
          this.indexHeld(corpus, path, held);
        }
      };
      parts.push(watcher, watcher.onDidCreate(on('created')), watcher.onDidChange(on('changed')), watcher.onDidDelete(on('deleted')));
    }
    // A folder deleted, moved or added at once is reported as the folder alone, which the globs never match.
    const folders = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(corpus.folder, '**'), false, true, false);
    const outsideGlobs = (uri: vscode.Uri): DocId | undefined => {
      const path = relativePath(corpus.folder, uri);
      return path !== undefined && !isInCorpus(path, corpus.chancery.registry().corpus) ? path : undefined;
    };
    parts.push(
      folders,
      folders.onDidDelete((uri) => {
        const path = outsideGlobs(uri);
        if (path !== undefined && corpus.chancery.index.under(path).length > 0) {
          void this.apply(corpus, { kind: 'deleted', path });
        }
      }),
      folders.onDidCreate((uri) => {
        const path = outsideGlobs(uri);
        if (path !== undefined) {
          void this.indexFolder(corpus, uri);
        }
      }),
    );
    this.watchers.set(key, vscode.Disposable.from(...parts));
  }

  /** Indexes the corpus texts under a folder that appeared at once (moved in, or renamed outside the editor). */
  private async indexFolder(corpus: FolderCorpus, uri: vscode.Uri): Promise<void> {
    try {
      if ((await vscode.workspace.fs.stat(uri)).type !== vscode.FileType.Directory) {
        return;
      }
    } catch {
      return;
    }
    let files: vscode.Uri[];
    try {
      files = await vscode.workspace.findFiles(new vscode.RelativePattern(uri, '**/*'));
    } catch (error) {
      // Gone again before it was searched (created and deleted at once), or the search failed: the next full run
      // lists the corpus anyway.
      this.log.info(`${corpus.folder.name}: the folder ${uri.path} could not be searched for texts: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    for (const file of files) {
      const path = relativePath(corpus.folder, file);
      if (path !== undefined && isInCorpus(path, corpus.chancery.registry().corpus)) {
        const held = this.openText(corpus, path);
        if (held === undefined) {
          await this.apply(corpus, { kind: 'created', path });
        } else {
          this.indexHeld(corpus, path, held);
        }
      }
    }
  }

  /** The text of an open Diplomatic Text document of the corpus, unsaved edits included: what the index must match. */
  private openText(corpus: FolderCorpus, path: DocId): string | undefined {
    const documents = vscode.workspace.textDocuments;
    if (documents.length === 0) {
      return undefined;
    }
    const uri = corpus.source.uri(path).toString();
    return documents.find((d) => d.languageId === 'diplomatic' && !d.isClosed && d.uri.toString() === uri)?.getText();
  }

  /** Indexes a text that appeared on disk while it is open, from the editor's text (`openText`). */
  private indexHeld(corpus: FolderCorpus, path: DocId, text: string): void {
    corpus.chancery.updateText(path, text);
    this.indexChanged.fire(corpus);
    this.textChanged.fire(corpus.source.uri(path));
    // A text came: a document's `file` may name a text again.
    this.scheduleListing(corpus);
  }

  private async apply(corpus: FolderCorpus, change: Parameters<Chancery['applyChange']>[0]): Promise<void> {
    if (change.kind === 'renamed') {
      this.cancelEdits(corpus, change.from);
    } else if (change.kind === 'deleted') {
      this.cancelEdits(corpus, change.path);
    }
    // For a folder deleted or renamed at once, every text under it: their sidecars are read again too.
    const changed = await corpus.chancery.applyChange(change);
    this.reportFileProblems(corpus);
    this.indexChanged.fire(corpus);
    for (const doc of changed) {
      this.textChanged.fire(corpus.source.uri(doc));
    }
    if (change.kind !== 'changed') {
      // A text came or went: a document's `file` may now name no text, or one again; a glob may now match nothing.
      this.scheduleListing(corpus);
    }
  }

  /** Lists the corpus again, once changes settle, and shows the registry's corpus problems it finds; no text is read. */
  private scheduleListing(corpus: FolderCorpus): void {
    const key = corpus.folder.uri.toString();
    clearTimeout(this.pendingListings.get(key));
    this.pendingListings.set(
      key,
      setTimeout(() => {
        this.pendingListings.delete(key);
        // A listing that fails (a folder deleted while the search ran) leaves the problems as they were; the next
        // change or run lists the corpus again.
        this.showCorpusProblems(corpus).catch((error: unknown) =>
          this.log.info(`${corpus.folder.name}: the corpus could not be listed again: ${error instanceof Error ? error.message : String(error)}`),
        );
      }, LISTING_DEBOUNCE_MS),
    );
  }

  private async showCorpusProblems(corpus: FolderCorpus): Promise<void> {
    const key = corpus.folder.uri.toString();
    if (!corpus.hasRegistry || this.corpora.get(key) !== corpus) {
      return;
    }
    const found = await corpus.chancery.corpusProblems();
    // The problems of the latest text: chancery.yaml may have been read again meanwhile.
    if (corpus.hasRegistry && this.corpora.get(key) === corpus) {
      this.showRegistryProblems(corpus, { parse: this.registryProblems.get(key)?.parse ?? [], corpus: found });
    }
  }

  /** Whether the index holds what an open text says: false from an edit until the index has read it again. */
  isIndexed(document: vscode.TextDocument): boolean {
    return !this.pendingEdits.has(document.uri.toString());
  }

  /**
   * Resolves once the index holds what an open text says (`isIndexed`), or after `limitMs` without it: edits a
   * moment apart keep putting the reading off.
   */
  whenIndexed(document: vscode.TextDocument, limitMs = 2000): Promise<void> {
    if (this.isIndexed(document)) {
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        subscription.dispose();
        resolve();
      };
      const timer = setTimeout(done, limitMs);
      const subscription = this.onDidChangeText((uri) => uri.toString() === document.uri.toString() && this.isIndexed(document) && done());
    });
  }

  /**
   * Forgets the indexing still to come of the open texts at a path, or under it, that went: a document stays open
   * after its file is deleted, and its text, indexed once typing paused, would put back a text no file holds.
   */
  private cancelEdits(corpus: FolderCorpus, path: DocId): void {
    for (const [key, timer] of this.pendingEdits) {
      const at = relativePath(corpus.folder, vscode.Uri.parse(key));
      if (at !== undefined && (at === path || at.startsWith(`${path}/`))) {
        clearTimeout(timer);
        this.pendingEdits.delete(key);
      }
    }
  }

  private scheduleEdit(document: vscode.TextDocument): void {
    if (document.languageId !== 'diplomatic') {
      return;
    }
    const key = document.uri.toString();
    clearTimeout(this.pendingEdits.get(key));
    this.pendingEdits.set(
      key,
      setTimeout(() => {
        this.pendingEdits.delete(key);
        const location = this.locate(document.uri);
        if (location && !document.isClosed) {
          location.corpus.chancery.updateText(location.path, document.getText());
          this.indexChanged.fire(location.corpus);
          this.textChanged.fire(document.uri);
        }
      }, EDIT_DEBOUNCE_MS),
    );
  }

  /** Closing a document with unsaved edits: the index goes back to what the file on disk says. */
  private async revertToDisk(document: vscode.TextDocument): Promise<void> {
    const location = this.locate(document.uri);
    if (location && document.languageId === 'diplomatic' && document.uri.scheme !== 'untitled') {
      clearTimeout(this.pendingEdits.get(document.uri.toString()));
      this.pendingEdits.delete(document.uri.toString());
      await this.apply(location.corpus, { kind: 'changed', path: location.path });
    }
  }

  /**
   * The context keys of the views' welcome texts (package.json, `viewsWelcome`): `chancery.hasRegistry`;
   * `chancery.indexing` while a full indexing run goes on; `chancery.noTexts` once no corpus with a registry holds a
   * text (no file matches its globs), so that an empty view says why rather than "indexing" for ever.
   */
  private async updateContext(): Promise<void> {
    const withRegistry = [...this.corpora.values()].filter((c) => c.hasRegistry);
    const indexing = this.indexingRuns > 0;
    const hasRegistry = withRegistry.length > 0;
    const noTexts = !indexing && hasRegistry && withRegistry.every((c) => c.chancery.index.texts().length === 0);
    // Each key written out: the walkthrough's test reads which keys the extension sets.
    if (this.changedContext('chancery.indexing', indexing)) {
      await vscode.commands.executeCommand('setContext', 'chancery.indexing', indexing);
    }
    if (this.changedContext('chancery.hasRegistry', hasRegistry)) {
      await vscode.commands.executeCommand('setContext', 'chancery.hasRegistry', hasRegistry);
    }
    if (this.changedContext('chancery.noTexts', noTexts)) {
      await vscode.commands.executeCommand('setContext', 'chancery.noTexts', noTexts);
    }
  }

  /** Whether a context key is to be given `value` (it has another, or none yet); records the value. */
  private changedContext(key: string, value: boolean): boolean {
    const changed = this.shownContext.get(key) !== value;
    this.shownContext.set(key, value);
    return changed;
  }

  dispose(): void {
    for (const timer of [...this.pendingEdits.values(), ...this.pendingListings.values()]) {
      clearTimeout(timer);
    }
    for (const watcher of this.watchers.values()) {
      watcher.dispose();
    }
    for (const corpus of this.corpora.values()) {
      corpus.extraction.stop();
    }
    for (const d of this.disposables) {
      d.dispose();
    }
  }
}
