import * as assert from 'node:assert/strict';
import { escapeRegExp } from '../../../src/core/recognize/lexiconIndex';
import { nameTrie } from '../../../src/core/recognize/nameTrie';

const NAMES = ['Minister', 'Minister of Foreign Affairs', 'Minister of Foreign Economic Relations', 'Prime Minister', 'Chair', 'Chairman', 'Chairperson-in-Office', 'Vice-President', 'President'];

/** The names as one alternation, longest first, the pattern `nameTrie` stands for. */
function alternation(names: readonly string[]): string {
  return [...names].sort((a, b) => b.length - a.length).map((name) => escapeRegExp(name).replace(/ /g, '\\s+')).join('|');
}

/** The matches of a pattern of the names, followed as a role is (a word's end, not a plural). */
function matches(source: string, text: string): string[] {
  return [...text.matchAll(new RegExp(`\\b(?:${source})\\b(?!s\\b)`, 'g'))].map((m) => `${m.index}:${m[0]}`);
}

describe('name trie', () => {
  it('tries a name ending inside a longer one last', () => {
    assert.equal(nameTrie(['Chair', 'Chairman']), 'Chair(?:man|)');
    assert.equal(nameTrie(['Prime Minister']), 'Prime\\s+Minister');
  });

  it('matches what the alternation of the names, longest first, matches', () => {
    const texts = [
      'the Minister of Foreign Affairs, the Minister of Foreign Economic Relations and the Minister of Foreign Trade',
      'Prime\nMinister, Ministers, Chairman, Chairmanship, Chair, Chairperson-in-Office, Chairperson',
      'Vice-President and President, Minister of\n\tForeign   Affairs, Minister of Foreign',
    ];
    for (const text of texts) {
      assert.deepEqual(matches(nameTrie(NAMES), text), matches(alternation(NAMES), text), text);
    }
  });
});
