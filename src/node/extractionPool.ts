// Extraction in worker threads, for Node only (the command line, and the desktop and remote extension hosts): no
// file system here. The command line gives the pool a reader of files (`src/cli/extractionFiles.ts`); the editor
// sends it texts read through `vscode.workspace.fs`.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { FileExtractor, TextExtractor } from '../core/chancery';
import type { FileExtraction } from '../core/corpus/fileExtraction';
import type { Registry } from '../core/registry/registryFile';
import { ResultDecoder, StringTable, type ExtractionResult } from './extractionCodec';
import type { ExtractionBatch, ExtractionItem, ExtractionReply } from './extractionWorker';

/** Items sent to a worker in one message at most: larger batches answer later, smaller ones cost more messages. */
const BATCH = 8;

interface Pending {
  resolve(result: ExtractionResult): void;
  reject(error: Error): void;
}

/** A text to extract, or an absolute path to read here and extract in a worker. */
type PoolItem = { readonly text: string } | { readonly path: string };

interface Queued {
  readonly item: PoolItem;
  readonly registryId: number;
  readonly registry: Registry | undefined;
  readonly pending: Pending;
}

interface Thread {
  readonly worker: Worker;
  /** Sent and not answered yet, in the order sent: the worker answers in that order. */
  readonly sent: Pending[];
  /** Not sent yet: sent in batches once the caller's current turn is over (`flush`). */
  readonly queued: Queued[];
  /** Registries this worker already holds, by number. */
  readonly registries: Set<number>;
  /** Decodes this worker's answers: it knows the strings this worker sent before. */
  readonly decoder: ResultDecoder;
  /** Set when the worker stopped or failed: it is sent nothing more. */
  stopped: boolean;
}

/** Where the worker script is: a file, or code to evaluate. */
export interface WorkerScript {
  readonly file: string;
  readonly eval: boolean;
}

/**
 * How many workers a pool has by default: one per core but the calling thread's, which indexes what they extract
 * and has a core's worth of work (so that the process runs as many threads as ripgrep, one per core). A worker
 * costs more than its share of the extraction: each is a new V8 isolate that starts, then compiles and optimises
 * the extraction code for itself (0.3 s of CPU for its first thousand texts against 0.05 s once warm, two thirds of
 * it in V8's compiler threads). On two cores, a second worker made a first run of 10,000 texts cost about 0.5 s more
 * CPU (0.3-1.0 s) with no shorter steady run. At least one, so that extraction never delays the indexing thread.
 */
export function defaultPoolSize(): number {
  return Math.max(1, availableParallelism() - 1);
}

/** Where a file of a batch is in the batch's bytes, or what the worker would have said of it (missing, too large). */
export type FileRead = { readonly start: number; readonly end: number } | { readonly missing: true } | { readonly tooLarge: number };

/**
 * The files of one batch, read by the calling thread into one buffer that moves to the worker without a copy: the
 * command line's `BatchBytes` (`src/cli/extractionFiles.ts`).
 */
export interface BatchFiles {
  /** Reads a file after the previous ones; throws when it cannot be read (a folder, no permission). */
  read(file: string): FileRead;
  /** What was read, or undefined when no file was. */
  bytes(): Uint8Array | undefined;
}

/**
 * Extracts texts, or files that the calling thread reads, in a pool of worker threads, one per core but the calling
 * thread's by default (`defaultPoolSize`): the `extractor` and `fileExtractor` ports of `createChancery` for the
 * command line, and the `extractor` port of a large indexing run in a Node extension host. The index stays in the
 * calling thread.
 */
export class ExtractionPool {
  private readonly threads: Thread[] = [];
  private readonly registryIds = new WeakMap<Registry, number>();
  private nextRegistryId = 1;
  private flushing = false;

  private constructor(
    script: WorkerScript,
    size: number,
    private readonly files: (() => BatchFiles) | undefined,
  ) {
    const strings = new StringTable();
    for (let i = 0; i < size; i++) {
      // The worker runs a bundle that needs none of the parent's options: without `execArgv: []` it would inherit
      // them, and with them any `--import` or `--require` (a loader such as tsx, an instrumentation), loaded again in
      // each worker before its first text.
      const worker = new Worker(script.file, { eval: script.eval, execArgv: [] });
      const thread: Thread = { worker, sent: [], queued: [], registries: new Set(), decoder: new ResultDecoder(strings), stopped: false };
      worker.on('message', (reply: ExtractionReply) => {
        const results = thread.decoder.decode(reply);
        for (const result of results) {
          thread.sent.shift()?.resolve(result);
        }
        this.idle(thread);
      });
      worker.on('error', (error) => this.fail(thread, error));
      worker.on('exit', () => this.fail(thread, new Error('extraction worker stopped')));
      worker.unref();
      this.threads.push(thread);
    }
  }

  /**
   * A pool of `size` workers running `script` (`dist/extractionWorker.js`, or the benchmark's bundle of the current
   * sources), or undefined when there is no script or no worker to start (the caller extracts in-process). Without
   * `files`, the pool extracts texts only: its `fileExtractor` fails each file, and the core reads it itself.
   */
  static start(size: number, script: WorkerScript | undefined, files?: () => BatchFiles): ExtractionPool | undefined {
    return script && size > 0 ? new ExtractionPool(script, size, files) : undefined;
  }

  /** How many worker threads extract. */
  get size(): number {
    return this.threads.length;
  }

  /** The port for `createChancery({ extractor })`. */
  readonly extract: TextExtractor = async (text, registry) => {
    const result = await this.request({ text }, registry);
    if ('extraction' in result && !('length' in result)) {
      return result.extraction;
    }
    throw new Error('error' in result ? result.error : 'extraction worker answered with a file');
  };

  /**
   * The port for `createChancery({ fileExtractor })`: `absolutePath` turns a corpus path into the file the worker
   * reads (`NodeCorpusSource.absolutePath`, which refuses paths outside the corpus folder).
   */
  fileExtractor(absolutePath: (file: string) => string): FileExtractor {
    return async (file, registry) => {
      const result = await this.request({ path: absolutePath(file) }, registry);
      if ('error' in result) {
        throw new Error(result.error);
      }
      return result as FileExtraction;
    };
  }

  /** Stops the workers; extractions still waiting fail (and the core extracts those texts itself). */
  async close(): Promise<void> {
    await Promise.all(this.threads.map((t) => t.worker.terminate()));
  }

  private request(item: PoolItem, registry: Registry | undefined): Promise<ExtractionResult> {
    let thread: Thread | undefined;
    for (const t of this.threads) {
      if (!t.stopped && (thread === undefined || t.sent.length + t.queued.length < thread.sent.length + thread.queued.length)) {
        thread = t;
      }
    }
    if (!thread) {
      return Promise.reject(new Error('no extraction worker is running'));
    }
    const registryId = registry === undefined ? 0 : this.registryId(registry);
    const target = thread;
    return new Promise<ExtractionResult>((resolve, reject) => {
      target.queued.push({ item, registryId, registry, pending: { resolve, reject } });
      if (!this.flushing) {
        // Requests made in the same turn (the core asks for many files at once) go out together.
        this.flushing = true;
        setImmediate(() => this.flush());
      }
    });
  }

  /**
   * Sends every queued item, in batches of at most `BATCH` items with one registry. The files of a batch are read
   * here, into one buffer that moves to the worker without a copy: reading is system calls, not JavaScript, and this
   * thread waits for the worker more than the worker waits for it. A file that is missing or too large is answered
   * here; one that cannot be read fails its request, and the core reads it itself and reports why.
   */
  private flush(): void {
    this.flushing = false;
    for (const thread of this.threads) {
      const queued = thread.queued.splice(0);
      if (thread.stopped) {
        for (const q of queued) {
          q.pending.reject(new Error('extraction worker stopped'));
        }
        continue;
      }
      let start = 0;
      while (start < queued.length) {
        const registryId = queued[start]?.registryId ?? 0;
        let end = start + 1;
        while (end < queued.length && end - start < BATCH && queued[end]?.registryId === registryId) {
          end++;
        }
        this.send(thread, queued.slice(start, end), registryId);
        start = end;
      }
    }
  }

  /** Reads the files of one batch and sends it, unless none of its items is left to extract. */
  private send(thread: Thread, chunk: readonly Queued[], registryId: number): void {
    const items: ExtractionItem[] = [];
    const pending: Pending[] = [];
    const files = this.files?.();
    for (const q of chunk) {
      if ('text' in q.item) {
        items.push(q.item);
        pending.push(q.pending);
        continue;
      }
      let read: FileRead;
      try {
        if (!files) {
          throw new Error('this extraction pool reads no files');
        }
        read = files.read(q.item.path);
      } catch (error) {
        q.pending.reject(error as Error);
        continue;
      }
      if ('start' in read) {
        items.push(read);
        pending.push(q.pending);
      } else {
        q.pending.resolve(read);
      }
    }
    if (items.length === 0) {
      return;
    }
    const bytes = files?.bytes();
    const registry = chunk[0]?.registry;
    const batch: ExtractionBatch = thread.registries.has(registryId) ? { items, bytes, registryId } : { items, bytes, registryId, registry };
    thread.registries.add(registryId);
    if (thread.sent.length === 0) {
      // A busy worker keeps the process alive until its reply; an idle one must not.
      thread.worker.ref();
    }
    thread.sent.push(...pending);
    thread.worker.postMessage(batch, bytes ? [bytes.buffer as ArrayBuffer] : []);
  }

  private registryId(registry: Registry): number {
    let id = this.registryIds.get(registry);
    if (id === undefined) {
      id = this.nextRegistryId++;
      this.registryIds.set(registry, id);
    }
    return id;
  }

  private idle(thread: Thread): void {
    if (thread.sent.length === 0) {
      thread.worker.unref();
    }
  }

  private fail(thread: Thread, error: Error): void {
    thread.stopped = true;
    for (const pending of thread.sent.splice(0)) {
      pending.reject(error);
    }
    for (const queued of thread.queued.splice(0)) {
      queued.pending.reject(error);
    }
    this.idle(thread);
  }
}
