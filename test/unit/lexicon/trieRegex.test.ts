import * as assert from 'node:assert/strict';
import { trieRegex } from '../../../syntaxes/build/trieRegex';

function whole(phrases: readonly string[]): RegExp {
  return new RegExp(`^(?:${trieRegex(phrases)})$`);
}

function longestAtStart(phrases: readonly string[], text: string): string | undefined {
  return new RegExp(`^(?:${trieRegex(phrases)})`).exec(text)?.[0];
}

describe('trieRegex', () => {
  const names = ['Republic of India', 'Republic of Indonesia', 'Republic of Korea', 'India', 'Russia', 'Russian Federation'];

  it('matches every phrase of the list and nothing else', () => {
    const pattern = whole(names);
    for (const name of names) assert.match(name, pattern);
    for (const other of ['Republic of', 'Republic of Ind', 'Indiana', 'Russ', 'republic of India']) assert.doesNotMatch(other, pattern);
  });

  it('factors shared prefixes instead of listing each phrase', () => {
    const source = trieRegex(names);
    assert.equal(source.split('epublic').length - 1, 1);
    assert.ok(!source.includes('Republic of India|'), source);
  });

  it('prefers the longest phrase at a position', () => {
    assert.equal(longestAtStart(names, 'Russian Federation and India'), 'Russian Federation');
    assert.equal(longestAtStart(names, 'Russia and India'), 'Russia');
  });

  it('accepts both apostrophes, any dash and a run of spaces for the written ones', () => {
    const pattern = whole(["People's Republic of China", 'SCO-Afghanistan']);
    for (const written of ["People's Republic of China", 'People’s Republic of China', 'People’s  Republic\tof China', 'SCO–Afghanistan', 'SCO—Afghanistan']) {
      assert.match(written, pattern);
    }
  });

  it('escapes characters that are special in a regex', () => {
    const pattern = whole(['U.S.', 'G-20 (2008)']);
    assert.match('U.S.', pattern);
    assert.match('G-20 (2008)', pattern);
    assert.doesNotMatch('UXSX', pattern);
  });

  it('never matches when the list is empty', () => {
    assert.doesNotMatch('', whole([]));
    assert.doesNotMatch('anything', new RegExp(trieRegex([])));
  });
});
