import * as assert from 'node:assert/strict';
import { createChancery, type FileExtractor } from '../../../src/core/chancery';
import { extractFile } from '../../../src/core/corpus/fileExtraction';
import { isInCorpus } from '../../../src/core/corpus/corpusGlobs';
import type { CorpusSource } from '../../../src/core/ports';

/** A corpus in memory: paths to bytes. */
class InMemoryCorpusSource implements CorpusSource {
  constructor(readonly files: Map<string, Uint8Array>) {}
  async findFiles(globs: readonly string[]): Promise<string[]> {
    return [...this.files.keys()].filter((p) => isInCorpus(p, globs));
  }
  async readFile(path: string): Promise<Uint8Array | undefined> {
    return this.files.get(path);
  }
}

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('createChancery', () => {
  it('indexes the readable texts and says why the others were skipped', async () => {
    const files = new Map<string, Uint8Array>([
      ['a.txt', encode('President of the Russian Federation V. Orlov spoke.\n')],
      ['latin1.txt', new Uint8Array([0x43, 0x61, 0x66, 0xe9])],
      ['image.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00])],
      ['huge.txt', new Uint8Array(21 * 1024 * 1024).fill(0x61)],
    ]);
    const chancery = createChancery({ corpus: new InMemoryCorpusSource(files) });
    const report = await chancery.indexCorpus();
    assert.equal(report.indexed, 1);
    const problems = [...chancery.fileProblems()].map(([path, list]) => `${path}: ${list[0]?.message}`).sort();
    assert.equal(problems.length, 3);
    assert.match(problems[0] ?? '', /huge\.txt.*MB, over the 20 MB limit/);
    assert.match(problems[1] ?? '', /image\.txt.*binary/);
    assert.match(problems[2] ?? '', /latin1\.txt.*UTF-8/);
    assert.equal(chancery.model().people.length, 1);
  });

  it('gives the same model and diagnostics when a file extractor reads and extracts the files', async () => {
    const files = new Map<string, Uint8Array>([
      ['a.txt', encode('President of the Russian Federation V. Orlov spoke on June 16, 2009.\n')],
      ['b.txt', encode('\uFEFFMinister of Foreign Affairs of the Republic of Kazakhstan Yerlan Idrissov arrived.\n')],
      ['latin1.txt', new Uint8Array([0x43, 0x61, 0x66, 0xe9])],
      ['image.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00])],
      ['huge.txt', new Uint8Array(21 * 1024 * 1024).fill(0x61)],
      ['broken.txt', encode('x')],
    ]);
    const source = new InMemoryCorpusSource(files);
    const asked: string[] = [];
    // As the command line's workers do: read the bytes elsewhere, then `extractFile`; one read fails.
    const fileExtractor: FileExtractor = async (path, registry) => {
      asked.push(path);
      if (path === 'broken.txt') {
        throw new Error('worker stopped');
      }
      return extractFile(files.get(path), registry);
    };
    const build = async (withExtractor: boolean): Promise<unknown> => {
      const chancery = createChancery(withExtractor ? { corpus: source, fileExtractor } : { corpus: source });
      chancery.applyRegistry('corpus: "**/*.txt"\nstates:\n  - name: Russian Federation\n    aliases: [Rusland]\n');
      const report = await chancery.indexCorpus();
      return { report, model: chancery.model(), problems: [...chancery.fileProblems()].sort() };
    };
    const elsewhere = await build(true);
    assert.equal(asked.length, files.size);
    assert.deepEqual(elsewhere, await build(false));
  });

  it('drops the texts that are gone or outside the new globs when the corpus is indexed again', async () => {
    const files = new Map<string, Uint8Array>([
      ['a.txt', encode('President of the Russian Federation V. Orlov spoke.\n')],
      ['b.txt', encode('President of the Russian Federation V. Orlov left.\n')],
      ['drafts/c.txt', encode('President of the Russian Federation V. Orlov wrote.\n')],
    ]);
    const chancery = createChancery({ corpus: new InMemoryCorpusSource(files) });
    await chancery.indexCorpus();
    assert.deepEqual(chancery.index.texts(), ['a.txt', 'b.txt', 'drafts/c.txt']);
    files.delete('b.txt');
    chancery.applyRegistry('corpus: ["a.txt", "b.txt"]\n');
    await chancery.indexCorpus();
    assert.deepEqual(chancery.index.texts(), ['a.txt']);
    assert.equal(chancery.model().people[0]?.mentionCount, 1);
  });

  it('keeps the previous good registry when the new one is broken', () => {
    const chancery = createChancery({ corpus: new InMemoryCorpusSource(new Map()) });
    chancery.applyRegistry('corpus: texts/**/*.txt\npeople:\n  - id: a\n    name: Anna Petrova\n');
    const broken = chancery.applyRegistry('people:\n<<<<<<< HEAD\n');
    assert.equal(broken.registry, undefined);
    assert.deepEqual(chancery.registry().corpus, ['texts/**/*.txt']);
    assert.equal(chancery.registry().people?.[0]?.id, 'a');
  });

  it('applies a change, a rename and a deletion reported by a watcher', async () => {
    const files = new Map<string, Uint8Array>([['a.txt', encode('President of the Russian Federation V. Orlov spoke.\n')]]);
    const chancery = createChancery({ corpus: new InMemoryCorpusSource(files) });
    await chancery.indexCorpus();
    files.set('b.txt', encode('President of the Russian Federation V. Orlov left.\n'));
    await chancery.applyChange({ kind: 'created', path: 'b.txt' });
    assert.equal(chancery.model().people[0]?.mentionCount, 2);
    await chancery.applyChange({ kind: 'renamed', from: 'b.txt', to: 'c.txt' });
    assert.deepEqual(chancery.index.texts(), ['a.txt', 'c.txt']);
    await chancery.applyChange({ kind: 'deleted', path: 'a.txt' });
    assert.deepEqual(chancery.index.texts(), ['c.txt']);
  });
});
