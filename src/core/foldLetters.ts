// Letters that no decomposition takes apart (`Ł` of `Łódź`), written as the ASCII letters they are read as.
const UNDECOMPOSED: Readonly<Record<string, string>> = { ł: 'l', ø: 'o', đ: 'd', ð: 'd', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i', þ: 'th', ħ: 'h' };
const UNDECOMPOSED_LETTER = new RegExp(`[${Object.keys(UNDECOMPOSED).join('')}]`, 'g');

/**
 * Text in lower case without its accents, as someone types it who has no such letters on their keyboard:
 * `Łódź` -> `lodz`, `Šefčovič` -> `sefcovic`, `Çavuşoğlu` -> `cavusoglu`. Other characters are kept.
 */
export function foldLetters(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(UNDECOMPOSED_LETTER, (letter) => UNDECOMPOSED[letter] ?? letter);
}
