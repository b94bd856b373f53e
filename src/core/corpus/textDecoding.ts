/** Why a corpus file cannot be read as text. */
export type UnreadableReason = 'binary' | 'not-utf8';

export type DecodedText = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: UnreadableReason };

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
/** UTF-16 with a byte order mark, as Windows tools save "Unicode" text; VS Code opens it as text, so Chancery does. */
let utf16: { le: InstanceType<typeof TextDecoder>; be: InstanceType<typeof TextDecoder> } | undefined;

/**
 * Decodes a corpus file: UTF-8, or UTF-16 that starts with its byte order mark (the mark is not part of the text, as
 * in the editor). A NUL byte in the first 8 KiB marks a binary file (as git decides), unless every other byte is NUL
 * (UTF-16 without a mark, which is reported as not UTF-8 rather than as binary). Invalid bytes are reported rather
 * than replaced, so that offsets never drift from what the editor shows.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const bom = bytes.length >= 2 ? (bytes[0] === 0xff && bytes[1] === 0xfe ? 'le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'be' : undefined) : undefined;
  if (bom !== undefined) {
    utf16 ??= { le: new TextDecoder('utf-16le', { fatal: true, ignoreBOM: false }), be: new TextDecoder('utf-16be', { fatal: true, ignoreBOM: false }) };
    try {
      return { ok: true, text: utf16[bom].decode(bytes) };
    } catch {
      return { ok: false, reason: 'not-utf8' };
    }
  }
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) {
    return { ok: false, reason: looksLikeUtf16(head) ? 'not-utf8' : 'binary' };
  }
  try {
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    return { ok: false, reason: 'not-utf8' };
  }
}

/** Whether the NUL bytes of a file's head fall on every other byte, as in UTF-16 text of Latin letters. */
function looksLikeUtf16(head: Uint8Array): boolean {
  let even = 0;
  let odd = 0;
  for (let i = 0; i < head.length; i++) {
    if (head[i] === 0) {
      if (i % 2 === 0) {
        even++;
      } else {
        odd++;
      }
    }
  }
  const pairs = Math.floor(head.length / 2);
  return pairs >= 8 && (even >= pairs * 0.9 || odd >= pairs * 0.9) && Math.min(even, odd) === 0;
}

/** A sentence for the output channel or the CLI saying why a file was skipped. */
export function describeUnreadable(path: string, reason: UnreadableReason): string {
  return reason === 'binary'
    ? `${path}: skipped, it is a binary file, not a text.`
    : `${path}: skipped, it is neither UTF-8 text nor UTF-16 with a byte order mark; re-save it as UTF-8.`;
}
