import Fuse from 'fuse.js';
import { foldLetters, withoutAccents } from '../foldLetters';
import { memoized } from '../memo';

/** An entry of the symbol search: a person, a meeting or a document. */
export interface SymbolEntry {
  readonly id: string;
  readonly kind: 'person' | 'meeting' | 'document';
  readonly label: string;
  readonly detail: string;
}

/** A search result with fuse.js's score (0 is a perfect match). */
export interface ScoredSymbol extends SymbolEntry {
  readonly score: number;
}

/** The order of kinds at an equal score: a person before a meeting, a meeting before a document. */
const KIND_ORDER: Readonly<Record<SymbolEntry['kind'], number>> = { person: 0, meeting: 1, document: 2 };

/**
 * The name of a symbol for the workbench's Ctrl+T, which filters the symbols again by their name, letter by letter and
 * accents included: for a query typed without accents, a name that has some is followed by its spelling without them
 * (`Maroš Šefčovič (Maros Sefcovic)`), else `Sefcovic` would drop the symbol the search found.
 */
export function workbenchSymbolName(name: string, query: string): string {
  if (/[^ -~]/.test(query)) {
    return name;
  }
  const plain = withoutAccents(name);
  return plain === name ? name : `${name} (${plain})`;
}

/** Labels and details without their accents, folded once: each keystroke scores the same few hundred entries again. */
const folded = memoized(foldLetters, 50000);

/** A field of an entry as fuse.js compares it: without its accents. */
function foldedField(entry: SymbolEntry, path: string | string[]): string {
  const key = (Array.isArray(path) ? path[0] : path) === 'detail' ? 'detail' : 'label';
  return folded(entry[key]);
}

/** How many entries sharing the most trigrams with the query go on to fuse.js for scoring. */
const CANDIDATES = 400;

function normalize(text: string): string {
  return foldLetters(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function trigrams(text: string): Set<string> {
  const padded = ` ${text} `;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) {
    grams.add(padded.slice(i, i + 3));
  }
  return grams;
}

/**
 * Fuzzy search over the corpus's symbols for Workspace Symbols. A trigram index picks the few hundred entries
 * that share most letters with the query, and fuse.js ranks them: fuse.js over ten thousand people on every
 * keystroke would be too slow, over a few hundred it is a millisecond.
 */
export class SymbolSearch {
  private readonly postings = new Map<string, number[]>();
  private readonly labels: string[];

  constructor(private readonly entries: readonly SymbolEntry[]) {
    // What a query's trigrams are looked for in: the label, with a person's other spellings and a meeting's date and
    // place (`Bishkek` finds the summit held there, whose label is only its body).
    this.labels = entries.map((e) => normalize(`${e.label} ${e.kind === 'person' ? (e.detail.split(' · ').pop() ?? '') : e.kind === 'meeting' ? e.detail : ''}`));
    this.labels.forEach((label, index) => {
      for (const gram of trigrams(label)) {
        let list = this.postings.get(gram);
        if (!list) {
          list = [];
          this.postings.set(gram, list);
        }
        list.push(index);
      }
    });
  }

  /** The best matches for what the user typed, best first. */
  search(query: string, limit = 50): ScoredSymbol[] {
    const normalized = normalize(query);
    if (normalized === '') {
      return [];
    }
    let candidates: number[];
    if (normalized.length < 3) {
      candidates = [];
      for (let i = 0; i < this.labels.length && candidates.length < CANDIDATES; i++) {
        if ((this.labels[i] ?? '').split(' ').some((w) => w.startsWith(normalized))) {
          candidates.push(i);
        }
      }
    } else {
      const counts = new Map<number, number>();
      for (const gram of trigrams(normalized)) {
        for (const index of this.postings.get(gram) ?? []) {
          counts.set(index, (counts.get(index) ?? 0) + 1);
        }
      }
      candidates = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, CANDIDATES).map(([index]) => index);
    }
    const pool = candidates.map((i) => this.entries[i]).filter((e): e is SymbolEntry => e !== undefined);
    // fuse.js compares the label and detail without their accents, as the query: `Lodz` finds `Łódź`, `Núñez` `Nunez`.
    const foldedQuery = foldLetters(query);
    const fuse = new Fuse(pool, { keys: [{ name: 'label', weight: 3 }, { name: 'detail', weight: 1 }], getFn: foldedField, includeScore: true, threshold: 0.4, ignoreLocation: true });
    const found = fuse.search(foldedQuery).map((r) => ({ ...r.item, score: r.score ?? 0 }));
    // The order: how well the entity's own name matches, not its detail (a text's file, `texts/2024-06-lavrov.txt`,
    // made a text outrank the person it names); at an equal name score (to two decimals) a person, then a meeting,
    // then a document; then the score over name and detail.
    const byName = new Fuse(found, { keys: ['label'], getFn: foldedField, includeScore: true, threshold: 1, ignoreLocation: true });
    const nameScores = new Map(byName.search(foldedQuery).map((r) => [r.item, Math.round((r.score ?? 0) * 100)]));
    const nameScore = (entry: ScoredSymbol): number => nameScores.get(entry) ?? 100;
    return found.sort((a, b) => nameScore(a) - nameScore(b) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.score - b.score).slice(0, limit);
  }
}
