import * as assert from 'node:assert/strict';
import { createChancery, type Chancery } from '../../../src/core/chancery';
import { isInCorpus } from '../../../src/core/corpus/corpusGlobs';
import { InMemoryCorpusSource } from './inMemoryCorpusSource';

// The index the editor keeps current, one change at a time, must equal an index built afresh from the same files
// and registry (what `chancery index` builds). Random sequences of changes check it; each comes from a seed, so a
// failure can be replayed alone: INCREMENTAL_SEED=<seed> npx mocha --config .mocharc.unit.json <this file>.
const FIRST_SEED = 1;
const SEQUENCES = 24;
const STEPS = 12;


/** A seeded source of random numbers (mulberry32): the same seed, the same sequence. */
class Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  below(n: number): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  }
  pick<T>(list: readonly T[]): T {
    return list[this.below(list.length)] as T;
  }
  chance(percent: number): boolean {
    return this.below(100) < percent;
  }
}

// Word lists written for this test. Few surnames, so that initials, full names, states and bare surnames of
// different people meet, and with them the identity rules that depend on what the index saw first.
const GIVEN = ['Viktor', 'Vadim', 'Rustam', 'Ruslan'];
const SURNAMES = ['Orlov', 'Sadykov', 'Temirov'];
const STATES: readonly (readonly [written: string, name: string])[] = [
  ['the Russian Federation', 'Russia'],
  ['the Republic of Kazakhstan', 'Kazakhstan'],
  ['the Kyrgyz Republic', 'Kyrgyzstan'],
];
const ROLES = ['President', 'Prime Minister', 'Minister of Foreign Affairs'];
const BODIES = ['Council of Heads of State', 'Council of Ministers of Foreign Affairs'];
const PLACES = ['Bishkek', 'Kazan', 'Almaty'];
const MONTHS = ['March', 'May', 'October'];
const YEARS = [2011, 2015, 2019];
// `archive/` is outside the corpus globs: texts renamed there leave the corpus, and come back.
const CORPUS_GLOB = 'texts/**/*.txt';
const FOLDERS = ['texts', 'texts/2015', 'texts/2019', 'archive', 'archive/old'];
const QUERIES = [...SURNAMES, 'Council', 'Charter'];

const NAME = new RegExp(`(?:[A-Z][a-z]+|[A-Z]\\.) (?:${SURNAMES.join('|')})`, 'g');
const ROLE = new RegExp(ROLES.join('|'), 'g');
const DATE = new RegExp(`\\d{1,2} (?:${MONTHS.join('|')}) \\d{4}`, 'g');

const nameOf = (random: Random): string => `${random.chance(50) ? random.pick(GIVEN) : `${random.pick(GIVEN)[0]}.`} ${random.pick(SURNAMES)}`;
const dateOf = (random: Random): string => `${1 + random.below(28)} ${random.pick(MONTHS)} ${random.pick(YEARS)}`;

function officialOf(random: Random): string {
  // An organisation's official has no state: an initial of a state may then join him, or the next one.
  return random.chance(20) ? `SCO Secretary-General ${nameOf(random)}` : `${random.pick(ROLES)} of ${random.pick(STATES)[0]} ${nameOf(random)}`;
}

function sentenceOf(random: Random): string {
  switch (random.below(6)) {
    case 0:
      return `On ${dateOf(random)} the ${random.pick(BODIES)} of the SCO met in ${random.pick(PLACES)}.`;
    case 1:
      return `${officialOf(random)} chaired the meeting. It was attended by ${officialOf(random)} and ${officialOf(random)}.`;
    case 2:
      return `${random.pick(SURNAMES)} thanked ${officialOf(random)} for the welcome.`;
    case 3:
      // A name without a role: found only when the text or the registry names that person elsewhere.
      return `${nameOf(random)} spoke about the agenda.`;
    case 4:
      // A role without a name: the registry's dated roles say who held it.
      return `The ${random.pick(ROLES)} of ${random.pick(STATES)[0]} noted the progress made since ${dateOf(random)}.`;
    default:
      return `${officialOf(random)} signed the Charter of the Shanghai Cooperation Organization on ${dateOf(random)}.`;
  }
}

function textOf(random: Random): string {
  const sentences = Array.from({ length: 2 + random.below(3) }, () => sentenceOf(random));
  return [random.pick(['Press Release', 'Information Note']), ...sentences].join('\n\n') + '\n';
}

/** The text with one match of the pattern, chosen at random, replaced; undefined when nothing matches. */
function replaceOne(random: Random, text: string, pattern: RegExp, make: () => string): { text: string; note: string } | undefined {
  const matches = [...text.matchAll(pattern)];
  if (matches.length === 0) {
    return undefined;
  }
  const match = random.pick(matches);
  const written = make();
  const at = match.index ?? 0;
  return { text: text.slice(0, at) + written + text.slice(at + match[0].length), note: `${match[0]} -> ${written}` };
}

interface RegistryPerson {
  readonly id: string;
  readonly name: string;
  readonly aliases: string[];
  readonly roles: string[];
}

function registryText(people: readonly RegistryPerson[]): string {
  const lines = [`corpus: ["${CORPUS_GLOB}"]`, ...(people.length > 0 ? ['people:'] : [])];
  for (const person of people) {
    lines.push(`  - id: ${person.id}`, `    name: ${person.name}`, `    aliases: [${person.aliases.join(', ')}]`, `    roles: [${person.roles.join(', ')}]`);
  }
  return lines.join('\n') + '\n';
}

/** The model and a few symbol searches, as text, so that a difference shows as a line diff. */
function observe(chancery: Chancery): string {
  const searches = QUERIES.map((query) => [query, chancery.index.searchSymbols(query).map((m) => `${m.id} | ${m.label} | ${m.detail}`)]);
  return JSON.stringify({ model: chancery.model(), searches }, null, 1);
}

/** One random sequence: files and a registry, the chancery kept current as the editor keeps it, and what was done. */
class Sequence {
  readonly files = new Map<string, Uint8Array>();
  readonly people: RegistryPerson[] = [];
  readonly done: string[] = [];
  readonly chancery = createChancery({ corpus: new InMemoryCorpusSource(this.files) });
  private made = 0;

  constructor(readonly random: Random) {
    for (let i = 0; i < 6 + random.below(4); i++) {
      this.write(this.newPath(), textOf(random));
    }
  }

  newPath(folder = this.random.pick(FOLDERS)): string {
    return `${folder}/t${this.made++}.txt`;
  }

  write(path: string, text: string): void {
    this.files.set(path, new TextEncoder().encode(text));
  }

  text(path: string): string {
    return new TextDecoder().decode(this.files.get(path));
  }

  /** The folders below the top ones that hold files; those are renamed. */
  folders(): string[] {
    return [...new Set([...this.files.keys()].map((path) => path.slice(0, path.lastIndexOf('/'))))].filter((folder) => folder.includes('/')).sort();
  }

  async applyRegistry(): Promise<void> {
    const parse = this.chancery.applyRegistry(registryText(this.people));
    assert.deepEqual(parse.problems, []);
    if (parse.reindexNeeded || parse.globsChanged) {
      await this.chancery.indexCorpus();
    }
  }

  /** Does one random change, to the files or the registry, and tells the chancery as the editor would. */
  async step(): Promise<void> {
    const random = this.random;
    const paths = [...this.files.keys()].sort();
    const path = random.pick(paths);
    const kind = random.below(10);
    if (kind <= 2) {
      const edited =
        [
          () => replaceOne(random, this.text(path), NAME, () => nameOf(random)),
          () => replaceOne(random, this.text(path), ROLE, () => random.pick(ROLES)),
          () => replaceOne(random, this.text(path), DATE, () => dateOf(random)),
          // Words typed between two others, most often where they change no one: the people and meetings stay.
          () => replaceOne(random, this.text(path), / (?=[a-z])/g, () => ` ${random.pick(['also', 'then', 'warmly'])} `),
        ][random.chance(50) ? 3 : kind]?.() ?? { text: `${this.text(path)}\n${sentenceOf(random)}\n`, note: 'a sentence added' };
      this.write(path, edited.text);
      // Unsaved edits reach the index from the editor; saved ones from the file watcher.
      const inEditor = isInCorpus(path, [CORPUS_GLOB]) && random.chance(50);
      this.done.push(`edit ${path}${inEditor ? ' in the editor' : ''}: ${edited.note}`);
      if (inEditor) {
        this.chancery.updateText(path, edited.text);
      } else {
        await this.chancery.applyChange({ kind: 'changed', path });
      }
    } else if (kind === 3 || paths.length < 3) {
      const created = this.newPath();
      this.write(created, textOf(random));
      this.done.push(`create ${created}`);
      await this.chancery.applyChange({ kind: 'created', path: created });
    } else if (kind === 4) {
      this.files.delete(path);
      this.done.push(`delete ${path}`);
      await this.chancery.applyChange({ kind: 'deleted', path });
    } else if (kind === 5) {
      await this.rename(path, this.newPath());
    } else if (kind === 6 && this.folders().length > 0) {
      const from = random.pick(this.folders());
      const base = `${from.slice(from.lastIndexOf('/') + 1)}-${this.made++}`;
      // Out of the globs, within them, or in from outside.
      await this.rename(from, from.startsWith('archive/') ? `texts/${base}` : random.pick([`archive/${base}`, `texts/moved/${base}`]));
    } else if (kind === 7 || this.people.length === 0) {
      const name = `${random.pick(GIVEN)} ${random.pick(SURNAMES)}`;
      if (!this.people.some((p) => p.name === name)) {
        this.people.push({ id: name.toLowerCase().replace(' ', '-'), name, aliases: [], roles: [] });
      }
      this.done.push(`registry: add ${name}`);
      await this.applyRegistry();
    } else {
      const person = random.pick(this.people);
      if (kind === 8) {
        const alias = nameOf(random);
        if (alias !== person.name && !person.aliases.includes(alias)) {
          person.aliases.push(alias);
        }
        this.done.push(`registry: ${person.name} also written ${alias}`);
      } else {
        const from = random.pick(YEARS) - random.below(3);
        const role = `{ role: ${random.pick(ROLES)}, state: ${random.pick(STATES)[1]}, from: ${from}${random.chance(50) ? `, to: ${from + 3}` : ''} }`;
        person.roles.push(role);
        this.done.push(`registry: ${person.name} ${role}`);
      }
      await this.applyRegistry();
    }
  }

  /** Renames a file or a folder; the watcher reports the rename alone, a folder's texts with it. */
  async rename(from: string, to: string): Promise<void> {
    for (const path of [...this.files.keys()].filter((p) => p === from || p.startsWith(`${from}/`))) {
      this.files.set(to + path.slice(from.length), this.files.get(path) as Uint8Array);
      this.files.delete(path);
    }
    this.done.push(`rename ${from} -> ${to}`);
    await this.chancery.applyChange({ kind: 'renamed', from, to });
  }

  /** What an index built afresh from the same files and registry shows. */
  async fresh(): Promise<string> {
    const fresh = createChancery({ corpus: new InMemoryCorpusSource(new Map(this.files)) });
    fresh.applyRegistry(registryText(this.people));
    await fresh.indexCorpus();
    return observe(fresh);
  }
}

describe('Incremental index', () => {
  it('equals an index built afresh after each edit, creation, deletion, rename and registry change', async () => {
    const only = Number(process.env.INCREMENTAL_SEED);
    const seeds = only > 0 ? [only] : Array.from({ length: SEQUENCES }, (_, i) => FIRST_SEED + i);
    for (const seed of seeds) {
      const sequence = new Sequence(new Random(seed));
      await sequence.applyRegistry();
      await sequence.chancery.indexCorpus();
      for (let i = 0; i < STEPS; i++) {
        await sequence.step();
        const replay = `seed ${seed}, after step ${i + 1} (+ kept current, - built afresh):\n${sequence.done.map((d, j) => `  ${j + 1}. ${d}`).join('\n')}`;
        assert.equal(observe(sequence.chancery), await sequence.fresh(), replay);
      }
    }
  });
});
