// One item of extraction work, as a worker thread of the pool (`extractionWorker.ts`) and the pool's own thread
// (`ExtractionPool`, when it would otherwise wait) both do it: the same code on both sides gives the same result.
import { extractFile } from '../core/corpus/fileExtraction';
import type { Registry } from '../core/registry/registryFile';
import { extractText } from '../core/recognize/textExtraction';
import type { ExtractionResult } from './extractionCodec';

/** A text to extract, or an absolute path to read, decode and extract (`extractFile`). */
export type ExtractionItem = { readonly text: string } | { readonly path: string };

/** Whether a read failed because the file does not exist (a file deleted since it was listed). */
export function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === 'ENOENT';
}

/**
 * Extracts one item; `read` gives a file's bytes (undefined when it does not exist). A failure is an answer, not an
 * exception: the caller of the pool reads and extracts that file itself, with the diagnostics of that path.
 */
export function extractItem(item: ExtractionItem, registry: Registry | undefined, read: (path: string) => Uint8Array | undefined): ExtractionResult {
  try {
    return 'text' in item ? { extraction: extractText(item.text, registry) } : extractFile(read(item.path), registry);
  } catch (error) {
    return { error: (error as Error).message };
  }
}
