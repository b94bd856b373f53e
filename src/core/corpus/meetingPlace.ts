import { CITY_STATES } from '../lexicon/lexicon.generated';

// Generated from GeoNames and `world-countries`: a city of two states' data (`Hyderabad`) is not in it.
const STATE_OF_CITY: ReadonlyMap<string, string> = new Map(Object.entries(CITY_STATES));
const STATES_WITH_CITIES: ReadonlySet<string> = new Set(STATE_OF_CITY.values());

/**
 * Whether two places of a meeting may be one venue: the same place, or a city and the state it is in (`Qingdao` and
 * `China`, as extraction writes a state named as the venue). Two cities of one state never agree.
 */
export function placesAgree(a: string, b: string): boolean {
  return a === b || STATE_OF_CITY.get(a) === b || STATE_OF_CITY.get(b) === a;
}

/**
 * Whether a state written after a city (`Yaounde, Republic of Cameroon`) may be the city's: the lexicon puts the city
 * in it, or knows no state of the city (a city it does not list).
 */
export function mayBeStateOf(city: string, state: string): boolean {
  const known = STATE_OF_CITY.get(city);
  return known === undefined ? city !== state : known === state;
}

/**
 * The place of a meeting told at `a` and at `b`: the one that says more where they agree (the city rather than its
 * state), else `a`, the place it already had; either when the other is missing.
 */
export function joinedPlace(a: string | undefined, b: string | undefined): string | undefined {
  return a === undefined ? b : b !== undefined && STATE_OF_CITY.get(b) === a ? b : a;
}

/** Whether a place is a state in which the lexicon knows cities, so that a meeting there may be one told at a city. */
export function holdsCities(place: string | undefined): boolean {
  return place !== undefined && STATES_WITH_CITIES.has(place);
}

/**
 * A city's name as the data writes it when a text abbreviates `Saint` (`St. Petersburg`, `St Petersburg`: `Saint
 * Petersburg`), so that one venue has one name across texts; any other place as written.
 */
export function placeName(written: string): string {
  const saint = /^St(e?)\.?\s?(?=\p{Lu})/u.exec(written);
  if (saint === null) {
    return written;
  }
  const full = `Saint${saint[1] === 'e' ? 'e' : ''} ${written.slice(saint[0].length)}`;
  return STATE_OF_CITY.has(full) ? full : written;
}

/** The state the lexicon puts a city in, if it knows one (`Bishkek`: `Kyrgyzstan`). */
export function stateOfCity(city: string): string | undefined {
  return STATE_OF_CITY.get(city);
}
