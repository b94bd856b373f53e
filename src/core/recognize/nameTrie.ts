import { escapeRegExp } from './lexiconIndex';

/** A letter of the trie: the letters that may follow it, and whether a name ends there. */
interface TrieNode {
  readonly next: Map<string, TrieNode>;
  end: boolean;
}

/**
 * The source of a pattern that matches any of `names`, a space standing for any run of blanks (`\s+`): the same
 * matches, tried in the same order, as the alternation of the names sorted longest first, but written as a tree of
 * their letters (`Minister(?:\s+of\s+(?:Defence|Foreign\s+Affairs)|)`). The engine tries an alternation one name
 * after the other, so a list of a hundred names costs a hundred tries wherever a text has a capital; the tree costs
 * one try per letter read.
 *
 * The order is the same because two names that both match at one place are one the start of the other, and the
 * tree tries the longer first: a name ending at a letter is the last choice there (the empty alternative). That holds
 * for names written with single spaces and no other white space, as the lexicon writes them.
 */
export function nameTrie(names: Iterable<string>): string {
  const root: TrieNode = { next: new Map(), end: false };
  for (const name of names) {
    let node = root;
    for (const letter of name) {
      let child = node.next.get(letter);
      if (!child) {
        child = { next: new Map(), end: false };
        node.next.set(letter, child);
      }
      node = child;
    }
    node.end = true;
  }
  return branches(root) || '(?!)';
}

function branches(node: TrieNode): string {
  const choices = [...node.next].map(([letter, child]) => (letter === ' ' ? '\\s+' : escapeRegExp(letter)) + branches(child));
  if (choices.length === 0) {
    return '';
  }
  if (node.end) {
    choices.push('');
  }
  return choices.length === 1 ? (choices[0] ?? '') : `(?:${choices.join('|')})`;
}
