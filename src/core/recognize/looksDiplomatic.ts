import { STATES } from '../lexicon/lexicon.generated';
import { escapeRegExp } from './lexiconIndex';

/** Words that diplomatic texts use and ordinary notes rarely do, matched case-sensitively. */
const DIPLOMATIC_WORDS = [
  'Minister', 'Ministers', 'President', 'Heads of State', 'Heads of Government', 'Secretary-General',
  'Declaration', 'Communiqué', 'Communique', 'Joint Statement', 'Press Release', 'Treaty', 'Charter',
  'Summit', 'Council', 'Member States', 'member states', 'bilateral', 'multilateral', 'sovereignty',
  'delegation', 'Embassy', 'Ambassador', 'signed', 'cooperation',
];

/** How much of a file is read to decide: the heading and first paragraphs are enough. */
const SAMPLE_LENGTH = 4000;

let stateNames: RegExp | undefined;

function stateNamePattern(): RegExp {
  stateNames ??= new RegExp(`\\b(?:${STATES.flatMap((s) => s.names).map(escapeRegExp).join('|')})\\b`, 'g');
  return stateNames;
}

/**
 * Guesses whether a plain text is a diplomatic text (communiqué, declaration, treaty...),
 * to offer creating `chancery.yaml`. It wants at least two state names and three diplomatic words
 * in the first few thousand characters.
 */
export function looksDiplomatic(text: string): boolean {
  const sample = text.slice(0, SAMPLE_LENGTH);
  const states = sample.match(stateNamePattern())?.length ?? 0;
  if (states < 2) {
    return false;
  }
  let words = 0;
  for (const word of DIPLOMATIC_WORDS) {
    if (sample.includes(word)) {
      words += 1;
    }
  }
  return words >= 3;
}
