import * as assert from 'node:assert/strict';
import { globsMatchingNothing, isInCorpus } from '../../../src/core/corpus/corpusGlobs';

describe('isInCorpus', () => {
  it('takes every .txt of the workspace with the default glob, top level included', () => {
    assert.equal(isInCorpus('a.txt', ['**/*.txt']), true);
    assert.equal(isInCorpus('texts/2017/a.txt', ['**/*.txt']), true);
    assert.equal(isInCorpus('texts/a.md', ['**/*.txt']), false);
  });

  it('keeps files outside a folder glob out of the corpus', () => {
    assert.equal(isInCorpus('texts/a.txt', ['texts/**/*.txt']), true);
    assert.equal(isInCorpus('README.txt', ['texts/**/*.txt']), false);
  });

  it('never counts sidecars or the registry as texts', () => {
    assert.equal(isInCorpus('texts/a.txt.notes.yaml', ['**/*']), false);
    assert.equal(isInCorpus('chancery.yaml', ['**/*']), false);
  });

  it('matches a bare file pattern at any depth', () => {
    assert.equal(isInCorpus('deep/down/x.txt', ['*.txt']), true);
  });

  it('subtracts what a "!" glob names, whatever the order of the globs', () => {
    assert.equal(isInCorpus('texts/2009-moscow.txt', ['**/*.txt', '!texts/2009*']), false);
    assert.equal(isInCorpus('texts/2009-moscow.txt', ['!texts/2009*', '**/*.txt']), false);
    assert.equal(isInCorpus('texts/2019-bishkek.txt', ['**/*.txt', '!texts/2009*']), true);
    assert.equal(isInCorpus('drafts/deep/a.txt', ['**/*.txt', '!drafts/**']), false);
    // Without a "/", as a glob that adds, a "!" glob matches the name at any depth.
    assert.equal(isInCorpus('texts/old/a.bak.txt', ['**/*.txt', '!*.bak.txt']), false);
  });

  it('takes nothing from "!" globs alone: they only subtract', () => {
    assert.equal(isInCorpus('texts/a.txt', ['!texts/b.txt']), false);
  });

  it('names the globs that add and match none of the texts found', () => {
    assert.deepEqual(globsMatchingNothing(['texts/*.txt', 'archive/**/*.txt', '!texts/2009*'], ['texts/2019.txt']), ['archive/**/*.txt', '!texts/2009*']);
    assert.deepEqual(globsMatchingNothing(['texts/*.txt', '!texts/2009*'], ['texts/2019.txt', 'texts/2009.txt']), []);
    assert.deepEqual(globsMatchingNothing(['*.txt'], ['deep/a.txt']), []);
  });
});
