// One extraction thread of the command line's pool (`extractionPool.ts`): extracts the texts it is sent with the
// registry they name, and sends each extraction back. The registry comes once per worker, then by its number.
import { parentPort } from 'node:worker_threads';
import type { Registry } from '../core/registry/registryFile';
import { extractText } from '../core/recognize/textExtraction';

/** A text to extract; `registry` is present the first time its `registryId` is used with this worker. */
export interface ExtractionRequest {
  readonly id: number;
  readonly text: string;
  readonly registryId: number;
  readonly registry?: Registry | undefined;
}

// Kept by number so that the same object reaches `extractText` each time: its compiled patterns are cached per object.
const registries = new Map<number, Registry | undefined>();

parentPort?.on('message', (request: ExtractionRequest) => {
  if ('registry' in request) {
    registries.set(request.registryId, request.registry);
  }
  try {
    // As JSON text: the pool's thread, which also indexes, parses it faster than it would deserialise the objects
    // of a structured clone (about half the time), and extractions hold only plain data (an undefined field is left out).
    parentPort?.postMessage({ id: request.id, extraction: JSON.stringify(extractText(request.text, registries.get(request.registryId))) });
  } catch (error) {
    parentPort?.postMessage({ id: request.id, error: (error as Error).message });
  }
});
