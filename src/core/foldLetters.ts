// Letters that no decomposition takes apart (`Ł` of `Łódź`), written as the ASCII letters they are read as.
const UNDECOMPOSED: Readonly<Record<string, string>> = {
  ł: 'l',
  Ł: 'L',
  ø: 'o',
  Ø: 'O',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  Ð: 'D',
  ß: 'ss',
  ẞ: 'SS',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  ı: 'i',
  þ: 'th',
  Þ: 'TH',
  ħ: 'h',
  Ħ: 'H',
};
const UNDECOMPOSED_LETTER = new RegExp(`[${Object.keys(UNDECOMPOSED).join('')}]`, 'gu');

/**
 * Text without its accents, as someone writes it who has no such letters on their keyboard, case kept:
 * `Łódź` -> `Lodz`, `Šefčovič` -> `Sefcovic`, `Çavuşoğlu` -> `Cavusoglu`. Other characters are kept.
 */
export function withoutAccents(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(UNDECOMPOSED_LETTER, (letter) => UNDECOMPOSED[letter] ?? letter);
}

/** Text in lower case without its accents (`withoutAccents`): `Łódź` -> `lodz`. */
export function foldLetters(text: string): string {
  return withoutAccents(text).toLowerCase();
}
