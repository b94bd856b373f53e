import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { IGrammar } from 'vscode-textmate';
import { findTitles, grammarCanMarkTitle } from '../../src/core/recognize/documentTitles';
import { SEEDS_DIR } from './support/accuracy';
import { DIPLOMATIC_GRAMMAR_PATH, loadGrammar, tokenizeDocument } from './support/engine';

const TITLE = 'string.other.title.diplomatic';
// A title in the heading has the heading's colour.
const HEADING = 'markup.heading.heading.diplomatic';
const SAMPLES_DIR = path.resolve(__dirname, '..', '..', 'samples', 'texts');

// The semantic tokens provider colours a title of the model only where `grammarCanMarkTitle` says the grammar does
// not (docs/grammar.md): the two must agree, or a title goes uncoloured, or a number of a list shows as a date.
describe('grammar: the titles of the model it marks', () => {
  let grammar: IGrammar;
  before(async () => {
    grammar = await loadGrammar(DIPLOMATIC_GRAMMAR_PATH);
  });


  it('marks a title at the start of each title of the model left to it, and at none of those the model colours', () => {
    const texts = [
      ...readdirSync(SAMPLES_DIR).filter((n) => n.endsWith('.txt')).map((n) => readFileSync(path.join(SAMPLES_DIR, n), 'utf8')),
      ...readdirSync(SEEDS_DIR).filter((n) => n.endsWith('.txt')).map((n) => readFileSync(path.join(SEEDS_DIR, n), 'utf8')),
      'NOTE\n\nIt recalled its resolutions 1325 (2000), 1820 (2008) and 1860, and Security Council resolutions 2231 (2015) and 2254 (2015).\n',
    ];
    const disagreements: string[] = [];
    let numbers = 0;
    for (const text of texts) {
      const tokens = tokenizeDocument(grammar, text);
      // Whether the grammar gives the character at `start` a title's colour.
      const marked = (start: number): boolean => tokens.some((t) => t.start <= start && start < t.end && (t.scopes.includes(TITLE) || t.scopes.includes(HEADING)));
      for (const title of findTitles(text)) {
        const left = grammarCanMarkTitle(text, title);
        // A lower-case head word the grammar marks inside an organ's title (`Security Council resolutions 2231`):
        // the model's token there has the title's colour too. Only a title left to the grammar must be marked.
        if (left && !marked(title.start)) {
          disagreements.push(`left to the grammar, not marked: ${text.slice(title.start, title.end)}`);
        }
        if (/^\d/.test(text.slice(title.start)) && !left) {
          numbers++;
          if (marked(title.start)) {
            disagreements.push(`coloured by the model over a grammar title: ${text.slice(title.start, title.end)}`);
          }
        }
      }
    }
    assert.deepEqual(disagreements, []);
    assert.equal(numbers, 2, 'the later numbers of the list without an organ');
  });
});
