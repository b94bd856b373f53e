/** One state of the built-in lexicon (generated from the `world-countries` data set). */
export interface StateEntry {
  /** Canonical short English name, e.g. `Russia`. */
  readonly canonical: string;
  /** Official English name, e.g. `Russian Federation`. */
  readonly official: string;
  /** ISO 3166-1 alpha-3 code. */
  readonly cca3: string;
  /** Every name form the texts may use, official, common and alternative, longest first. */
  readonly names: readonly string[];
  /** Adjectival and demonym forms (`Kazakh`, `Russian`). */
  readonly adjectives: readonly string[];
}

/** An international organisation with its acronyms. */
export interface OrganizationEntry {
  readonly name: string;
  readonly acronyms: readonly string[];
  /** Other spellings of the full name (`Shanghai Cooperation Organisation`), when there are any. */
  readonly variants?: readonly string[];
}
