import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { parseAnnotated } from './build';
import { annotatedPath, checkGold, goldPath, HELDOUT_DIR, loadHeldout, UNSEEN_DIR, type GoldFile } from './heldout';

/** The held-out gold itself (not the grammar's score on it: that is bench/grammar/heldout.ts). */
// The development set grew to sixteen texts in the second round of generalisation (3 December 2026).
for (const { title, dir, min, max } of [
  { title: 'held-out gold', dir: HELDOUT_DIR, min: 8, max: 20 },
  { title: 'unseen held-out gold', dir: UNSEEN_DIR, min: 8, max: 10 },
]) {
  describe(title, () => {
    const documents = loadHeldout(dir);

    it(`has ${min} to ${max} texts`, () => {
      assert.ok(documents.length >= min && documents.length <= max, `${documents.length} texts`);
    });

    for (const document of documents) {
      it(`${document.name}: every span is the slice of its text, in order, without overlap within a kind`, () => {
        const gold = JSON.parse(fs.readFileSync(goldPath(dir, document.name), 'utf8')) as GoldFile;
        assert.deepEqual(checkGold(document, gold), []);
      });

      it(`${document.name}: text and gold are built from annotated/`, () => {
        const rebuilt = parseAnnotated(document.name.replace(/\.txt$/, ''), fs.readFileSync(annotatedPath(dir, document.name), 'utf8'));
        assert.equal(rebuilt.text, document.text);
        assert.deepEqual(rebuilt.gold.spans, document.spans);
      });
    }
  });
}

/** The two sets must stay apart: the unseen set is only worth its figure if none of its texts is in the first. */
describe('held-out sets', () => {
  it('share no text name', () => {
    const first = new Set(loadHeldout(HELDOUT_DIR).map((document) => document.name));
    assert.deepEqual(loadHeldout(UNSEEN_DIR).map((document) => document.name).filter((name) => first.has(name)), []);
  });

  it('share no line of text', () => {
    const lines = (dir: string): string[] =>
      loadHeldout(dir).flatMap((document) => document.text.split('\n').filter((line) => line.trim().length >= 40));
    const first = new Set(lines(HELDOUT_DIR));
    assert.deepEqual(lines(UNSEEN_DIR).filter((line) => first.has(line)), []);
  });
});
