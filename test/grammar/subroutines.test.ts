import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import type { IOnigLib } from 'vscode-textmate';
import { withSubroutines } from '../../syntaxes/build/grammar';
import { GRAMMAR_PATH } from '../../syntaxes/build/generate';
import { loadOnigLib } from './support/engine';

/** The first match from the start of a text, as [start, end] of the match and of each capture group. */
function firstMatch(lib: IOnigLib, pattern: string, text: string): number[][] | undefined {
  const match = lib.createOnigScanner([pattern]).findNextMatchSync(lib.createOnigString(text), 0, 0);
  return match?.captureIndices.map((capture) => [capture.start, capture.end]);
}

describe('repeated pieces of a pattern written once (withSubroutines)', () => {
  let lib: IOnigLib;
  before(async () => {
    lib = await loadOnigLib();
  });

  const WORD = '(?:[A-Z][a-z]+)';
  const END = '(?![a-z])';
  const pattern = `(${WORD}) (?:of|to) ${WORD}${END}|${WORD}${END} (\\d+)`;

  it('calls a repeated piece, defined once after the captures, and leaves a piece written once inline', () => {
    const hoisted = withSubroutines(pattern, { word: WORD, end: END, of: ' (?:of|to) ' });
    assert.equal(hoisted, '(\\g<word>) (?:of|to) \\g<word>\\g<end>|\\g<word>\\g<end> (\\d+)(?<word>(?:[A-Z][a-z]+)){0}(?<end>(?![a-z])){0}');
  });

  it('matches what the pattern with the copies matched, with the same captures, backtracking into a call', () => {
    const hoisted = withSubroutines(pattern, { word: WORD, end: END });
    for (const text of ['Minister of Kazakhstan', 'Treaty 1975', 'Council ofx', 'Asia to Europe,']) {
      const [inline, called] = [firstMatch(lib, pattern, text), firstMatch(lib, hoisted, text)];
      assert.deepEqual(called?.slice(0, 3), inline, text);
    }
    // `\g<x>a` must give back the `a` the call took: a call is not atomic.
    assert.deepEqual(firstMatch(lib, withSubroutines('(?:[a-z]+)a|(?:[a-z]+)b', { x: '(?:[a-z]+)' }), 'xxa')?.[0], [0, 3]);
  });

  it('refuses a piece that a quantifier follows or that has a capture group', () => {
    assert.throws(() => withSubroutines('(?:ab)?x(?:ab)', { ab: '(?:ab)' }), /cannot call ab/);
    assert.throws(() => withSubroutines('(ab)x(ab)', { ab: '(ab)' }), /no groups/);
  });

  it('writes the word end once, and the state trie no more than twice, in each pattern the first lines compile', () => {
    const repository = (JSON.parse(fs.readFileSync(GRAMMAR_PATH, 'utf8')) as { repository: Record<string, { match?: string; patterns?: { begin?: string }[] }> }).repository;
    const patterns = { names: repository.names?.match, title: repository.title?.patterns?.[0]?.begin, headingNames: repository.headingNames?.match };
    for (const [name, source = ''] of Object.entries(patterns)) {
      assert.ok(source.length > 1000, name);
      assert.ok(source.split('(?![\\p{L}\\p{N}\\p{M}_])').length - 1 <= 1, `${name} repeats the word end`);
      // The state trie, and in `names` the trie of the states' names of several words (a comma and a
      // name is no state's name); 20 copies in `names` before.
      assert.ok(source.split('Kazakhstan').length - 1 <= (name === 'names' ? 2 : 1), `${name} repeats the state trie`);
    }
  });
});
