// One extraction thread of the command line's pool (`extractionPool.ts`): decodes and extracts the files (or
// extracts the texts) it is sent, in batches, with the registry they name, and sends the results of each batch back in
// one message, encoded by `ResultEncoder` (`extractionCodec.ts`). The registry comes once per worker, then by its number.
// The pool's thread reads the files: their bytes come in one buffer per batch, moved here without a copy.
import { parentPort } from 'node:worker_threads';
import { extractFile } from '../core/corpus/fileExtraction';
import type { Registry } from '../core/registry/registryFile';
import { extractText } from '../core/recognize/textExtraction';
import { ResultEncoder, type EncodedResults, type ExtractionResult } from './extractionCodec';

/** A text to extract, or a file's bytes to decode and extract: `start` to `end` in the batch's `bytes`. */
export type ExtractionItem = { readonly text: string } | { readonly start: number; readonly end: number };

/** Items to extract with one registry; `registry` is present the first time its `registryId` is used with this worker. */
export interface ExtractionBatch {
  readonly items: readonly ExtractionItem[];
  /** The bytes of the batch's files, one after the other; its buffer is transferred. */
  readonly bytes?: Uint8Array | undefined;
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

function extract(item: ExtractionItem, bytes: Uint8Array | undefined, registry: Registry | undefined): ExtractionResult {
  try {
    if ('text' in item) {
      return { extraction: extractText(item.text, registry) };
    }
    return extractFile((bytes ?? new Uint8Array(0)).subarray(item.start, item.end), registry);
  } catch (error) {
    return { error: (error as Error).message };
  }
}

parentPort?.on('message', (batch: ExtractionBatch) => {
  if ('registry' in batch) {
    registries.set(batch.registryId, batch.registry);
  }
  const registry = registries.get(batch.registryId);
  const reply: ExtractionReply = encoder.encode(batch.items.map((item) => extract(item, batch.bytes, registry)));
  // The numbers move to the pool's thread without a copy.
  parentPort?.postMessage(reply, [reply.data.buffer]);
});
