import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseAnnotated } from './build';
import { checkGold, HELDOUT_DIR, HELDOUT_GOLD_DIR, loadHeldout, type GoldFile } from './heldout';

/** The held-out gold itself (not the grammar's score on it: that is bench/grammar/heldout.ts). */
describe('held-out gold', () => {
  const documents = loadHeldout();

  it('has eight to ten texts', () => {
    assert.ok(documents.length >= 8 && documents.length <= 10, `${documents.length} texts`);
  });

  for (const document of documents) {
    it(`${document.name}: every span is the slice of its text, in order, without overlap within a kind`, () => {
      const gold = JSON.parse(fs.readFileSync(path.join(HELDOUT_GOLD_DIR, document.name.replace(/\.txt$/, '.json')), 'utf8')) as GoldFile;
      assert.deepEqual(checkGold(document, gold), []);
    });

    it(`${document.name}: text and gold are built from annotated/`, () => {
      const name = document.name.replace(/\.txt$/, '');
      const rebuilt = parseAnnotated(name, fs.readFileSync(path.join(HELDOUT_DIR, 'annotated', `${name}.ann.txt`), 'utf8'));
      assert.equal(rebuilt.text, document.text);
      assert.deepEqual(rebuilt.gold.spans, document.spans);
    });
  }
});
