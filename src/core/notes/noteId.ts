/** Id alphabet: lower-case letters and digits, so ids are plain YAML scalars and safe in URLs and file names. */
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
const ID_LENGTH = 12;

/**
 * Makes a fresh random note id such as `n-k3v9q2m7x0ab` (about 62 bits of randomness).
 * Uses `globalThis.crypto`, present in Node 20 and in browsers; `taken` guards against the astronomically
 * unlikely collision inside one file, and ids of deleted notes are never handed out again because they are random.
 */
export function createNoteId(taken: ReadonlySet<string> = new Set()): string {
  for (;;) {
    const bytes = new Uint8Array(ID_LENGTH);
    globalThis.crypto.getRandomValues(bytes);
    let id = 'n-';
    for (const byte of bytes) {
      // 252 = 7 * 36: rejecting the top 4 byte values keeps every character equally likely.
      if (byte >= 252) {
        continue;
      }
      id += ALPHABET[byte % ALPHABET.length];
    }
    if (id.length === ID_LENGTH + 2 && !taken.has(id)) {
      return id;
    }
  }
}
