/** Why a corpus file cannot be read as text. */
export type UnreadableReason = 'binary' | 'not-utf8';

export type DecodedText = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: UnreadableReason };

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Decodes a corpus file as UTF-8 text. A NUL byte in the first 8 KiB marks a binary file (as git decides);
 * invalid UTF-8 is reported rather than replaced, so that offsets never drift from what the editor shows.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) {
    return { ok: false, reason: 'binary' };
  }
  try {
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    return { ok: false, reason: 'not-utf8' };
  }
}

/** A sentence for the output channel or the CLI saying why a file was skipped. */
export function describeUnreadable(path: string, reason: UnreadableReason): string {
  return reason === 'binary'
    ? `${path}: skipped, it is a binary file, not a text.`
    : `${path}: skipped, it is not valid UTF-8 text; re-save it as UTF-8.`;
}
