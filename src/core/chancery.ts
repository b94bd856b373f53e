import type { DocId, Problem } from './model';
import type { CorpusChange, CorpusSource } from './ports';
import { includingGlobs, isInCorpus } from './corpus/corpusGlobs';
import { CorpusIndex } from './corpus/corpusIndex';
import { findCorpusProblems, type CorpusProblem } from './corpus/corpusProblems';
import { buildCorpusModel, type CorpusModel } from './corpus/corpusModel';
import { MAX_TEXT_BYTES, type FileExtraction } from './corpus/fileExtraction';
import { decodeText, describeUnreadable } from './corpus/textDecoding';
import { DEFAULT_CORPUS_GLOBS, parseRegistry, parseRegistryBytes, type Registry, type RegistryParse } from './registry/registryFile';
import type { TextExtraction } from './recognize/textExtraction';

/**
 * Extracts one text somewhere else than the calling thread (worker threads in the command line and the Node
 * extension hosts). It must give what `extractText(text, registry)` gives: extraction is pure and per text, so texts
 * split between threads freely. It may answer undefined instead: the calling thread then extracts the text itself,
 * when it indexes it (in the indexing loop, which gives the event loop its turns: `sliceMs`).
 */
export type TextExtractor = (text: string, registry: Registry | undefined) => Promise<TextExtraction | undefined>;

/**
 * Reads, decodes and extracts one corpus file, the extraction somewhere else than the calling thread (the command
 * line's pool reads with `node:fs`, its workers decode and extract). It must give what `extractFile(bytes,
 * registry)` gives for the bytes `corpus.readFile` would read (`fileSize` is not asked first); when it rejects, the
 * core reads and extracts that file itself, so a file that cannot be read gets the same diagnostic either way.
 */
export type FileExtractor = (path: DocId, registry: Registry | undefined) => Promise<FileExtraction>;

/** What the core needs from outside. */
export interface ChanceryPorts {
  readonly corpus: CorpusSource;
  /**
   * Optional: extracts the texts of a full indexing run in parallel while this thread indexes them. Without it
   * (the editor), texts are extracted in this thread. Single-file updates always extract here: one text is
   * quicker to extract than to send to another thread and back.
   */
  readonly extractor?: TextExtractor;
  /**
   * Optional, preferred to `extractor` for a full indexing run: reads, decodes and extracts each file, extracting
   * elsewhere, so that this thread does not decode or extract. The editor has none (`vscode.workspace.fs` reads,
   * this thread extracts).
   */
  readonly fileExtractor?: FileExtractor;
}

export { MAX_TEXT_BYTES };

/**
 * How many files are read ahead of extraction during a full indexing run, before any was read. In the editor each
 * `vscode.workspace.fs` call waits for a round trip to the workbench, so many reads must be in flight for the
 * extension host to have texts to index rather than wait.
 */
const READ_AHEAD = 32;

/** At most this many reads in flight, however small the files. */
const READ_AHEAD_MAX = 512;

/** At least this many, however large. */
const READ_AHEAD_MIN = 4;

/** About how many bytes the reads in flight may hold, judged by the average size of the files read so far. */
const READ_AHEAD_BYTES = 16 * 1048576;

/**
 * How many reads to keep in flight after `files` files of `bytes` bytes in all were read: `READ_AHEAD` before the
 * first, then as many files of the average size as fit in `READ_AHEAD_BYTES`, within `READ_AHEAD_MIN` and
 * `READ_AHEAD_MAX` (a corpus of 20 MB texts holds at most four of them in memory at a time, one of 5 KB texts 512).
 */
export function readAhead(files: number, bytes: number): number {
  if (files === 0) {
    return READ_AHEAD;
  }
  const average = Math.max(bytes / files, 1);
  return Math.min(READ_AHEAD_MAX, Math.max(READ_AHEAD_MIN, Math.floor(READ_AHEAD_BYTES / average)));
}

/**
 * How many files are asked of the `fileExtractor` ahead of indexing: enough that its threads always have work
 * queued while this one indexes (only paths wait in its queues; the extractions are kept by the index anyway).
 */
const EXTRACT_AHEAD = 128;

/** What a full indexing run puts in flight for a text the editor holds: nothing to read. */
const HELD = { held: true } as const;

/** Progress and cancellation of a full indexing run (the status bar item and its Cancel in the editor). */
export interface IndexingOptions {
  onProgress?(done: number, total: number): void;
  isCancelled?(): boolean;
  /**
   * When set, the run gives the event loop a turn (a zero-delay timer) after about this many milliseconds of
   * indexing: texts already read are indexed one after the other without any other wait, and the editor's
   * hovers and keystrokes must not queue behind thousands of them.
   */
  sliceMs?: number;
  /**
   * The text the editor holds for a path (an open document, unsaved edits included), or undefined. A held text is
   * indexed as it is and its file is not read: the index must match what the analyst sees, not the disk.
   */
  heldText?(path: DocId): string | undefined;
}

/** What a full indexing run did. */
export interface IndexingReport {
  readonly indexed: number;
  readonly skipped: number;
  readonly cancelled: boolean;
  readonly bytes: number;
  /**
   * Problems of `chancery.yaml` that only the corpus shows, at their line and column in the registry in force when the
   * run ends: a corpus glob written there that matches no file, a document's `file` that is not a text of the corpus.
   * Empty when the run was cancelled.
   */
  readonly registryProblems: readonly CorpusProblem[];
}

/** The facade the VS Code adapters and the CLI call; one per workspace folder. */
export interface Chancery {
  /** The corpus index (queries for navigation, references, symbols, hovers, the meetings tree). */
  readonly index: CorpusIndex;
  /**
   * Reads `chancery.yaml`, its text or its bytes (undefined when there is none; bytes that are not UTF-8 are a
   * problem, as a broken file is). A good registry replaces the current one;
   * a broken one keeps the previous good registry. Returns the parse, whose problems become diagnostics;
   * `globsChanged` says the corpus globs changed, `reindexNeeded` that globs, states, organisations or people's names changed
   * (what is read or recognised), so `indexCorpus` must run again.
   */
  applyRegistry(text: string | Uint8Array | undefined): RegistryParse & { readonly globsChanged: boolean; readonly reindexNeeded: boolean };
  /** The registry in use. */
  registry(): Registry;
  /** Indexes every text of the corpus, replacing what was indexed before. */
  indexCorpus(options?: IndexingOptions): Promise<IndexingReport>;
  /**
   * Applies one file change reported by a watcher; only that file is re-read. A deleted or renamed path that is not
   * a text but has texts under it is a folder: its texts go, or move, with it. Returns the paths whose text changed:
   * the path (the new one for a rename), or, for a folder, each text under it, at its old and its new path.
   */
  applyChange(change: CorpusChange): Promise<readonly DocId[]>;
  /** Indexes a text the editor holds (unsaved changes included), without reading the file. */
  updateText(path: DocId, text: string): void;
  /** Problems of files that could not be indexed, by path. */
  fileProblems(): ReadonlyMap<DocId, readonly Problem[]>;
  /**
   * The registry's problems that only the corpus shows (a glob that matches no file, a document's file that is no
   * text), as `indexCorpus` reports them: for a registry change after which the texts are not read again.
   */
  corpusProblems(): Promise<readonly CorpusProblem[]>;
  /** The model as plain data, for `chancery index --json` and tests. */
  model(): CorpusModel;
}

/**
 * What of the registry changes what is read or found in the texts: the globs, states and organisations, and the
 * people's names and aliases (extraction finds them where no role stands before them). Roles, ids, meetings and
 * documents only change identities.
 */
function recognitionKey(registry: Registry): string {
  const names = [...new Set((registry.people ?? []).flatMap((p) => [p.name, ...p.aliases]))].sort();
  return JSON.stringify([registry.corpus, registry.states ?? [], (registry.organizations ?? []).map((o) => [o.name, o.acronyms, o.aliases]), names]);
}

function fileProblem(message: string): Problem {
  return { message, line: 0, column: 0, severity: 'warning' };
}

/** Creates the facade over a corpus source. Nothing is read until `indexCorpus` or `applyChange` is called. */
export function createChancery(ports: ChanceryPorts): Chancery {
  let registry: Registry = { corpus: DEFAULT_CORPUS_GLOBS };
  const index = new CorpusIndex(registry);
  /**
   * Every file an including glob names, then the corpus's texts among them (sorted): a `!` glob is checked against
   * what it could leave out.
   */
  const listCorpus = async (): Promise<{ named: readonly DocId[]; paths: DocId[] }> => {
    const named = await ports.corpus.findFiles(includingGlobs(registry.corpus));
    return { named, paths: named.filter((p) => isInCorpus(p, registry.corpus)).sort() };
  };
  /** The number of the latest full indexing run: an earlier run still going stops at its next text. */
  let latestRun = 0;

  type Loaded =
    | { readonly bytes: Uint8Array; readonly extracted?: { readonly text: string; readonly registry: Registry | undefined; readonly extraction: TextExtraction | undefined } }
    | { readonly file: { readonly extraction: TextExtraction; readonly length: number; readonly bytes: number }; readonly registry: Registry | undefined }
    | { readonly problem: Problem }
    | { readonly missing: true };

  /** Reads a file, or says why it cannot be indexed; nothing touches the index here, so reads may overlap. */
  async function load(path: DocId): Promise<Loaded> {
    try {
      return await loadUnguarded(path);
    } catch (error) {
      // One unreadable file (permissions, a vanished network drive) must not stop the rest of the corpus.
      return { problem: fileProblem(`${path}: skipped, it cannot be read: ${(error as Error).message}`) };
    }
  }

  function tooLarge(path: DocId, size: number): Loaded {
    // In bytes: a size rounded to MB reads as the limit itself for a file just over it ("20.0 MB, over the 20 MB limit").
    return { problem: fileProblem(`${path}: skipped, it is ${size} bytes, over the ${MAX_TEXT_BYTES / 1048576} MB (${MAX_TEXT_BYTES} bytes) limit for a text: split it or move it out of the corpus globs.`) };
  }

  async function loadUnguarded(path: DocId): Promise<Loaded> {
    const size = await ports.corpus.fileSize?.(path);
    if (size !== undefined && size > MAX_TEXT_BYTES) {
      return tooLarge(path, size);
    }
    const bytes = await ports.corpus.readFile(path);
    if (bytes === undefined) {
      return { missing: true };
    }
    return bytes.byteLength > MAX_TEXT_BYTES ? tooLarge(path, bytes.byteLength) : { bytes };
  }

  /** What the `fileExtractor` port found, as `load` and `decodeText` would have said it; `load` when the port failed. */
  async function loadElsewhere(fileExtractor: FileExtractor, path: DocId): Promise<Loaded> {
    const registry = index.currentRegistry();
    let file: FileExtraction;
    try {
      file = await fileExtractor(path, registry);
    } catch {
      // A failed worker or read costs speed, not the text nor its diagnostic: read it here.
      return load(path);
    }
    if ('extraction' in file) {
      return { file, registry };
    }
    if ('unreadable' in file) {
      return { problem: fileProblem(describeUnreadable(path, file.unreadable)) };
    }
    return 'tooLarge' in file ? tooLarge(path, file.tooLarge) : { missing: true };
  }

  /** Puts what `load` read into the index; returns the bytes indexed. */
  function apply(path: DocId, loaded: Loaded): number {
    if ('missing' in loaded) {
      index.remove(path);
      return 0;
    }
    if ('problem' in loaded) {
      index.setProblems(path, [loaded.problem]);
      return 0;
    }
    if ('file' in loaded) {
      index.updateExtraction(path, loaded.file.length, loaded.file.extraction);
      return loaded.file.bytes;
    }
    const extracted = loaded.extracted;
    if (extracted) {
      // An extraction made under a registry replaced meanwhile is stale: extract again here.
      index.update(path, extracted.text, extracted.registry === index.currentRegistry() ? extracted.extraction : undefined);
      return loaded.bytes.byteLength;
    }
    const decoded = decodeText(loaded.bytes);
    if (!decoded.ok) {
      index.setProblems(path, [fileProblem(describeUnreadable(path, decoded.reason))]);
      return 0;
    }
    index.update(path, decoded.text);
    return loaded.bytes.byteLength;
  }

  /**
   * `load`, then the extraction by the `extractor` port if there is one, so that it runs while earlier texts are
   * indexed; none once the run that asked is `stopped` (a newer run replaced it): its texts will not be indexed.
   */
  async function loadExtracted(path: DocId, stopped: () => boolean): Promise<Loaded> {
    if (ports.fileExtractor) {
      return loadElsewhere(ports.fileExtractor, path);
    }
    const loaded = await load(path);
    const extractor = ports.extractor;
    if (!extractor || !('bytes' in loaded) || stopped()) {
      return loaded;
    }
    const decoded = decodeText(loaded.bytes);
    if (!decoded.ok) {
      return loaded;
    }
    const registry = index.currentRegistry();
    try {
      return { bytes: loaded.bytes, extracted: { text: decoded.text, registry, extraction: await extractor(decoded.text, registry) } };
    } catch {
      // A failed worker costs speed, not the text: `apply` extracts it here.
      return loaded;
    }
  }

  /**
   * Per path, the number of the last change that came for it: a watcher's event, a rename, the editor's text. A read
   * answers after changes that came while it was in flight; what it read goes into the index only if no change of its
   * path came meanwhile, for that change says what the path holds now (a text renamed away and back, deleted, read
   * again). Without this, a read of a text renamed away puts it back at its old path.
   */
  const changeOf = new Map<DocId, number>();
  let changes = 0;
  const noteChange = (path: DocId): number => {
    changes += 1;
    changeOf.set(path, changes);
    return changes;
  };
  /** Reads of single files in flight, by path: what the index holds for such a path may be older than its file. */
  const reading = new Map<DocId, number>();
  /** Full runs going on: what the index holds for a text they have not reached yet was extracted by an older registry. */
  let running = 0;

  async function readInto(path: DocId): Promise<void> {
    const change = noteChange(path);
    reading.set(path, (reading.get(path) ?? 0) + 1);
    let loaded: Loaded;
    try {
      loaded = await load(path);
    } finally {
      const left = (reading.get(path) ?? 1) - 1;
      if (left > 0) {
        reading.set(path, left);
      } else {
        reading.delete(path);
      }
    }
    if (changeOf.get(path) === change) {
      apply(path, loaded);
    }
  }

  /** One file's change: only that file is re-read. */
  async function applyFileChange(change: CorpusChange): Promise<void> {
    if (change.kind === 'renamed') {
      const { from, to } = change;
      // The text moves as the index holds it, which its file may have outdated: read in flight, or a run under way.
      const outdated = reading.has(from) || reading.has(to) || running > 0;
      noteChange(from);
      noteChange(to);
      if (isInCorpus(to, registry.corpus)) {
        index.rename(from, to);
        if (!index.has(to) || outdated) {
          await readInto(to);
        }
      } else {
        index.remove(from);
      }
      return;
    }
    if (change.kind === 'deleted' || !isInCorpus(change.path, registry.corpus)) {
      noteChange(change.path);
      index.remove(change.path);
      return;
    }
    await readInto(change.path);
  }

  /** One full indexing run (`indexCorpus`). */
  async function indexCorpusOnce(options: IndexingOptions): Promise<IndexingReport> {
    const run = ++latestRun;
    let indexed = 0;
    let bytes = 0;
    // What changed after this number, through a watcher or the editor, is newer than what this run reads.
    const listedAt = changes;
    const { named, paths } = await listCorpus();
    // Found with the registry in force at the end: one changed meanwhile without a new run (lines moved, a document
    // added) has the same globs, and its problems stand where it writes them.
    const report = (cancelled: boolean): IndexingReport => ({
      indexed,
      skipped: index.problems().size,
      cancelled,
      bytes,
      registryProblems: cancelled ? [] : findCorpusProblems(registry, named, paths),
    });
    if (run !== latestRun) {
      return report(true);
    }
    // A set, not `paths.includes`: indexing ten thousand texts again would compare each with every path.
    const listed = new Set(paths);
    for (const stale of index.texts()) {
      // A text created since the listing began is not stale: a watcher reported it after the listing.
      if (!listed.has(stale) && (changeOf.get(stale) ?? 0) <= listedAt) {
        index.remove(stale);
      }
    }
    // A newer run (the globs changed meanwhile) owns the index: this one must not put back what it removed.
    const stopped = (): boolean => run !== latestRun || options.isCancelled?.() === true;
    // Reads run ahead of extraction so that the disk (or the remote file system) is never waited for in turn.
    const inFlight: Promise<Loaded | typeof HELD>[] = [];
    /** The number of the last change when each path was asked for: a change after it is newer than what was read. */
    const askedAt: number[] = [];
    let next = 0;
    let filesRead = 0;
    let bytesRead = 0;
    const refill = (): void => {
      const ahead = ports.fileExtractor ? EXTRACT_AHEAD : readAhead(filesRead, bytesRead);
      while (inFlight.length < ahead && next < paths.length) {
        askedAt[next] = changes;
        const path = paths[next++] ?? '';
        inFlight.push(options.heldText?.(path) === undefined ? loadExtracted(path, stopped) : Promise.resolve(HELD));
      }
    };
    refill();
    let sliceStart = Date.now();
    for (const [i, path] of paths.entries()) {
      if (options.sliceMs !== undefined && Date.now() - sliceStart >= options.sliceMs) {
        await new Promise((resolve) => setTimeout(resolve, 0));
        sliceStart = Date.now();
      }
      const inFlightLoad = await inFlight.shift();
      if (stopped()) {
        return report(true);
      }
      if (inFlightLoad && 'bytes' in inFlightLoad) {
        filesRead += 1;
        bytesRead += inFlightLoad.bytes.byteLength;
      }
      refill();
      const held = options.heldText?.(path);
      if (held !== undefined) {
        noteChange(path);
        index.update(path, held);
      } else {
        // Held when the run asked for it but closed since: read the file after all.
        const reread = inFlightLoad !== undefined && 'held' in inFlightLoad;
        let asked = reread ? changes : (askedAt[i] ?? 0);
        let loaded = reread ? await load(path) : inFlightLoad;
        if (loaded && 'file' in loaded && loaded.registry !== index.currentRegistry()) {
          // Extracted under a registry replaced meanwhile: stale, read and extract it again here.
          asked = changes;
          loaded = await load(path);
        }
        // A change of the path that a watcher or the editor told of after the run asked for it is newer, and its own.
        if (loaded && (changeOf.get(path) ?? 0) <= asked) {
          // What reads of the path begun earlier answer now comes too late for the index.
          noteChange(path);
          bytes += apply(path, loaded);
        }
      }
      indexed += index.has(path) ? 1 : 0;
      options.onProgress?.(i + 1, paths.length);
    }
    return report(false);
  }

  return {
    index,
    applyRegistry(text) {
      const parse = text === undefined ? { registry: { corpus: DEFAULT_CORPUS_GLOBS }, problems: [] } : typeof text === 'string' ? parseRegistry(text) : parseRegistryBytes(text);
      let reindexNeeded = false;
      let globsChanged = false;
      if (parse.registry) {
        globsChanged = parse.registry.corpus.join('\n') !== registry.corpus.join('\n');
        // Globs, states, organisations and people's names change what is read and recognised, so the texts must be
        // indexed again (`indexCorpus`); the rest only changes identities.
        reindexNeeded = recognitionKey(parse.registry) !== recognitionKey(registry);
        registry = parse.registry;
        index.setRegistry(registry);
      }
      return { ...parse, globsChanged, reindexNeeded };
    },
    registry: () => registry,
    async indexCorpus(options = {}) {
      running += 1;
      try {
        return await indexCorpusOnce(options);
      } finally {
        running -= 1;
      }
    },
    async applyChange(change) {
      const from = change.kind === 'renamed' ? change.from : change.path;
      if ((change.kind === 'renamed' || change.kind === 'deleted') && !index.has(from)) {
        const inside = index.under(from);
        const changed: DocId[] = [];
        for (const doc of inside) {
          const to = change.kind === 'renamed' ? `${change.to}${doc.slice(from.length)}` : undefined;
          await applyFileChange(to === undefined ? { kind: 'deleted', path: doc } : { kind: 'renamed', from: doc, to });
          changed.push(doc, ...(to === undefined ? [] : [to]));
        }
        if (inside.length > 0) {
          return changed;
        }
        // A folder renamed or moved in from outside the corpus: its texts are new to the index.
        if (change.kind === 'renamed' && !isInCorpus(change.to, registry.corpus)) {
          const prefix = `${change.to}/`;
          const arrived = (await ports.corpus.findFiles(registry.corpus)).filter((path) => path.startsWith(prefix) && isInCorpus(path, registry.corpus)).sort();
          for (const path of arrived) {
            await applyFileChange({ kind: 'created', path });
          }
          if (arrived.length > 0) {
            return arrived;
          }
        }
      }
      await applyFileChange(change);
      return [change.kind === 'renamed' ? change.to : change.path];
    },
    updateText(path, text) {
      if (isInCorpus(path, registry.corpus)) {
        noteChange(path);
        index.update(path, text);
      }
    },
    fileProblems: () => index.problems(),
    async corpusProblems() {
      const { named, paths } = await listCorpus();
      return findCorpusProblems(registry, named, paths);
    },
    model: () => buildCorpusModel(index),
  };
}
