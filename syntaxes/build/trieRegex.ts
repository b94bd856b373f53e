/**
 * Turns a list of literal phrases into one prefix-factored (trie) regular expression.
 *
 * A flat `a|b|c` alternation makes Oniguruma try every name at every position; a trie shares
 * prefixes, so a position that starts no name fails after one character class test. Children are
 * emitted longest-subtree first and a terminal node's continuation is an optional group, so the
 * regex prefers the longest phrase and backtracks to a shorter one only when the caller's context
 * fails. No quantifier is ever nested inside another.
 */

interface TrieNode {
  terminal: boolean;
  readonly children: Map<string, TrieNode>;
}

function createNode(): TrieNode {
  return { terminal: false, children: new Map() };
}

/** Escapes one character for use inside an Oniguruma pattern (outside a character class). */
export function escapeChar(char: string): string {
  if (/[\\^$.|?*+()[\]{}\-#]/.test(char)) return `\\${char}`;
  if (char === ' ') return '[ \\t]+';
  return char;
}

/** Characters that the texts write in more than one way; each maps to the class that matches them all. */
const EQUIVALENT_CHARS: ReadonlyMap<string, string> = new Map([
  ["'", "['’]"],
  ['’', "['’]"],
  ['-', '[-‐–—]'],
  ['‐', '[-‐–—]'],
  ['–', '[-‐–—]'],
  ['—', '[-‐–—]'],
]);

function atomFor(char: string): string {
  return EQUIVALENT_CHARS.get(char) ?? escapeChar(char);
}

/** Folds characters that match the same atom so the trie does not branch on apostrophe or dash style. */
function foldKey(char: string): string {
  if (char === '’') return "'";
  if (char === '‐' || char === '–' || char === '—') return '-';
  return char;
}

function insert(root: TrieNode, phrase: string): void {
  let node = root;
  for (const rawChar of Array.from(phrase)) {
    // A space is one atom (`[ \t]+`), so consecutive spaces in the data collapse to one edge.
    const char = foldKey(rawChar);
    let next = node.children.get(char);
    if (!next) {
      next = createNode();
      node.children.set(char, next);
    }
    node = next;
  }
  node.terminal = true;
}

/**
 * How wide alternations are written. Oniguruma tries the branches of an alternation one after
 * the other, so a word that starts none of 26 branches fails 26 times; with `groupSize`, a node
 * with at least `minWidth` branches (all starting with a letter or digit) is split into groups of
 * `groupSize` branches, each behind a look-ahead on its first characters, and a word skips a whole
 * group with one class test.
 */
export interface TrieRegexOptions {
  readonly groupSize?: number;
  readonly minWidth?: number;
}

/** A character class of branch characters (letters and digits only). */
function classOf(chars: readonly string[]): string {
  return `[${chars.join('')}]`;
}

function render(node: TrieNode, options: TrieRegexOptions): string {
  const entries = [...node.children.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (entries.length === 0) return '';
  // Chains of single children render as a plain literal; branching renders as an alternation.
  const branches = entries.map(([char, child]) => {
    const rest = render(child, options);
    return atomFor(char) + (child.terminal && rest !== '' ? `(?:${rest})?` : rest);
  });
  if (branches.length === 1) return branches[0] ?? '';
  const { groupSize, minWidth = 2 } = options;
  const plain = entries.every(([char]) => /^[\p{L}\p{N}]$/u.test(char));
  if (groupSize !== undefined && groupSize > 1 && branches.length >= minWidth && plain) {
    const groups: string[] = [];
    for (let index = 0; index < branches.length; index += groupSize) {
      const members = branches.slice(index, index + groupSize);
      const chars = entries.slice(index, index + groupSize).map(([char]) => char);
      groups.push(members.length === 1 ? (members[0] ?? '') : `(?=${classOf(chars)})(?:${members.join('|')})`);
    }
    return `(?:${groups.join('|')})`;
  }
  return `(?:${branches.join('|')})`;
}

/**
 * Builds a trie-factored regex source that matches exactly the given phrases (with apostrophe and
 * dash variants folded). Returns a pattern that never matches when the list is empty.
 */
export function trieRegex(phrases: readonly string[], options: TrieRegexOptions = {}): string {
  const root = createNode();
  for (const phrase of phrases) {
    const normalised = phrase.replace(/\s+/g, ' ').trim();
    if (normalised !== '') insert(root, normalised);
  }
  if (root.children.size === 0) return '(?!)';
  const body = render(root, options);
  return root.children.size === 1 ? `(?:${body})` : body;
}
