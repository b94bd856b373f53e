/** A personal name split into what identity rules compare: given-name initials and the surname. */
export interface PersonName {
  /** The name as written, spaces normalised: `N. Nazarbaev`, `Sergey Lavrov`, `Lavrov`. */
  readonly written: string;
  /** Upper-case initials of the given names, `['S']` for both `S. Lavrov` and `Sergey Lavrov`; empty for a bare surname. */
  readonly initials: readonly string[];
  /** Full given names when written (`['Sergey']`), empty for `S. Lavrov`. */
  readonly given: readonly string[];
  /** The first given name folded (`sergei` and `sergey` meet), or undefined when only initials are written. */
  readonly givenKey: string | undefined;
  readonly surname: string;
  /** The surname folded across transliterations (`Nazarbayev` and `Nazarbaev` give `nazarbaev`). */
  readonly surnameKey: string;
}

/**
 * Folds a name across the usual romanisations of Russian and Central Asian names, so that
 * `Nazarbayev`/`Nazarbaev`, `Bakiyev`/`Bakiev`, `Aytmatov`/`Aitmatov`, `Khamrokhon`/`Hamrokhon` meet.
 * It never decides identity alone: initials and states must also agree.
 */
export function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/kh/g, 'h')
    .replace(/dzh|dj/g, 'j')
    .replace(/ye/g, 'e')
    .replace(/yu/g, 'u')
    .replace(/ya/g, 'a')
    .replace(/iy/g, 'i')
    .replace(/y/g, 'i')
    .replace(/(.)\1+/g, '$1');
}

// Chinese, Korean and Vietnamese names put the family name first (`Wang Yi`, `Hu Jintao`); they are
// compared as whole names, never as initial + surname, because `Y. Wang` is not how texts write them.
const FAMILY_FIRST = new Set(['wang', 'li', 'zhang', 'liu', 'chen', 'yang', 'huang', 'zhao', 'wu', 'zhou', 'xu', 'sun', 'ma', 'zhu', 'hu', 'guo', 'he', 'gao', 'lin', 'luo', 'zheng', 'liang', 'xie', 'song', 'tang', 'han', 'feng', 'deng', 'cao', 'peng', 'zeng', 'xiao', 'tian', 'dong', 'pan', 'yuan', 'cai', 'jiang', 'yu', 'du', 'ye', 'cheng', 'wei', 'su', 'lu', 'ding', 'ren', 'shen', 'yao', 'jin', 'xi', 'wen', 'qian', 'kim', 'park', 'lee', 'choi', 'nguyen']);

/** Parses a written personal name. Returns undefined for text that holds no capitalised word. */
export function parsePersonName(written: string): PersonName | undefined {
  const normalized = written.replace(/\s+/g, ' ').trim();
  const tokens = normalized.split(' ').filter((t) => t !== '');
  if (tokens.length === 0 || !/^\p{Lu}/u.test(tokens[tokens.length - 1] ?? '')) {
    return undefined;
  }
  const initials: string[] = [];
  const given: string[] = [];
  const words: string[] = [];
  for (const token of tokens) {
    // `N.`, `Ts.`, `A.-K.`: initials of given names.
    const initial = /^(\p{Lu}\p{Ll}?)\.(?:-(\p{Lu})\.)?$/u.exec(token);
    if (initial) {
      initials.push((initial[1] ?? '').charAt(0));
      continue;
    }
    words.push(token);
  }
  if (words.length === 0) {
    return undefined;
  }
  const first = words[0] ?? '';
  if (initials.length === 0 && words.length >= 2 && FAMILY_FIRST.has(first.toLowerCase())) {
    const given = words.slice(1);
    return { written: normalized, initials: [], given, givenKey: foldName(given.join('')), surname: first, surnameKey: foldName(words.join('')) };
  }
  const surname = words[words.length - 1] ?? '';
  for (const word of words.slice(0, -1)) {
    given.push(word);
    initials.push(word.charAt(0).toUpperCase());
  }
  // Copies of the lists, which are as long as their contents: the index keeps a parsed name per written form for
  // as long as the corpus is open, and a list grown by `push` holds room for seventeen.
  return { written: normalized, initials: initials.slice(), given: given.slice(), givenKey: given[0] === undefined ? undefined : foldName(given[0]), surname, surnameKey: foldName(surname) };
}

/** Whether a name is written with its family name first (a Chinese name), so compared whole. */
export function isWholeName(name: PersonName): boolean {
  return name.initials.length === 0 && name.given.length > 0;
}
