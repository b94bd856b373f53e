import { foldLetters } from '../foldLetters';
import { HONORIFICS, INNER_CAPITAL_PREFIXES, NAME_HONORIFICS } from '../lexicon/lexicon.generated';

/** A personal name split into what identity rules compare: given-name initials and the surname. */
export interface PersonName {
  /** The name as written, spaces normalised and honorifics left out: `N. Nazarbaev`, `Sergey Lavrov`, `Lavrov`. */
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
  return foldLetters(name)
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

// A generational suffix after a name (`Jr.`, `III`).
const GENERATION = /^(?:Jr|Sr)\.?$|^(?:II|III|IV)$/;
// Chinese, Korean and Vietnamese names put the family name first (`Wang Yi`, `Hu Jintao`); they are
// compared as whole names, never as initial + surname, because `Y. Wang` is not how texts write them.
const FAMILY_FIRST = new Set(['wang', 'li', 'zhang', 'liu', 'chen', 'yang', 'huang', 'zhao', 'wu', 'zhou', 'xu', 'sun', 'ma', 'zhu', 'hu', 'guo', 'he', 'gao', 'lin', 'luo', 'zheng', 'liang', 'xie', 'song', 'tang', 'han', 'feng', 'deng', 'cao', 'peng', 'zeng', 'xiao', 'tian', 'dong', 'pan', 'yuan', 'cai', 'jiang', 'yu', 'du', 'ye', 'cheng', 'wei', 'su', 'lu', 'ding', 'ren', 'shen', 'yao', 'jin', 'xi', 'wen', 'qian', 'kim', 'park', 'lee', 'choi', 'nguyen',
  // Korean family names besides (`Yoon Suk Yeol`, `Ban Ki-moon`, `Moon Jae-in`, `Shin Won-sik`), and Singapore's `Lim`.
  'yoon', 'yun', 'jung', 'jeong', 'kang', 'cho', 'jo', 'jang', 'lim', 'seo', 'shin', 'kwon', 'hwang', 'ahn', 'jeon', 'hong', 'moon', 'yoo', 'ban', 'roh']);

// Lower-case particles of a surname (`von der Leyen`, `van der Hoeven`): neither given names nor initials. An Arabic
// article joined to a name by a hyphen (`al-Sudani`) is the name's word, not a particle.
const PARTICLE = /^\p{Ll}(?!\p{Ll}{0,2}-\p{Lu})/u;
// The same particles written with a capital (`Herman Van Rompuy`, `Alexander De Croo`, `Jean-Yves Le Drian`), and the
// lower-case ones at a sentence's start (`Von der Leyen said`): part of the surname, so that `Van Rompuy` alone is
// Herman Van Rompuy's surname and not a given name `Van`. A Vietnamese middle name `Van` (`Vo Van Thuong`) is read so
// too, which keeps the person one.
export const CAPITAL_PARTICLES: ReadonlySet<string> = new Set(['Van', 'Von', 'De', 'Der', 'Den', 'Du', 'Da', 'Di', 'Del', 'Della', 'Dos', 'Das', 'Ter', 'Ten', 'Le', 'La', 'Al', 'El']);
/** The Arabic article in lower case, as a name writes it joined by a hyphen (`al-Sudani`, `el-Sisi`, `ash-Shaibani`). */
export const ARABIC_ARTICLE = '(?:al|el|ad|an|ar|as|ash|at|az)';
/**
 * The start of a capitalised name word up to its first lower-case letters (`\p{Lu}[\p{Ll}'’]+`), a capital and an
 * apostrophe (`O'` of `O'Brien`), one of the lexicon's INNER_CAPITAL_PREFIXES (`Di` of `DiCarlo`, `Mc` of `McAleese`)
 * or the Arabic article and a hyphen (`al-` of `al-Sudani`) allowed before its capital. A capital anywhere else inside
 * a word makes it no name's (`EU`, `UNSC`, `SpaceX`); the grammar reads its name words by the same rule. One reading
 * per word, so no input backtracks exponentially.
 */
export const SURNAME_PATTERN = String.raw`(?:\p{Lu}['’]|(?:${INNER_CAPITAL_PREFIXES.join('|')})(?=\p{Lu}\p{Ll})|${ARABIC_ARTICLE}-(?=\p{Lu}))?\p{Lu}[\p{Ll}\p{M}'’\u02BB]+`;

// `S.V. Lavrov`: initials written without a blank between them, read as `S. V.`.
const JOINED_INITIALS = /(\p{Lu}\p{Ll}?\.)(?=\p{Lu})/gu;

// The lexicon's honorifics (`Dr.`, `Sir`, `H.E.`, `His Excellency`), by their words as a name is split into them
// (`H.E.` is `H.` and `E.`, as joined initials are).
const HONORIFIC_WORDS: readonly (readonly string[])[] = HONORIFICS.map((honorific) => honorific.replace(JOINED_INITIALS, '$1 ').split(' '));
const HONORIFIC_FIRST: ReadonlySet<string> = new Set(HONORIFIC_WORDS.map((words) => words[0] ?? ''));

/**
 * How many of the first words are honorifics, one or two (`H.E. Mr.`), when a word of the name follows them; two words
 * of it after one that is also a name's first word (`Sheikh Tamim Al Thani`, but `Sheikh Hasina` is the name).
 */
function honorificWords(tokens: readonly string[]): number {
  let at = 0;
  if (!HONORIFIC_FIRST.has(tokens[0] ?? '')) {
    return 0;
  }
  for (let count = 0; count < 2; count++) {
    const honorific = HONORIFIC_WORDS.find(
      (words) => at + words.length + (words.length === 1 && NAME_HONORIFICS.includes(words[0] ?? '') ? 1 : 0) < tokens.length && words.every((word, i) => tokens[at + i] === word),
    );
    if (!honorific) {
      break;
    }
    at += honorific.length;
  }
  return at;
}

/** The text after its first characters that, blanks aside, spell `prefix` (which it starts with). */
function dropWords(text: string, prefix: string): string {
  let at = 0;
  for (let read = 0; read < prefix.length; at++) {
    read += text.charCodeAt(at) === 32 ? 0 : 1;
  }
  return text.slice(at).trim();
}

/**
 * Parses a written personal name. Returns undefined for text that holds no capitalised word. Honorifics before the
 * name (`Dr. Vivian Balakrishnan`, `Sir Keir Starmer`) are no part of it.
 */
export function parsePersonName(written: string): PersonName | undefined {
  const spaced = written.replace(/\s+/g, ' ').trim();
  const split = spaced.replace(JOINED_INITIALS, '$1 ').split(' ').filter((t) => t !== '');
  const honorifics = honorificWords(split);
  const named = honorifics === 0 ? split : split.slice(honorifics);
  // A generational suffix (`Ferdinand R. Marcos Jr.`) is no surname: the name before it is compared.
  const tokens = named.length > 2 && GENERATION.test(named[named.length - 1] ?? '') ? named.slice(0, -1) : named;
  // As written, without the honorifics; joined initials stay joined (`S.V. Lavrov`).
  const normalized = honorifics === 0 ? spaced : dropWords(spaced, split.slice(0, honorifics).join(''));
  if (tokens.length === 0 || !/^(?:\p{Lu}|\p{Ll}{1,3}-\p{Lu})/u.test(tokens[tokens.length - 1] ?? '')) {
    return undefined;
  }
  // `N.`, `Ts.`, `A.-K.`: initials of given names.
  const initialOf = (token: string): string | undefined => /^(\p{Lu})\p{Ll}?\.(?:-\p{Lu}\.)?$/u.exec(token)?.[1];
  const words = tokens.filter((t) => initialOf(t) === undefined && !PARTICLE.test(t));
  if (words.length === 0) {
    return undefined;
  }
  const first = words[0] ?? '';
  // A family name in capitals (`SHIN Won-sik`, `DONG Jun`) is read as the last word is, as `findKnownNames` files it.
  if (words.length === tokens.length && words.length >= 2 && FAMILY_FIRST.has(first.toLowerCase()) && first !== first.toUpperCase()) {
    const given = words.slice(1);
    return { written: normalized, initials: [], given, givenKey: foldName(given.join('')), surname: first, surnameKey: foldName(words.join('')) };
  }
  // The surname is the last word with the particles written just before it; initials and given names keep their order
  // (`Sergei V. Lavrov` gives `S`, `V`).
  let surnameStart = tokens.length - 1;
  while (surnameStart > 0 && (PARTICLE.test(tokens[surnameStart - 1] ?? '') || CAPITAL_PARTICLES.has(tokens[surnameStart - 1] ?? ''))) {
    surnameStart--;
  }
  const initials: string[] = [];
  const given: string[] = [];
  for (const token of tokens.slice(0, surnameStart)) {
    const initial = initialOf(token);
    if (initial !== undefined) {
      initials.push(initial);
    } else if (!PARTICLE.test(token)) {
      given.push(token);
      initials.push(token.charAt(0).toUpperCase());
    }
  }
  const surname = tokens.slice(surnameStart).join(' ');
  // Copies of the lists, which are as long as their contents: the index keeps a parsed name per written form for
  // as long as the corpus is open, and a list grown by `push` holds room for seventeen.
  return { written: normalized, initials: initials.slice(), given: given.slice(), givenKey: given[0] === undefined ? undefined : foldName(given[0]), surname, surnameKey: foldName(surname) };
}

/** Whether a name is written with its family name first (a Chinese name), so compared whole. */
export function isWholeName(name: PersonName): boolean {
  return name.initials.length === 0 && name.given.length > 0;
}

/** Whether two written names may be one person's: their initials agree as far as both go, and so do written given names. */
export function initialsCompatible(a: PersonName, b: PersonName): boolean {
  const length = Math.min(a.initials.length, b.initials.length);
  for (let i = 0; i < length; i++) {
    if (a.initials[i] !== b.initials[i]) {
      return false;
    }
  }
  // Two written given names must agree, not only their initials (`Sergey` and `Semyon` are different people); a
  // hyphenated given name may be written with a blank (`Kassym-Jomart`, `Kassym Jomart`).
  return a.givenKey === undefined || b.givenKey === undefined || a.givenKey === b.givenKey || sameHyphenatedGiven(a, b);
}

function sameHyphenatedGiven(a: PersonName, b: PersonName): boolean {
  return a.given.length !== b.given.length && (a.given.some((g) => g.includes('-')) || b.given.some((g) => g.includes('-'))) && foldName(a.given.join('')) === foldName(b.given.join(''));
}
