// One extraction thread of the command line's pool (`extractionPool.ts`): reads and extracts the files (or extracts
// the texts) it is sent, in batches, with the registry they name, and sends the results of each batch back in one
// message. The registry comes once per worker, then by its number.
import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { extractFile, type FileExtraction } from '../core/corpus/fileExtraction';
import type { Registry } from '../core/registry/registryFile';
import { extractText, type TextExtraction } from '../core/recognize/textExtraction';

/** A text to extract, or an absolute path to read, decode and extract (`extractFile`). */
export type ExtractionItem = { readonly text: string } | { readonly path: string };

/** Items to extract with one registry; `registry` is present the first time its `registryId` is used with this worker. */
export interface ExtractionBatch {
  readonly items: readonly ExtractionItem[];
  readonly registryId: number;
  readonly registry?: Registry | undefined;
}

/** One item's result: a text's extraction, a file's (`FileExtraction`), or why it failed. */
export type ExtractionResult = { readonly extraction: TextExtraction } | FileExtraction | { readonly error: string };

/**
 * The answer to a batch, in the order of its items: their results as one JSON array. Batches are answered in the
 * order they came. JSON text,
 * because the pool's thread, which also indexes, parses it faster than it would deserialise the objects of a
 * structured clone (about half the time), and results hold only plain data (an undefined field is left out).
 */
export interface ExtractionReply {
  readonly results: string;
}

// Kept by number so that the same object reaches `extractText` each time: its compiled patterns are cached per object.
const registries = new Map<number, Registry | undefined>();

function read(path: string): Uint8Array | undefined {
  try {
    // Synchronous: this thread has nothing else to do meanwhile, and one call is several times quicker than the
    // open/stat/read/close round trips of the promise API for a small file.
    return readFileSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
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
  const reply: ExtractionReply = { results: JSON.stringify(batch.items.map((item) => extract(item, registry))) };
  parentPort?.postMessage(reply);
});
