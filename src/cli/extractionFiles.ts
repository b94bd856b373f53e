// The command line's half of the extraction pool (`src/node/extractionPool.ts`): where the worker script is, and the
// reading of a batch's files with `node:fs` into one buffer that moves to the worker.
import { closeSync, existsSync, fstatSync, openSync, readSync } from 'node:fs';
import * as path from 'node:path';
import { MAX_TEXT_BYTES } from '../core/corpus/fileExtraction';
import { defaultPoolSize, ExtractionPool, type BatchFiles, type FileRead, type WorkerScript } from '../node/extractionPool';

/**
 * The worker script: `extractionWorker.js` next to this module in the bundle (`dist/`), or the TypeScript source
 * (`src/node/extractionWorker.ts`) when run through tsx (tests), loaded through tsx's require hook since a worker
 * starts without it.
 */
export function workerScript(): WorkerScript | undefined {
  const bundled = path.join(__dirname, 'extractionWorker.js');
  if (existsSync(bundled)) {
    return { file: bundled, eval: false };
  }
  const source = path.join(__dirname, '..', 'node', 'extractionWorker.ts');
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
 * A pool of `size` workers (one per core but this thread's by default) that reads the files it is asked for, or
 * undefined when the worker script cannot be found (the caller extracts in-process). `script` overrides where the
 * worker is loaded from (the benchmark's bundle of the current sources).
 */
export function startExtractionPool(size = defaultPoolSize(), script: WorkerScript | undefined = workerScript()): ExtractionPool | undefined {
  return ExtractionPool.start(size, script, () => new BatchBytes());
}

/**
 * The bytes of a batch's files, read one after the other into one buffer of its own (not from Node's shared pool,
 * so that it can be transferred), grown as needed.
 */
export class BatchBytes implements BatchFiles {
  private buffer: Buffer | undefined;
  private length = 0;

  /**
   * Reads a file after the previous ones: where its bytes are, or what the worker would have said of it (missing,
   * too large). Throws when the file cannot be read (a folder, no permission).
   */
  read(file: string): FileRead {
    let fd: number;
    try {
      fd = openSync(file, 'r');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        return { missing: true };
      }
      throw error;
    }
    const start = this.length;
    try {
      for (;;) {
        const buffer = this.room();
        const count = readSync(fd, buffer, this.length, buffer.length - this.length, null);
        if (count === 0) {
          return { start, end: this.length };
        }
        this.length += count;
        if (this.length - start > MAX_TEXT_BYTES) {
          // Not read further, nor sent: its size is all the core reports.
          this.length = start;
          return { tooLarge: fstatSync(fd).size };
        }
      }
    } finally {
      closeSync(fd);
    }
  }

  /** What was read, or undefined when no file was. */
  bytes(): Uint8Array | undefined {
    return this.buffer?.subarray(0, this.length);
  }

  /** The buffer, with room for at least one more read of a typical text. */
  private room(): Buffer {
    const free = (this.buffer?.length ?? 0) - this.length;
    if (this.buffer === undefined || free < 16384) {
      const grown = Buffer.allocUnsafeSlow(Math.max(65536, (this.buffer?.length ?? 0) * 2));
      this.buffer?.copy(grown, 0, 0, this.length);
      this.buffer = grown;
    }
    return this.buffer;
  }
}
