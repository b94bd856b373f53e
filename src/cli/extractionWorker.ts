// One extraction thread of the command line's pool (`extractionPool.ts`): reads and extracts the files (or extracts
// the texts) it is sent, in batches, with the registry they name, and sends the results of each batch back in one
// message, encoded by `ResultEncoder` (`extractionCodec.ts`). The registry comes once per worker, then by its number.
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { extractFile } from '../core/corpus/fileExtraction';
import type { Registry } from '../core/registry/registryFile';
import { extractText } from '../core/recognize/textExtraction';
import { ResultEncoder, type EncodedResults, type ExtractionResult } from './extractionCodec';

/** A text to extract, or an absolute path to read, decode and extract (`extractFile`). */
export type ExtractionItem = { readonly text: string } | { readonly path: string };

/** Items to extract with one registry; `registry` is present the first time its `registryId` is used with this worker. */
export interface ExtractionBatch {
  readonly items: readonly ExtractionItem[];
  readonly registryId: number;
  readonly registry?: Registry | undefined;
}

/**
 * The answer to a batch: the results of its items, in their order, encoded (`ResultEncoder`). Batches are answered
 * in the order they came.
 */
export type ExtractionReply = EncodedResults;

// Kept by number so that the same object reaches `extractText` each time: its compiled patterns are cached per object.
const registries = new Map<number, Registry | undefined>();
const encoder = new ResultEncoder();

/**
 * Where files are read: one buffer for the life of the worker. A file's bytes are decoded before the next file is
 * read, so they need no buffer of their own; `readFileSync` makes one allocation and one `fstat` call per file.
 */
const buffer = Buffer.allocUnsafe(256 * 1024);

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === 'ENOENT';
}

/** The bytes of a file, valid until the next call; undefined when the file does not exist. */
function read(path: string): Uint8Array | undefined {
  // Synchronous: this thread has nothing else to do meanwhile, and one call is several times quicker than the
  // open/stat/read/close round trips of the promise API for a small file.
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    if (isMissing(error)) {
      return undefined;
    }
    throw error;
  }
  try {
    let length = 0;
    while (length < buffer.length) {
      const count = readSync(fd, buffer, length, buffer.length - length, null);
      if (count === 0) {
        return buffer.subarray(0, length);
      }
      length += count;
    }
  } finally {
    closeSync(fd);
  }
  // Larger than the buffer (rare: a communiqué is a few kilobytes): read whole, in a buffer of its own.
  try {
    return readFileSync(path);
  } catch (error) {
    if (isMissing(error)) {
      return undefined;
    }
    throw error;
  }
}

function extract(item: ExtractionItem, registry: Registry | undefined): ExtractionResult {
  try {
    return 'text' in item ? { extraction: extractText(item.text, registry) } : extractFile(read(item.path), registry);
  } catch (error) {
    return { error: (error as Error).message };
  }
}

parentPort?.on('message', (batch: ExtractionBatch) => {
  if ('registry' in batch) {
    registries.set(batch.registryId, batch.registry);
  }
  const registry = registries.get(batch.registryId);
  const reply: ExtractionReply = encoder.encode(batch.items.map((item) => extract(item, registry)));
  // The numbers move to the pool's thread without a copy.
  parentPort?.postMessage(reply, [reply.data.buffer]);
});
