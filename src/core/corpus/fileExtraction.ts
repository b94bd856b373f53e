import type { Registry } from '../registry/registryFile';
import { extractText, type TextExtraction } from '../recognize/textExtraction';
import { decodeText, type UnreadableReason } from './textDecoding';

/** Texts larger than this are not indexed: a 50 MB dump is not a communiqué, and it would stall the editor. */
export const MAX_TEXT_BYTES = 20 * 1024 * 1024;

/**
 * What one corpus file gives the index: its extraction with the text's length (UTF-16 code units, as offsets count)
 * and size in bytes, or why it is not indexed. Plain data, so that another thread can compute it and send it back.
 */
export type FileExtraction =
  | { readonly extraction: TextExtraction; readonly length: number; readonly bytes: number }
  | { readonly unreadable: UnreadableReason }
  | { readonly tooLarge: number }
  | { readonly missing: true };

/**
 * Decodes and extracts the bytes of a corpus file (undefined: the file does not exist), with the same checks, in the
 * same order, as a full indexing run in the calling thread: the size limit, then binary and UTF-8 (`decodeText`).
 * The messages are worded by the caller (`describeUnreadable` and the size sentence of `createChancery`).
 */
export function extractFile(bytes: Uint8Array | undefined, registry: Registry | undefined): FileExtraction {
  if (bytes === undefined) {
    return { missing: true };
  }
  if (bytes.byteLength > MAX_TEXT_BYTES) {
    return { tooLarge: bytes.byteLength };
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    return { unreadable: decoded.reason };
  }
  return { extraction: extractText(decoded.text, registry), length: decoded.text.length, bytes: bytes.byteLength };
}
