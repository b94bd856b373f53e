/**
 * Reads the lexicon data (syntaxes/data/*.yaml) and the `world-countries` data set into one
 * plain object that both the grammar and the generated TypeScript lexicon are built from.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import countries from 'world-countries';
import type { OrganizationEntry, StateEntry } from '../../src/core/lexicon/types';
import { spellingVariants } from './cities';

export const DATA_DIR = path.resolve(__dirname, '..', 'data');

/** Every fact the generator needs, already normalised and sorted. */
export interface LexiconData {
  readonly states: readonly StateEntry[];
  readonly organizations: readonly OrganizationEntry[];
  readonly organHeads: readonly string[];
  readonly organHeadsNeedModifier: readonly string[];
  readonly offices: readonly string[];
  readonly portfolioHeads: readonly string[];
  readonly portfolioNouns: readonly string[];
  /** Units of a ministry between an office and its portfolio (`of the Department of European Affairs`). */
  readonly ministryUnits: readonly string[];
  readonly documentTypes: readonly string[];
  readonly documentTypesNeedComplement: readonly string[];
  readonly places: readonly string[];
  /** The state (canonical short name) of each city of `places` that the data sets put in one state only. */
  readonly cityStates: Readonly<Record<string, string>>;
  readonly months: readonly string[];
  readonly monthAbbreviations: readonly string[];
  readonly seasons: readonly string[];
  readonly weekdays: readonly string[];
  readonly functionWords: readonly string[];
  readonly honorifics: readonly string[];
  /** The honorifics that are also a name's first word (`Sheikh`): a name's before a single name word (`Sheikh Hasina`). */
  readonly nameHonorifics: readonly string[];
  /** The prefixes of a surname after which a capital may stand inside the word (`Mc` of `McAleese`, `Di` of `DiCarlo`). */
  readonly innerCapitalPrefixes: readonly string[];
  readonly postNominals: readonly string[];
  readonly preambleOpenings: readonly string[];
  readonly sectionWords: readonly string[];
  readonly titleStopWords: readonly string[];
}

interface StatesFile {
  extra: Record<string, { names?: string[]; adjectives?: string[] }>;
  exclude: string[];
  historic?: Record<string, { canonical: string; official: string; names: string[]; adjectives: string[] }>;
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
  ranks: string[];
  nameHonorifics: string[];
  innerCapitalPrefixes: string[];
  postNominals: string[];
  preambleOpenings: string[];
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

/** An alternative spelling is kept when it is written in Latin letters and is not a two-letter code. */
function isUsableName(name: string): boolean {
  if (name.includes(',')) return false;
  // Latin letters, accented ones included (`Côte d'Ivoire`, `São Tomé and Príncipe`, `Türkiye`).
  if (!/^\p{Lu}[\p{Script=Latin}\p{M}'’. -]*$/u.test(name)) return false;
  return name.length >= 3;
}

/**
 * A place name is kept when it is written in Latin letters, accented ones included ("Chișinău",
 * "Łódź"), and is not a two-letter code.
 */
function isUsablePlace(name: string): boolean {
  return !name.includes(',') && /^\p{Lu}[\p{L}\p{M}'’. -]*$/u.test(name) && name.length >= 3;
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
  for (const [cca3, state] of Object.entries(file.historic ?? {})) {
    states.push({
      canonical: state.canonical,
      official: state.official,
      cca3,
      names: sortNames([state.official, state.canonical, ...state.names].flatMap(nameVariants)),
      adjectives: sortNames(state.adjectives),
    });
  }
  return states.sort((a, b) => (a.canonical < b.canonical ? -1 : a.canonical > b.canonical ? 1 : 0));
}

/**
 * The state of each place that is a city: GeoNames' country of the cities of cities.yaml, and `world-countries`' country
 * of its capitals, by their ISO codes. A name the data sets give to cities of two states (`Hyderabad`, `Valencia`) has
 * none, and neither has a city of a country that is no state of the lexicon (`Hong Kong`).
 */
function buildCityStates(states: readonly StateEntry[], citiesByCountry: Readonly<Record<string, readonly string[]>>, places: ReadonlySet<string>): Record<string, string> {
  const canonicalOf = new Map(states.map((state) => [state.cca3, state.canonical]));
  const statesOf = new Map<string, Set<string | undefined>>();
  const add = (city: string, state: string | undefined): void => {
    if (places.has(city)) {
      const known = statesOf.get(city) ?? new Set();
      known.add(state);
      statesOf.set(city, known);
    }
  };
  const byCode = new Map(countries.map((country) => [country.cca2, country]));
  for (const [code, names] of Object.entries(citiesByCountry)) {
    const country = byCode.get(code);
    for (const city of names) {
      add(city, country === undefined ? undefined : canonicalOf.get(country.cca3));
    }
  }
  for (const country of countries) {
    for (const capital of country.capital) {
      add(capital, canonicalOf.get(country.cca3));
    }
  }
  const cityStates: Record<string, string> = {};
  for (const city of [...statesOf.keys()].sort()) {
    const [state, ...others] = statesOf.get(city) ?? [];
    if (state !== undefined && others.length === 0) {
      cityStates[city] = state;
    }
  }
  return cityStates;
}

/**
 * The words of the honorifics that are words of their own (`Mr` of `Mr.`, `Sir`, `Excellency` of `His Excellency`;
 * not the letters of `H.E.`): capitalised words that never belong to a name, title or body, as the function words.
 */
function honorificWords(honorifics: readonly string[]): string[] {
  return honorifics.flatMap((honorific) => honorific.split(' ').map((word) => word.replace(/\.$/, ''))).filter((word) => /^\p{Lu}\p{Ll}+$/u.test(word));
}

/** Loads and normalises every data file. */
export function loadLexiconData(): LexiconData {
  const statesFile = readYaml<StatesFile>('states.yaml');
  const organizationsFile = readYaml<OrganizationsFile>('organizations.yaml');
  const officesFile = readYaml<{ offices: string[]; portfolioHeads: string[]; portfolioNouns: string[]; ministryUnits: string[] }>('offices.yaml');
  const offices = officesFile.offices;
  const documents = readYaml<{ documentTypes: string[]; needComplement: string[] }>('documentTypes.yaml');
  const placesFile = readYaml<{ places: string[]; exclude: string[] }>('places.yaml');
  const citiesByCountry = readYaml<{ cities: Record<string, string[]> }>('cities.yaml').cities;
  const cities = Object.values(citiesByCountry).flat();
  const words = readYaml<WordsFile>('words.yaml');

  const states = buildStates(statesFile);
  const stateNames = new Set(states.flatMap((state) => state.names));
  // A name left out leaves out the spellings cities.yaml adds for it (`Juárez`, `Juarez`).
  const excludedPlaces = new Set(placesFile.exclude.flatMap(spellingVariants));
  const capitals = countries
    .filter((country) => country.independent || country.unMember)
    .flatMap((country) => country.capital);
  // The data set's subregions ("Central Asia", "South-Eastern Asia", "Western Europe"), except the
  // one that names two states.
  const subregions = countries.map((country) => country.subregion).filter((region) => region !== '' && !/ and /.test(region));
  const places = sortNames(
    [...placesFile.places, ...capitals, ...cities, ...subregions].filter(
      (place) => isUsablePlace(place) && !excludedPlaces.has(place) && !stateNames.has(place),
    ),
  );

  const cityStates = buildCityStates(states, citiesByCountry, new Set(places));

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
    portfolioHeads: sortNames(officesFile.portfolioHeads),
    portfolioNouns: sortNames(officesFile.portfolioNouns),
    ministryUnits: sortNames(officesFile.ministryUnits),
    documentTypes: sortNames(documents.documentTypes),
    documentTypesNeedComplement: documents.needComplement,
    places,
    cityStates,
    months: words.months,
    monthAbbreviations: words.monthAbbreviations,
    seasons: words.seasons,
    weekdays: words.weekdays,
    functionWords: [...new Set([...words.functionWords, ...honorificWords(words.honorifics)])],
    // Ranks are honorifics where a name follows; their words are no function words (`General Assembly`).
    honorifics: [...words.honorifics, ...words.ranks],
    nameHonorifics: words.nameHonorifics,
    innerCapitalPrefixes: words.innerCapitalPrefixes,
    postNominals: words.postNominals,
    preambleOpenings: sortNames(words.preambleOpenings),
    sectionWords: words.sectionWords,
    titleStopWords: words.titleStopWords,
  };
}
