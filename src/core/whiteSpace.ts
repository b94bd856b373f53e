/**
 * Whether a UTF-16 code unit is white space as the regular expression class `\s` reads it, for scans that read a
 * text code by code (anchoring's folding, recognition's word edges) without a regular expression per character.
 */
export function isWhiteSpace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
