import * as assert from 'node:assert/strict';
import { isInCorpus } from '../../../src/core/corpus/corpusGlobs';

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
});
