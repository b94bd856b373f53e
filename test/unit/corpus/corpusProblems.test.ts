import * as assert from 'node:assert/strict';
import { createChancery } from '../../../src/core/chancery';
import { placeCorpusProblems } from '../../../src/core/corpus/corpusProblems';
import { parseRegistry, type Registry } from '../../../src/core/registry/registryFile';
import { InMemoryCorpusSource } from './inMemoryCorpusSource';

const joinLines = (...lines: string[]): string => lines.join('\n') + '\n';

/** The registry of a text of chancery.yaml, which must parse. */
function registryOf(text: string): Registry {
  const { registry } = parseRegistry(text);
  assert.ok(registry);
  return registry;
}

/** The corpus problems a full run finds with `registry` on a corpus of one text, `texts/a.txt`. */
async function found(registry: string): Promise<Awaited<ReturnType<ReturnType<typeof createChancery>['indexCorpus']>>['registryProblems']> {
  const chancery = createChancery({ corpus: new InMemoryCorpusSource(new Map([['texts/a.txt', new TextEncoder().encode('A text.\n')]])) });
  chancery.applyRegistry(registry);
  return (await chancery.indexCorpus()).registryProblems;
}

describe('placeCorpusProblems', () => {
  it('moves the problems found before with their glob and document, and drops those whose glob or file is no longer written', async () => {
    const before = await found(
      joinLines(
        'corpus:',
        '  - texts/*.txt',
        '  - archive/*.txt',
        'documents:',
        '  - id: lost',
        '    title: Lost',
        '    file: texts/lost.txt',
        '  - id: gone',
        '    title: Gone',
        '    file: texts/gone.txt',
        '  - id: renamed',
        '    title: Renamed',
        '    file: texts/old.txt',
      ),
    );
    assert.deepEqual(
      before.map((p) => [p.line, p.column, p.subject]),
      [
        [2, 4, { glob: 'archive/*.txt' }],
        [6, 10, { document: 'lost', file: 'texts/lost.txt' }],
        [9, 10, { document: 'gone', file: 'texts/gone.txt' }],
        [12, 10, { document: 'renamed', file: 'texts/old.txt' }],
      ],
    );
    // Two lines above, the glob written twice, "gone" removed, the file of "renamed" changed: that one is found again
    // (or not) when the corpus is next listed.
    const after = registryOf(
      joinLines(
        '# The sample registry.',
        '',
        'corpus:',
        '  - archive/*.txt',
        '  - texts/*.txt',
        '  - archive/*.txt',
        'documents:',
        '  - id: renamed',
        '    title: Renamed',
        '    file: texts/new.txt',
        '  - id: lost',
        '    title: Lost',
        '    file: texts/lost.txt',
      ),
    );
    assert.deepEqual(
      placeCorpusProblems(before, after).map((p) => [p.line, p.column, p.subject]),
      [
        [3, 4, { glob: 'archive/*.txt' }],
        [5, 4, { glob: 'archive/*.txt' }],
        [12, 10, { document: 'lost', file: 'texts/lost.txt' }],
      ],
    );
    assert.deepEqual(placeCorpusProblems(placeCorpusProblems(before, after), after), placeCorpusProblems(before, after), 'placed twice, the same');
  });

  it('moves the warning that the globs leave out every file with the first glob, and drops it with the corpus list', async () => {
    const before = await found(joinLines('corpus:', '  - "**/*.txt"', '  - "!**"'));
    assert.deepEqual(before.map((p) => [p.line, p.column]), [[1, 4]]);
    assert.deepEqual(placeCorpusProblems(before, registryOf(joinLines('version: 1', 'corpus: ["**/*.txt", "!**"]'))).map((p) => [p.line, p.column]), [[1, 9]]);
    assert.deepEqual(placeCorpusProblems(before, registryOf(joinLines('version: 1'))), []);
  });
});
