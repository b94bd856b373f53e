import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { TextExtractor } from '../core/chancery';
import type { TextExtraction } from '../core/recognize/textExtraction';
import type { Registry } from '../core/registry/registryFile';
import type { ExtractionRequest } from './extractionWorker';

/** A worker's answer: the extraction as JSON (see `extractionWorker.ts`), or why it failed. */
type Reply = { readonly id: number; readonly extraction: string } | { readonly id: number; readonly error: string };

interface Pending {
  resolve(extraction: TextExtraction): void;
  reject(error: Error): void;
}

interface Thread {
  readonly worker: Worker;
  readonly pending: Map<number, Pending>;
  /** Registries this worker already holds, by number. */
  readonly registries: Set<number>;
  /** Set when the worker stopped or failed: it is sent nothing more. */
  stopped: boolean;
}

/**
 * The worker script next to this module: `extractionWorker.js` in the bundle (`dist/`), the TypeScript source when
 * run through tsx (tests, the benchmark), loaded through tsx's require hook since a worker starts without it.
 */
function workerScript(): { readonly file: string; readonly eval: boolean } | undefined {
  const bundled = path.join(__dirname, 'extractionWorker.js');
  if (existsSync(bundled)) {
    return { file: bundled, eval: false };
  }
  const source = path.join(__dirname, 'extractionWorker.ts');
  if (!existsSync(source)) {
    return undefined;
  }
  try {
    return { file: `require(${JSON.stringify(require.resolve('tsx/cjs'))}); require(${JSON.stringify(source)});`, eval: true };
  } catch {
    return undefined;
  }
}

/**
 * Extracts texts in a pool of worker threads, one per core by default, as ripgrep searches with one thread per core:
 * the `extractor` port of `createChancery` for the command line. The index stays in the calling thread.
 */
export class ExtractionPool {
  private readonly threads: Thread[] = [];
  private nextId = 0;
  private readonly registryIds = new WeakMap<Registry, number>();
  private nextRegistryId = 1;

  private constructor(script: { readonly file: string; readonly eval: boolean }, size: number) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(script.file, { eval: script.eval });
      const thread: Thread = { worker, pending: new Map(), registries: new Set(), stopped: false };
      worker.on('message', (reply: Reply) => {
        const pending = thread.pending.get(reply.id);
        thread.pending.delete(reply.id);
        if ('error' in reply) {
          pending?.reject(new Error(reply.error));
        } else {
          pending?.resolve(JSON.parse(reply.extraction) as TextExtraction);
        }
        this.idle(thread);
      });
      worker.on('error', (error) => this.fail(thread, error));
      worker.on('exit', () => this.fail(thread, new Error('extraction worker stopped')));
      worker.unref();
      this.threads.push(thread);
    }
  }

  /** A pool of `size` workers, or undefined when the worker script cannot be found (the caller extracts in-process). */
  static start(size = availableParallelism()): ExtractionPool | undefined {
    const script = workerScript();
    return script && size > 0 ? new ExtractionPool(script, size) : undefined;
  }

  /** How many worker threads extract. */
  get size(): number {
    return this.threads.length;
  }

  /** The port for `createChancery({ extractor })`. */
  readonly extract: TextExtractor = (text, registry) => {
    const live = this.threads.filter((t) => !t.stopped);
    const thread = live.reduce<Thread | undefined>((best, t) => (best === undefined || t.pending.size < best.pending.size ? t : best), undefined);
    if (!thread) {
      return Promise.reject(new Error('no extraction worker is running'));
    }
    const registryId = registry === undefined ? 0 : this.registryId(registry);
    const id = this.nextId++;
    const request: ExtractionRequest = thread.registries.has(registryId) ? { id, text, registryId } : { id, text, registryId, registry };
    thread.registries.add(registryId);
    return new Promise<TextExtraction>((resolve, reject) => {
      if (thread.pending.size === 0) {
        // A busy worker keeps the process alive until its reply; an idle one must not.
        thread.worker.ref();
      }
      thread.pending.set(id, { resolve, reject });
      thread.worker.postMessage(request);
    });
  };

  /** Stops the workers; extractions still waiting fail (and the core extracts those texts itself). */
  async close(): Promise<void> {
    await Promise.all(this.threads.map((t) => t.worker.terminate()));
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
    if (thread.pending.size === 0) {
      thread.worker.unref();
    }
  }

  private fail(thread: Thread, error: Error): void {
    thread.stopped = true;
    for (const pending of thread.pending.values()) {
      pending.reject(error);
    }
    thread.pending.clear();
    this.idle(thread);
  }
}
