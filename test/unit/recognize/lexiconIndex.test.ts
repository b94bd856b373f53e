import * as assert from 'node:assert/strict';
import { factorAlternatives, findStates, lexiconIndex } from '../../../src/core/recognize/lexiconIndex';
import { scanDates } from '../../../src/core/recognize/dateMentions';
import { parseRegistry } from '../../../src/core/registry/registryFile';

describe('state names in the lexicon', () => {
  const lexicon = lexiconIndex();

  function stateAt(text: string, at = 0): { written: string; canonical: string } | undefined {
    const found = lexicon.stateAt(text, at);
    return found && { written: text.slice(at, found.end), canonical: found.canonical };
  }

  it('reads the longest state name at a position and stops before the name that follows it', () => {
    assert.deepEqual(stateAt('Republic of Kazakhstan Kassym-Jomart Tokayev'), { written: 'Republic of Kazakhstan', canonical: 'Kazakhstan' });
  });

  it('reads a name broken across lines, after a leading "the"', () => {
    assert.deepEqual(stateAt('the Republic of\nKazakhstan and'), { written: 'the Republic of\nKazakhstan', canonical: 'Kazakhstan' });
  });

  it("reads a possessive state without its 's", () => {
    assert.deepEqual(stateAt("Kazakhstan's chairmanship"), { written: 'Kazakhstan', canonical: 'Kazakhstan' });
  });

  it('finds no state in a word that only starts like one, nor across punctuation', () => {
    assert.equal(stateAt('Republican party'), undefined);
    assert.equal(stateAt('Republic, of Kazakhstan'), undefined);
  });

  it('reads a name written with letters beyond ASCII, and rejects a word no state starts with', () => {
    assert.deepEqual(stateAt('the Republic of Türkiye and'), { written: 'the Republic of Türkiye', canonical: 'Türkiye' });
    assert.deepEqual(stateAt('São Tomé and Príncipe, then'), { written: 'São Tomé and Príncipe', canonical: 'São Tomé and Príncipe' });
    assert.equal(stateAt('Shanghai Cooperation Organization'), undefined);
  });

  it('reads the states a registry adds', () => {
    const { registry } = parseRegistry('version: 1\nstates:\n  - name: Ruritania\n    aliases: [Kingdom of Ruritania]\n');
    assert.ok(registry);
    const found = lexiconIndex(registry).stateAt('the Kingdom of Ruritania welcomed', 0);
    assert.equal(found?.canonical, 'Ruritania');
    assert.equal(found?.end, 'the Kingdom of Ruritania'.length);
  });

  it('finds every state of a slice, with offsets in the whole text, and again on a second call', () => {
    const text = 'Talks between Kazakhstan and the Kyrgyz Republic, then China.';
    const from = text.indexOf('the');
    const expected = [
      { start: text.indexOf('Kyrgyz'), end: text.indexOf(','), canonical: 'Kyrgyzstan' },
      { start: text.indexOf('China'), end: text.indexOf('China') + 5, canonical: 'China' },
    ];
    assert.deepEqual(findStates(lexicon, text, from), expected);
    assert.deepEqual(findStates(lexicon, text, from), expected);
    assert.deepEqual(findStates(lexicon, text, 0, text.indexOf(' and')).map((s) => s.canonical), ['Kazakhstan']);
  });
});

describe('factored alternation', () => {
  it('writes the literal characters alternatives start with once, keeping the order of those that may match at one place', () => {
    assert.equal(factorAlternatives(['Union\\s+X', 'Unity', 'U\\.N\\.', 'Un(?:ion)?', 'Union', 'Asia']), String.raw`(?:U(?:n(?:i(?:on\s+X|ty)|(?:ion)?|ion)|\.N\.)|Asia)`);
    // A literal a quantifier applies to is no shared start.
    assert.equal(factorAlternatives(['Bank', 'Ban?k']), 'Ba(?:nk|n?k)');
  });

  it('matches what the plain alternation matches, the same alternative first', () => {
    const sources = ['Union\\s+of\\s+X', 'Union(?:\\s+of)?\\s+X\\s+Y', 'Union', 'Unity', 'U\\.N\\.'];
    const plain = new RegExp(`\\b(?:${sources.join('|')})\\b`, 'g');
    const factored = new RegExp(`\\b(?:${factorAlternatives(sources)})\\b`, 'g');
    const text = 'the Union of X Y, the Union X Y, Unity, U.N. and the Union of Xs';
    assert.deepEqual([...text.matchAll(factored)].map((m) => [m.index, m[0]]), [...text.matchAll(plain)].map((m) => [m.index, m[0]]));
  });

  it('matches nothing without alternatives', () => {
    assert.equal(new RegExp(factorAlternatives([])).test('anything'), false);
  });
});

describe('date scan', () => {
  it('tells whether a day is written without a year, which only the document year can date', () => {
    assert.equal(scanDates('The summit was held on 15 June 2009 in Yekaterinburg.').undatedDays, false);
    const undated = 'The ministers met on February 19 this year.';
    assert.equal(scanDates(undated).undatedDays, true);
    assert.deepEqual(scanDates(undated).dates, []);
    assert.equal(scanDates(undated, 2009).dates[0]?.date.from, '2009-02-19');
  });
});
