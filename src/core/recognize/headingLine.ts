/**
 * The longest line a heading may have: a communiqué's heading may name every member state (`Joint Communiqué of the
 * Meeting of the Heads of State of the Republic of Kazakhstan, the People's Republic of China, ...`: 219 characters
 * for six). The core's heading (`findHeading`) and the grammar's heading rule (syntaxes/build/grammar.ts) share it.
 */
export const MAX_HEADING_LINE = 400;
