import type { DocId } from '../model';
import type { CorpusIndex, EntityMention, PersonEntity } from './corpusIndex';

/**
 * Names of corpus people written in a text without a role next to them, which extraction cannot know: "Sergey
 * Lavrov" in a text that never gives his office, because another text of the corpus does. Found on demand for the
 * texts open in the editor (colour, hover, go to definition), never during indexing: indexing stays one pass over
 * each text on its own, and mention counts and references stay what extraction found.
 *
 * Only names of two words or more are taken (a full name, or initials and a surname), and only when they belong to
 * one person of the corpus: a bare surname, or a name two people share, is left alone rather than guessed.
 */

/**
 * An initial (`S.`, `Ts.`), a capitalised word, or a lower-case particle inside a name (`von der Leyen`). Only an
 * initial takes a full stop: a name at the end of a sentence is not the name and its full stop.
 */
const WORD = String.raw`(?:\p{Lu}\p{Ll}{0,2}\.|\p{Lu}[\p{L}\p{M}'’-]*|(?:von|van|der|den|de|del|da|di|al|bin|ibn|la|le)(?=\s+\p{Lu}))`;
/** Words of one name are apart by spaces, or by one line break (a name wrapped in a paragraph), never a blank line. */
const GAP = String.raw`(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)`;
/** Runs of such words: the places where a name can stand. */
const NAME_RUN = new RegExp(String.raw`(?<![\p{L}\p{M}.])${WORD}(?:${GAP}${WORD})+`, 'gu');
const WORD_IN_RUN = new RegExp(WORD, 'gu');
/** The longest name tried, in words. */
const MAX_WORDS = 5;

/** A written name as the table keys it: single spaces, one space after an initial's full stop. */
function nameKey(words: readonly string[]): string {
  return words.join(' ');
}

/** Each person by the names they are written with; `null` when two people share the name. */
type NameTable = ReadonlyMap<string, PersonEntity | null>;

function nameTable(people: readonly PersonEntity[]): NameTable {
  const byName = new Map<string, PersonEntity | null>();
  for (const person of people) {
    for (const written of new Set([person.name, ...person.aliases])) {
      const words = written.split(/\s+/).filter((w) => w !== '');
      if (words.length < 2 || words.length > MAX_WORDS) {
        continue;
      }
      const key = nameKey(words);
      const known = byName.get(key);
      byName.set(key, known === undefined || known === person ? person : null);
    }
  }
  return byName;
}

/** For each index: its list of people, their name table, and the last text read of each document with what it gave. */
interface Found {
  readonly people: readonly PersonEntity[];
  readonly table: NameTable;
  readonly byDoc: Map<DocId, { readonly text: string; readonly mentions: readonly EntityMention[] }>;
}

const found = new WeakMap<CorpusIndex, Found>();

/**
 * Mentions of corpus people in one text that the index does not hold, in text order. Spans that overlap an
 * official's or a role's mention of the index are left to the index. The result is kept until the text or the
 * index's people change (a hover and the semantic tokens of one text ask for it many times).
 */
export function corpusNamesIn(index: CorpusIndex, doc: DocId, text: string): readonly EntityMention[] {
  // A text the index refused (too large, not text) is not searched either.
  if (!index.has(doc)) {
    return [];
  }
  const people = index.people();
  let cache = found.get(index);
  if (cache?.people !== people) {
    cache = { people, table: nameTable(people), byDoc: new Map() };
    found.set(index, cache);
  }
  const cached = cache.byDoc.get(doc);
  if (cached?.text === text) {
    return cached.mentions;
  }
  const taken = index.mentionsIn(doc).filter((m) => m.kind === 'official' || m.kind === 'role');
  const mentions: EntityMention[] = [];
  for (const run of text.matchAll(NAME_RUN)) {
    const words = [...run[0].matchAll(WORD_IN_RUN)].map((w) => ({ start: run.index + w.index, end: run.index + w.index + w[0].length, text: w[0] }));
    for (let i = 0; i < words.length - 1; ) {
      const match = longestName(cache.table, words, i);
      if (!match) {
        i++;
        continue;
      }
      const start = words[i]!.start;
      const end = words[match.next - 1]!.end - match.trim;
      if (!taken.some((m) => m.start < end && start < m.end)) {
        const { id, registered } = match.person;
        mentions.push({ doc, start, end, kind: 'official', entityId: id, status: registered ? 'registered' : 'inferred', candidates: [] });
      }
      i = match.next;
    }
  }
  // The texts open in the editor: a few dozen at most are worth keeping.
  if (cache.byDoc.size >= 32) {
    cache.byDoc.delete(cache.byDoc.keys().next().value as DocId);
  }
  cache.byDoc.set(doc, { text, mentions });
  return mentions;
}

/**
 * The longest known name of one person starting at word `i`, at least two words. A short last word read as an
 * initial (`Yi.` at the end of a sentence) is also tried without its full stop, which then stays out of the span.
 */
function longestName(table: NameTable, words: readonly { readonly text: string }[], i: number): { person: PersonEntity; next: number; trim: number } | undefined {
  for (let next = Math.min(words.length, i + MAX_WORDS); next >= i + 2; next--) {
    const key = nameKey(words.slice(i, next).map((w) => w.text));
    const person = table.get(key);
    if (person) {
      return { person, next, trim: 0 };
    }
    const bare = key.endsWith('.') ? table.get(key.slice(0, -1)) : undefined;
    if (bare) {
      return { person: bare, next, trim: 1 };
    }
  }
  return undefined;
}

/** The corpus name at an offset of a text, if one stands there. */
export function corpusNameAt(index: CorpusIndex, doc: DocId, text: string, offset: number): EntityMention | undefined {
  return corpusNamesIn(index, doc, text).find((m) => m.start <= offset && offset < m.end);
}
