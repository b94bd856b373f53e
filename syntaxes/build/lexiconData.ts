/**
 * Reads the lexicon data (syntaxes/data/*.yaml) and the `world-countries` data set into one
 * plain object that both the grammar and the generated TypeScript lexicon are built from.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import countries from 'world-countries';
import type { OrganizationEntry, StateEntry } from '../../src/core/lexicon/types';

export const DATA_DIR = path.resolve(__dirname, '..', 'data');

/** Every fact the generator needs, already normalised and sorted. */
export interface LexiconData {
  readonly states: readonly StateEntry[];
  readonly organizations: readonly OrganizationEntry[];
  readonly organHeads: readonly string[];
  readonly organHeadsNeedModifier: readonly string[];
  readonly offices: readonly string[];
  readonly documentTypes: readonly string[];
  readonly documentTypesNeedComplement: readonly string[];
  readonly places: readonly string[];
  readonly months: readonly string[];
  readonly monthAbbreviations: readonly string[];
  readonly seasons: readonly string[];
  readonly weekdays: readonly string[];
  readonly functionWords: readonly string[];
  readonly honorifics: readonly string[];
  readonly sectionWords: readonly string[];
  readonly titleStopWords: readonly string[];
}

interface StatesFile {
  extra: Record<string, { names?: string[]; adjectives?: string[] }>;
  exclude: string[];
}
interface OrganizationsFile {
  organizations: { name: string; acronyms: string[]; variants?: string[] }[];
  organHeads: string[];
  organHeadsNeedModifier: string[];
}
interface WordsFile {
  months: string[];
  monthAbbreviations: string[];
  seasons: string[];
  weekdays: string[];
  functionWords: string[];
  honorifics: string[];
  sectionWords: string[];
  titleStopWords: string[];
}

function readYaml<T>(name: string): T {
  return parse(fs.readFileSync(path.join(DATA_DIR, name), 'utf8')) as T;
}

/** Unique, longest first, then alphabetical, so the output is stable. */
function sortNames(names: Iterable<string>): string[] {
  return [...new Set(names)].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
}

/** An alternative spelling is kept when it is written in English letters and is not a two-letter code. */
function isUsableName(name: string): boolean {
  if (name.includes(',')) return false;
  if (!/^[A-Z][A-Za-z'’. -]*$/.test(name)) return false;
  return name.length >= 3;
}

/** Forms the texts use that the data set does not spell out: apostrophe styles, `Republic X`. */
function nameVariants(name: string): string[] {
  const forms = new Set([name]);
  if (/['’]/.test(name)) {
    forms.add(name.replace(/['’]/g, "'"));
    forms.add(name.replace(/['’]/g, '’'));
    forms.add(name.replace(/['’]/g, ''));
  }
  for (const form of [...forms]) {
    if (/\bRepublic of /.test(form)) forms.add(form.replace(/\bRepublic of /, 'Republic '));
  }
  return [...forms];
}

function buildStates(file: StatesFile): StateEntry[] {
  const excluded = new Set(file.exclude);
  const states: StateEntry[] = [];
  for (const country of countries) {
    if (!country.independent && !country.unMember && !file.extra[country.cca3]) continue;
    const extra = file.extra[country.cca3] ?? {};
    const raw = [country.name.official, country.name.common, ...country.altSpellings];
    // Names from the overrides are taken as written, two-letter ones ("US", "UK") included.
    const names = sortNames(
      [...raw.filter((name) => isUsableName(name)), ...(extra.names ?? [])]
        .filter((name) => !excluded.has(name))
        .flatMap(nameVariants),
    );
    if (names.length === 0) continue;
    const demonyms = country.demonyms?.eng;
    const adjectives = sortNames(
      [demonyms?.m, demonyms?.f, ...(extra.adjectives ?? [])].filter(
        (adjective): adjective is string => typeof adjective === 'string' && isUsableName(adjective),
      ),
    );
    states.push({
      canonical: country.name.common,
      official: country.name.official,
      cca3: country.cca3,
      names,
      adjectives,
    });
  }
  return states.sort((a, b) => (a.canonical < b.canonical ? -1 : a.canonical > b.canonical ? 1 : 0));
}

/** Loads and normalises every data file. */
export function loadLexiconData(): LexiconData {
  const statesFile = readYaml<StatesFile>('states.yaml');
  const organizationsFile = readYaml<OrganizationsFile>('organizations.yaml');
  const offices = readYaml<{ offices: string[] }>('offices.yaml').offices;
  const documents = readYaml<{ documentTypes: string[]; needComplement: string[] }>('documentTypes.yaml');
  const placesFile = readYaml<{ places: string[]; exclude: string[] }>('places.yaml');
  const words = readYaml<WordsFile>('words.yaml');

  const states = buildStates(statesFile);
  const stateNames = new Set(states.flatMap((state) => state.names));
  const excludedPlaces = new Set(placesFile.exclude);
  const capitals = countries
    .filter((country) => country.independent || country.unMember)
    .flatMap((country) => country.capital)
    .filter((capital) => isUsableName(capital));
  const places = sortNames(
    [...placesFile.places, ...capitals].filter((place) => !excludedPlaces.has(place) && !stateNames.has(place)),
  );

  const organizations: OrganizationEntry[] = organizationsFile.organizations.map((organization) => ({
    name: organization.name,
    acronyms: organization.acronyms,
    ...(organization.variants && organization.variants.length > 0 ? { variants: organization.variants } : {}),
  }));

  return {
    states,
    organizations,
    organHeads: organizationsFile.organHeads,
    organHeadsNeedModifier: organizationsFile.organHeadsNeedModifier,
    offices: sortNames(offices),
    documentTypes: sortNames(documents.documentTypes),
    documentTypesNeedComplement: documents.needComplement,
    places,
    months: words.months,
    monthAbbreviations: words.monthAbbreviations,
    seasons: words.seasons,
    weekdays: words.weekdays,
    functionWords: words.functionWords,
    honorifics: words.honorifics,
    sectionWords: words.sectionWords,
    titleStopWords: words.titleStopWords,
  };
}
