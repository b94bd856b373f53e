import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { run } from '../../../src/cli/commands/indexCommand';
import { startExtractionPool } from '../../../src/cli/extractionFiles';
import type { ExtractionPool } from '../../../src/node/extractionPool';
import { NodeCorpusSource } from '../../../src/cli/nodeCorpusSource';
import { createChancery } from '../../../src/core/chancery';
import type { CorpusModel } from '../../../src/core/corpus/corpusModel';

function capture(): { io: { out(t: string): void; err(t: string): void }; out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return { io: { out: (t) => (out += t), err: (t) => (err += t) }, out: () => out, err: () => err };
}

describe('chancery index', () => {
  let folder: string;

  beforeEach(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'chancery-index-'));
    mkdirSync(path.join(folder, 'texts'));
    writeFileSync(
      path.join(folder, 'texts', 'a.txt'),
      'A meeting of the Council of Heads of State of the Shanghai Cooperation Organization was held on June 15, 2009 in Yekaterinburg. It was attended by President of the Russian Federation V. Orlov.\n',
    );
    writeFileSync(path.join(folder, 'texts', 'b.txt'), 'President of the Russian Federation Viktor Orlov spoke on June 16, 2009.\n');
  });

  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('prints the model as JSON: entities, mentions with offsets and meetings', async () => {
    const { io, out } = capture();
    assert.equal(await run([folder, '--json'], io), 0);
    const model = JSON.parse(out()) as CorpusModel;
    assert.deepEqual(model.texts.map((t) => t.path), ['texts/a.txt', 'texts/b.txt']);
    assert.equal(model.people.length, 1);
    assert.equal(model.people[0]?.name, 'Viktor Orlov');
    assert.equal(model.meetings[0]?.place, 'Yekaterinburg');
    const mention = model.mentions.find((m) => m.kind === 'official' && m.doc === 'texts/a.txt');
    assert.equal(mention?.entityId, model.people[0]?.id);
    assert.ok(mention && mention.end > mention.start);
  });

  it('builds the same model when worker threads extract the texts as when this thread does', async () => {
    // A registry state alias only the registry knows: the workers must receive the registry to recognise it.
    const registry = 'corpus: texts/**/*.txt\nstates:\n  - name: Russian Federation\n    aliases: [Rusland]\n';
    writeFileSync(path.join(folder, 'texts', 'c.txt'), 'Minister of Foreign Affairs of Rusland Petr Zorin arrived on May 2, 2010.\n');
    const build = async (pool: ExtractionPool | undefined): Promise<CorpusModel> => {
      const chancery = createChancery({ corpus: new NodeCorpusSource(folder), extractor: pool?.extract });
      chancery.applyRegistry(registry);
      await chancery.indexCorpus();
      return chancery.model();
    };
    const pool = startExtractionPool(2);
    assert.ok(pool, 'the worker script is found next to the pool');
    try {
      const inWorkers = await build(pool);
      assert.deepEqual(inWorkers, await build(undefined));
      assert.equal(inWorkers.mentions.find((m) => m.kind === 'official' && m.doc === 'texts/c.txt')?.state, 'Russia');
    } finally {
      await pool.close();
    }
  });

  it('builds the same model and diagnostics when worker threads read the files', async () => {
    writeFileSync(path.join(folder, 'texts', 'latin1.txt'), Buffer.from([0x43, 0x61, 0x66, 0xe9]));
    writeFileSync(path.join(folder, 'texts', 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]));
    writeFileSync(path.join(folder, 'texts', 'huge.txt'), Buffer.alloc(21 * 1024 * 1024, 0x61));
    const registry = 'corpus: texts/**/*.txt\nstates:\n  - name: Russian Federation\n    aliases: [Rusland]\n';
    writeFileSync(path.join(folder, 'texts', 'c.txt'), 'Minister of Foreign Affairs of Rusland Petr Zorin arrived on May 2, 2010.\n');
    const build = async (pool: ExtractionPool | undefined): Promise<unknown> => {
      const corpus = new NodeCorpusSource(folder);
      const chancery = createChancery({ corpus, fileExtractor: pool?.fileExtractor((file) => corpus.absolutePath(file)) });
      chancery.applyRegistry(registry);
      const report = await chancery.indexCorpus();
      return { report, model: chancery.model(), problems: [...chancery.fileProblems()].sort() };
    };
    const pool = startExtractionPool(2);
    assert.ok(pool, 'the worker script is found next to the pool');
    try {
      const inWorkers = await build(pool);
      assert.deepEqual(inWorkers, await build(undefined));
      assert.equal((inWorkers as { problems: unknown[] }).problems.length, 3);
    } finally {
      await pool.close();
    }
  });

  it('reads the files for the workers: a missing file, a folder and a large file each get their own answer', async () => {
    writeFileSync(path.join(folder, 'texts', 'huge.txt'), Buffer.alloc(21 * 1024 * 1024, 0x61));
    const corpus = new NodeCorpusSource(folder);
    const pool = startExtractionPool(1);
    assert.ok(pool, 'the worker script is found next to the pool');
    try {
      const extract = pool.fileExtractor((file) => corpus.absolutePath(file));
      // Asked in one turn, so that they go to the worker in one batch around the files that are not sent.
      const [a, gone, folderItself, huge, b] = await Promise.allSettled([
        extract('texts/a.txt', undefined),
        extract('texts/gone.txt', undefined),
        extract('texts', undefined),
        extract('texts/huge.txt', undefined),
        extract('texts/b.txt', undefined),
      ]);
      const officials = (result: typeof a): string[] =>
        result?.status === 'fulfilled' && 'extraction' in result.value ? result.value.extraction.officials.map((o) => o.name) : [];
      assert.deepEqual(officials(a), ['V. Orlov']);
      assert.deepEqual(officials(b), ['Viktor Orlov']);
      assert.deepEqual(gone, { status: 'fulfilled', value: { missing: true } });
      assert.equal(folderItself?.status, 'rejected');
      assert.deepEqual(huge, { status: 'fulfilled', value: { tooLarge: 21 * 1024 * 1024 } });
    } finally {
      await pool.close();
    }
  });

  it('uses the registry of the folder and reports its problems with line and column', async () => {
    writeFileSync(path.join(folder, 'chancery.yaml'), 'corpus: texts/**/*.txt\npeople:\n  - id: orlov\n    name: Viktor Orlov\n    hobby: chess\n');
    const { io, out, err } = capture();
    assert.equal(await run([folder, '--json'], io), 0);
    assert.match(err(), /chancery\.yaml:5:5: warning: Unknown field "hobby"/);
    const model = JSON.parse(out()) as CorpusModel;
    assert.deepEqual(
      model.problems.map((p) => `${p.path}:${p.line}:${p.column} ${p.severity}`),
      ['chancery.yaml:4:4 warning'], // 0-based in the JSON, as in the model
    );
    assert.equal(model.people[0]?.id, 'person:orlov');
    assert.equal(model.people[0]?.registered, true);
  });

  it("prints the registry's problems in the order of the file, those the corpus shows among the others", async () => {
    writeFileSync(path.join(folder, 'chancery.yaml'), 'corpus:\n  - texts/**/*.txt\n  - archive/*.txt\npeople:\n  - id: orlov\n    name: Viktor Orlov\n    hobby: chess\n');
    const { io, err } = capture();
    assert.equal(await run([folder], io), 0);
    assert.deepEqual(
      err()
        .split('\n')
        .filter((line) => line.startsWith('chancery.yaml:'))
        .map((line) => line.split(': ')[0]),
      ['chancery.yaml:3:5', 'chancery.yaml:7:5'],
    );
  });

  it('still indexes the other texts when one is not UTF-8, and exits 1', async () => {
    writeFileSync(path.join(folder, 'texts', 'latin1.txt'), Buffer.from([0x43, 0x61, 0x66, 0xe9]));
    const { io, out, err } = capture();
    assert.equal(await run([folder], io), 1);
    assert.match(err(), /texts\/latin1\.txt: skipped, it is neither UTF-8 text nor UTF-16/);
    assert.match(out(), /^2 texts, /);
  });

  it('reports a registry that is not UTF-8 instead of reading replaced characters, and still indexes the texts', async () => {
    // `Orlóv` in Latin-1: one byte that is not UTF-8.
    writeFileSync(path.join(folder, 'chancery.yaml'), Buffer.from('people:\n  - id: orlov\n    name: Viktor Orl\xf3v\n', 'latin1'));
    const { io, out, err } = capture();
    assert.equal(await run([folder, '--json'], io), 1);
    assert.match(err(), /chancery\.yaml:1:1: error: chancery\.yaml is not UTF-8 text: re-save it as UTF-8\./);
    const model = JSON.parse(out()) as CorpusModel;
    assert.deepEqual(
      model.problems.map((p) => [p.path, p.severity, p.message]),
      [['chancery.yaml', 'error', 'chancery.yaml is not UTF-8 text: re-save it as UTF-8.']],
    );
    assert.equal(model.texts.length, 2);
    assert.ok(model.people.every((p) => !p.registered));
  });

  it('still indexes the texts when chancery.yaml cannot be read, and exits 1', async () => {
    mkdirSync(path.join(folder, 'chancery.yaml'));
    const { io, out, err } = capture();
    assert.equal(await run([folder, '--json'], io), 1);
    assert.match(err(), /cannot read .*chancery\.yaml/);
    const model = JSON.parse(out()) as CorpusModel;
    assert.equal(model.texts.length, 2);
    assert.match(model.problems[0]?.message ?? '', /^chancery\.yaml cannot be read: /);
    // 0-based, as every problem of the JSON: the file's start.
    assert.deepEqual([model.problems[0]?.line, model.problems[0]?.column], [0, 0]);
  });

  it('says so plainly when the folder does not exist or is a file, and exits 2', async () => {
    const missing = capture();
    assert.equal(await run([path.join(folder, 'nowhere')], missing.io), 2);
    assert.equal(missing.err(), `chancery index: no folder at ${path.join(folder, 'nowhere')}.\n`);
    const file = capture();
    assert.equal(await run([path.join(folder, 'texts', 'a.txt')], file.io), 2);
    assert.equal(file.err(), `chancery index: ${path.join(folder, 'texts', 'a.txt')} is a file, not a folder.\n`);
  });

  it('explains its usage when the folder is missing', async () => {
    const { io, err } = capture();
    assert.equal(await run(['--json'], io), 2);
    assert.match(err(), /Usage: chancery index <folder>/);
  });

  it('names an unknown option instead of only printing the usage', async () => {
    const { io, err } = capture();
    assert.equal(await run([folder, '--jsn'], io), 2);
    assert.match(err(), /^chancery index: unknown option "--jsn" \(a folder starting with "-" goes after "--"\)\.\n/);
    assert.match(err(), /Usage: chancery index <folder>/);
  });

  it('takes what follows "--" as the folder, so that a folder named "-x" can be indexed', async () => {
    const dashed = path.join(folder, '-x');
    mkdirSync(dashed);
    writeFileSync(path.join(dashed, 'a.txt'), 'President of the Russian Federation Viktor Orlov spoke on June 16, 2009.\n');
    const cwd = process.cwd();
    process.chdir(folder);
    try {
      const { io, out } = capture();
      assert.equal(await run(['--json', '--', '-x'], io), 0);
      assert.deepEqual((JSON.parse(out()) as CorpusModel).texts.map((t) => t.path), ['a.txt']);
    } finally {
      process.chdir(cwd);
    }
  });

  it('warns on stderr at its line and column when a corpus glob matches no file, and still exits 0', async () => {
    writeFileSync(path.join(folder, 'chancery.yaml'), 'corpus:\n  - texts/*.txt\n  - archive/**/*.txt\n');
    const { io, out, err } = capture();
    assert.equal(await run([folder], io), 0);
    assert.equal(err(), 'chancery.yaml:3:5: warning: The corpus glob "archive/**/*.txt" matches no file: globs are relative to the folder of chancery.yaml; correct it or remove it.\n');
    assert.match(out(), /^2 texts, /);
  });

  it('reads "./texts/*.txt" as "texts/*.txt" and leaves out the texts a "!" glob names', async () => {
    writeFileSync(path.join(folder, 'other.txt'), 'Not named by the globs.\n');
    writeFileSync(path.join(folder, 'chancery.yaml'), 'corpus: ["./texts/*.txt"]\n');
    const dot = capture();
    assert.equal(await run([folder, '--json'], dot.io), 0);
    assert.equal(dot.err(), '');
    assert.deepEqual((JSON.parse(dot.out()) as CorpusModel).texts.map((t) => t.path), ['texts/a.txt', 'texts/b.txt']);
    writeFileSync(path.join(folder, 'chancery.yaml'), 'corpus: ["./texts/*.txt", "!texts/a*"]\n');
    const negated = capture();
    assert.equal(await run([folder, '--json'], negated.io), 0);
    assert.equal(negated.err(), '');
    assert.deepEqual((JSON.parse(negated.out()) as CorpusModel).texts.map((t) => t.path), ['texts/b.txt']);
  });

  it('reads a corpus glob written with backslashes as the editor does, with a warning at the glob', async () => {
    writeFileSync(path.join(folder, 'other.txt'), 'Not named by the globs.\n');
    writeFileSync(path.join(folder, 'chancery.yaml'), 'corpus: ["texts\\\\*.txt", "!texts\\\\a*"]\n');
    const { io, out, err } = capture();
    assert.equal(await run([folder, '--json'], io), 0);
    assert.deepEqual((JSON.parse(out()) as CorpusModel).texts.map((t) => t.path), ['texts/b.txt']);
    assert.deepEqual(
      err().split('\n').filter(Boolean).map((line) => line.replace(/: write .*$/, '')),
      ['chancery.yaml:1:10: warning: The corpus glob "texts\\*.txt" is read as "texts/*.txt"', 'chancery.yaml:1:26: warning: The corpus glob "!texts\\a*" is read as "!texts/a*"'],
    );
  });

  it('warns on stderr at their line and column about broken references of chancery.yaml, and still exits 0', async () => {
    writeFileSync(
      path.join(folder, 'chancery.yaml'),
      'meetings:\n  - id: m1\n    body: Summit\n    documents: [no-such-doc]\ndocuments:\n  - id: d1\n    title: Leak\n    file: ../../x.txt\n  - id: d2\n    title: Missing\n    file: texts/missing.txt\n',
    );
    const { io, err } = capture();
    assert.equal(await run([folder], io), 0);
    assert.deepEqual(
      err()
        .split('\n')
        .filter((line) => line !== '')
        .map((line) => line.split(': warning: ')[0]),
      ['chancery.yaml:4:17', 'chancery.yaml:8:11', 'chancery.yaml:11:11'],
    );
    assert.match(err(), /chancery\.yaml:11:11: warning: "file" of document "d2" is "texts\/missing\.txt", which is not a text of the corpus/);
  });
});
