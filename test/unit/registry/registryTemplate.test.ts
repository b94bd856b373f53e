import * as assert from 'node:assert/strict';
import { parseRegistry } from '../../../src/core/registry/registryFile';
import { guessCorpusGlobs, renderRegistryTemplate } from '../../../src/core/registry/registryTemplate';

describe('registry template', () => {
  it('narrows the corpus to the one folder that holds every text', () => {
    assert.deepEqual(guessCorpusGlobs(['texts/a.txt', 'texts/2001/b.txt']), ['texts/**/*.txt']);
  });

  it('falls back to every .txt when texts are spread out or at the top', () => {
    assert.deepEqual(guessCorpusGlobs(['a.txt', 'texts/b.txt']), ['**/*.txt']);
    assert.deepEqual(guessCorpusGlobs([]), ['**/*.txt']);
  });

  it('writes a registry that parses without problems', () => {
    const parsed = parseRegistry(renderRegistryTemplate(['texts/a.txt']));
    assert.deepEqual(parsed.problems, []);
    assert.deepEqual(parsed.registry?.corpus, ['texts/**/*.txt']);
  });
});
