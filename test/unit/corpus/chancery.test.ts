import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { createChancery, readAhead, type Chancery, type FileExtractor } from '../../../src/core/chancery';
import { extractFile } from '../../../src/core/corpus/fileExtraction';
import { InMemoryCorpusSource } from './inMemoryCorpusSource';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/** A corpus whose reads each take a timer's turn, as `vscode.workspace.fs` waits for the workbench; counts the reads in flight. */
class SlowCorpusSource extends InMemoryCorpusSource {
  inFlight = 0;
  mostInFlight = 0;
  override async readFile(path: string): Promise<Uint8Array | undefined> {
    this.inFlight += 1;
    this.mostInFlight = Math.max(this.mostInFlight, this.inFlight);
    await new Promise((resolve) => setTimeout(resolve, 0));
    this.inFlight -= 1;
    return super.readFile(path);
  }
}

/** `count` texts of about `size` bytes each, each naming an official. */
function corpusOf(count: number, size: number): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  for (let i = 0; i < count; i++) {
    const text = `President of the Russian Federation V. Orlov spoke on June 16, 2009 (${i}).\n`;
    files.set(`t${String(i).padStart(5, '0')}.txt`, encode(text + ' '.repeat(Math.max(0, size - text.length - 1)) + '\n'));
  }
  return files;
}

/**
 * A corpus whose reads of the paths named in `late` read the file at once and answer only when `answer` is called: a
 * read in flight while other changes of the file are reported, as `vscode.workspace.fs` answers after a round trip.
 */
class LateReadsSource extends InMemoryCorpusSource {
  readonly late = new Set<string>();
  private readonly waiting: (() => void)[] = [];
  override async readFile(path: string): Promise<Uint8Array | undefined> {
    const bytes = await super.readFile(path);
    if (this.late.has(path)) {
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
    return bytes;
  }
  /** Lets every read held back answer. */
  answer(): void {
    this.late.clear();
    this.waiting.splice(0).forEach((resolve) => resolve());
  }
}

/** The sample corpus (samples/): its registry, and its texts by workspace-relative path. */
function sampleCorpus(): { registry: string; files: Map<string, Uint8Array> } {
  const root = path.join(__dirname, '..', '..', '..', 'samples');
  const files = new Map<string, Uint8Array>();
  for (const name of readdirSync(path.join(root, 'texts')).filter((n) => n.endsWith('.txt'))) {
    files.set(`texts/${name}`, readFileSync(path.join(root, 'texts', name)));
  }
  return { registry: readFileSync(path.join(root, 'chancery.yaml'), 'utf8'), files };
}

/** The model of an index built afresh from the files on disk. */
async function freshModel(registry: string, files: Map<string, Uint8Array>): Promise<string> {
  const fresh = createChancery({ corpus: new InMemoryCorpusSource(new Map(files)) });
  fresh.applyRegistry(registry);
  await fresh.indexCorpus();
  return JSON.stringify(fresh.model(), null, 1);
}

function move(files: Map<string, Uint8Array>, from: string, to: string): void {
  files.set(to, files.get(from) as Uint8Array);
  files.delete(from);
}

describe('readAhead', () => {
  it('reads 32 files ahead before it knows their size, then as many as fit in 16 MB, between 4 and 512', () => {
    assert.equal(readAhead(0, 0), 32);
    assert.equal(readAhead(100, 100 * 5000), 512, 'texts of 5 KB');
    assert.equal(readAhead(100, 100 * 65536), 256, 'texts of 64 KB');
    assert.equal(readAhead(4, 4 * 20 * 1048576), 4, 'texts of 20 MB');
    assert.equal(readAhead(3, 0), 512, 'empty texts');
  });
});

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
    assert.match(problems[0] ?? '', /huge\.txt: skipped, it is 22020096 bytes, over the 20 MB \(20971520 bytes\) limit/);
    assert.match(problems[1] ?? '', /image\.txt.*binary/);
    assert.match(problems[2] ?? '', /latin1\.txt.*UTF-8/);
    assert.equal(chancery.model().people.length, 1);
  });

  it('says the size of a text just over the limit in bytes, so that the message does not contradict itself', async () => {
    const files = new Map<string, Uint8Array>([['over.txt', new Uint8Array(20 * 1048576 + 1).fill(0x61)]]);
    const chancery = createChancery({ corpus: new InMemoryCorpusSource(files) });
    await chancery.indexCorpus();
    assert.equal(
      chancery.fileProblems().get('over.txt')?.[0]?.message,
      'over.txt: skipped, it is 20971521 bytes, over the 20 MB (20971520 bytes) limit for a text: split it or move it out of the corpus globs.',
    );
  });

  it('reports a corpus glob of chancery.yaml that matches no file at its line, and none for the default globs', async () => {
    const files = new Map<string, Uint8Array>([['texts/a.txt', encode('President of the Russian Federation V. Orlov spoke.\n')]]);
    const chancery = createChancery({ corpus: new InMemoryCorpusSource(files) });
    assert.deepEqual((await chancery.indexCorpus()).registryProblems, []);
    chancery.applyRegistry('corpus:\n  - texts/*.txt\n  - archive/**/*.txt\n  - "!texts/b*"\n');
    const report = await chancery.indexCorpus();
    assert.deepEqual(
      report.registryProblems.map((p) => [p.line, p.column, p.severity, p.message.slice(0, 48)]),
      [
        [2, 4, 'warning', 'The corpus glob "archive/**/*.txt" matches no fi'],
        [3, 4, 'warning', 'The corpus glob "!texts/b*" leaves out no file: '],
      ],
    );
    // A `!` glob that leaves out every file is said so, once.
    chancery.applyRegistry('corpus:\n  - "**/*.txt"\n  - "!**"\n');
    assert.deepEqual((await chancery.indexCorpus()).registryProblems.map((p) => [p.line, p.message]), [[1, 'The corpus globs leave out every file: no text is indexed.']]);
  });

  it("reports at its value a document's file that is not a text of the corpus", async () => {
    const files = new Map<string, Uint8Array>([['texts/a.txt', encode('A text.\n')], ['notes/b.txt', encode('A note.\n')]]);
    const chancery = createChancery({ corpus: new InMemoryCorpusSource(files) });
    chancery.applyRegistry(
      'corpus: texts/*.txt\ndocuments:\n  - id: a\n    title: A\n    file: texts/a.txt\n  - id: missing\n    title: M\n    file: texts/missing.txt\n  - id: b\n    title: B\n    file: notes/b.txt\n',
    );
    const report = await chancery.indexCorpus();
    assert.deepEqual(
      report.registryProblems.map((p) => [p.line, p.column, p.severity, p.message]),
      [
        [7, 10, 'warning', '"file" of document "missing" is "texts/missing.txt", which is not a text of the corpus (no such file, or the corpus globs leave it out): correct the path or the globs.'],
        [10, 10, 'warning', '"file" of document "b" is "notes/b.txt", which is not a text of the corpus (no such file, or the corpus globs leave it out): correct the path or the globs.'],
      ],
    );
  });

  it("follows a registered document's file out of the corpus and back when its text is renamed or deleted", async () => {
    // The heading is not the registry's title, so the text is the document only through `file`.
    const files = new Map<string, Uint8Array>([['a1.txt', encode('An untitled text\n\nThe parties signed it.\n')]]);
    const chancery = createChancery({ corpus: new InMemoryCorpusSource(files) });
    chancery.applyRegistry('corpus: ["*.txt"]\ndocuments:\n  - id: treaty\n    title: Treaty on Friendship\n    file: a1.txt\n');
    await chancery.indexCorpus();
    const problems = async (): Promise<string[]> => (await chancery.corpusProblems()).map((p) => `${p.line}:${p.column}`);
    assert.equal(chancery.index.document('document:treaty')?.file, 'a1.txt');
    assert.deepEqual(await problems(), []);

    files.set('a1-renamed.txt', files.get('a1.txt') as Uint8Array);
    files.delete('a1.txt');
    await chancery.applyChange({ kind: 'renamed', from: 'a1.txt', to: 'a1-renamed.txt' });
    assert.equal(chancery.index.document('document:treaty')?.file, undefined);
    assert.deepEqual(await problems(), ['4:10']);

    files.set('a1.txt', files.get('a1-renamed.txt') as Uint8Array);
    files.delete('a1-renamed.txt');
    await chancery.applyChange({ kind: 'renamed', from: 'a1-renamed.txt', to: 'a1.txt' });
    assert.equal(chancery.index.document('document:treaty')?.file, 'a1.txt');
    assert.deepEqual(await problems(), []);

    files.delete('a1.txt');
    await chancery.applyChange({ kind: 'deleted', path: 'a1.txt' });
    assert.equal(chancery.index.document('document:treaty')?.file, undefined);
  });

  it("makes a registered document's file that document, heading and all: one document per text, dated by the text", async () => {
    const files = new Map<string, Uint8Array>([
      ['a.txt', encode('Joint Communique of the Ministers of Foreign Affairs\n\nOn 12 May 2008, the meeting of the SCO Council of Ministers of Foreign Affairs was held in Astana.\n')],
      ['c.txt', encode('PRESS RELEASE\n\nThe ministers recalled the Joint Communique of the Ministers of Foreign Affairs.\n')],
    ]);
    const chancery = createChancery({ corpus: new InMemoryCorpusSource(files) });
    chancery.applyRegistry('documents:\n  - id: pr-2008\n    title: Press Release of 12 May 2008\n    file: a.txt\n');
    await chancery.indexCorpus();
    const documents = (): string[] => chancery.index.documents().map((d) => `${d.id}|${d.file}|${d.type}|${d.date?.text}|${d.registered}|${d.mentionCount}`);
    // The heading, and the title that cites it in another text.
    assert.deepEqual(documents(), ['document:@c.txt|c.txt|Press Release|undefined|false|1', 'document:pr-2008|a.txt|Joint Communique|2008-05-12|true|2']);
    assert.equal(chancery.index.entityAt('a.txt', 3)?.entityId, 'document:pr-2008');

    // Renamed out of the registry's file, the text is a document of its own again.
    files.set('b.txt', files.get('a.txt') as Uint8Array);
    files.delete('a.txt');
    await chancery.applyChange({ kind: 'renamed', from: 'a.txt', to: 'b.txt' });
    assert.deepEqual(documents(), ['document:@b.txt|b.txt|Joint Communique|2008-05-12|false|2', 'document:@c.txt|c.txt|Press Release|undefined|false|1', 'document:pr-2008|undefined|undefined|undefined|true|0']);
  });

  it('reports the corpus problems of a run where chancery.yaml writes them when the run ends, lines moved meanwhile', async () => {
    const chancery = createChancery({ corpus: new SlowCorpusSource(corpusOf(3, 100)) });
    const registry = 'corpus:\n  - "*.txt"\n  - archive/*.txt\ndocuments:\n  - id: lost\n    title: Lost\n    file: lost.txt\n';
    chancery.applyRegistry(registry);
    const report = await chancery.indexCorpus({
      // Once the corpus is listed, an edit that only moves lines: no run follows it.
      onProgress: (done) => (done === 1 ? assert.equal(chancery.applyRegistry(`# A comment.\n${registry}`).reindexNeeded, false) : undefined),
    });
    assert.deepEqual(
      report.registryProblems.map((p) => [p.line, p.column]),
      [
        [3, 4],
        [7, 10],
      ],
    );
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

  it('keeps more small files than large ones in flight while indexing', async () => {
    const small = new SlowCorpusSource(corpusOf(700, 2000));
    await createChancery({ corpus: small }).indexCorpus();
    assert.equal(small.mostInFlight, 512);
    const large = new SlowCorpusSource(corpusOf(60, 2 * 1048576));
    let most = 0;
    const report = await createChancery({ corpus: large }).indexCorpus({
      onProgress: (done) => {
        if (done > 32) {
          most = Math.max(most, large.inFlight);
        }
      },
    });
    assert.equal(report.indexed, 60);
    assert.equal(large.mostInFlight, 32, 'the first 32, before any size is known');
    // After them, no more than 16 MB of 2 MB texts: 8 reads.
    assert.ok(most <= 8, `at most 8 reads of 2 MB texts in flight once their size is known, saw ${most}`);
  });

  it('stops a full run when another one starts, so that texts outside the new globs do not come back', async () => {
    const files = corpusOf(300, 200);
    for (const [path, bytes] of [...files].slice(0, 20)) {
      files.set(`kept/${path}`, bytes);
    }
    const chancery = createChancery({ corpus: new SlowCorpusSource(files) });
    let second: ReturnType<typeof chancery.indexCorpus> | undefined;
    const first = await chancery.indexCorpus({
      onProgress: (done) => {
        if (done === 10) {
          // The analyst narrows the globs while the first run is still going.
          chancery.applyRegistry('corpus: "kept/**/*.txt"\n');
          second = chancery.indexCorpus();
        }
      },
    });
    assert.ok(second !== undefined);
    assert.equal(first.cancelled, true);
    assert.equal((await second).cancelled, false);
    assert.deepEqual(chancery.index.texts().filter((path) => !path.startsWith('kept/')), []);
    assert.equal(chancery.index.texts().length, 20);
  });

  it('indexes the text the editor holds for a path, unsaved edits included, instead of reading its file', async () => {
    const files = corpusOf(3, 100);
    const read: string[] = [];
    const source = new (class extends InMemoryCorpusSource {
      override async readFile(path: string): Promise<Uint8Array | undefined> {
        read.push(path);
        return super.readFile(path);
      }
    })(files);
    const chancery = createChancery({ corpus: source });
    const held = 'Minister of Foreign Affairs of the Republic of Kazakhstan Arman Zhaksylykov spoke on May 5, 2024.\n';
    const report = await chancery.indexCorpus({ heldText: (path) => (path === 't00001.txt' ? held : undefined) });
    assert.equal(report.indexed, 3);
    assert.deepEqual(read, ['t00000.txt', 't00002.txt']);
    assert.deepEqual(chancery.model().people.map((p) => p.name).sort(), ['Arman Zhaksylykov', 'V. Orlov']);
  });

  it('lets timers run while it indexes texts already read, when asked to', async () => {
    const files = corpusOf(150, 200);
    let ticks = 0;
    const count = async (sliceMs?: number): Promise<number> => {
      ticks = 0;
      const timer = setInterval(() => (ticks += 1), 0);
      try {
        await createChancery({ corpus: new InMemoryCorpusSource(files) }).indexCorpus(sliceMs === undefined ? {} : { sliceMs });
      } finally {
        clearInterval(timer);
      }
      return ticks;
    };
    // Reads that resolve at once leave no turn to the event loop unless the run gives one.
    assert.equal(await count(), 0);
    assert.ok((await count(0)) >= 100, 'a turn after every text with a slice of 0 ms');
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

  it("asks for the texts to be read again when the registry's names change, not when only roles do", async () => {
    const text = 'Information Note\n\nVladimir Norov reported on the work of the Secretariat.\n';
    const files = new Map<string, Uint8Array>([['a.txt', encode(text)]]);
    const chancery = createChancery({ corpus: new InMemoryCorpusSource(files) });
    chancery.applyRegistry('corpus: "**/*.txt"\n');
    await chancery.indexCorpus();
    assert.equal(chancery.index.entityAt('a.txt', text.indexOf('Norov')), undefined);

    const named = chancery.applyRegistry('corpus: "**/*.txt"\npeople:\n  - id: norov\n    name: Vladimir Norov\n');
    assert.equal(named.reindexNeeded, true);
    await chancery.indexCorpus();
    assert.equal(chancery.index.entityAt('a.txt', text.indexOf('Norov'))?.entityId, 'person:norov');
    // What an index built afresh under the same registry finds.
    const fresh = createChancery({ corpus: new InMemoryCorpusSource(files) });
    fresh.applyRegistry('corpus: "**/*.txt"\npeople:\n  - id: norov\n    name: Vladimir Norov\n');
    await fresh.indexCorpus();
    assert.deepEqual(chancery.model(), fresh.model());

    const dated = chancery.applyRegistry('corpus: "**/*.txt"\npeople:\n  - id: norov\n    name: Vladimir Norov\n    roles: [{ role: SCO Secretary-General, from: 2019 }]\n');
    assert.equal(dated.reindexNeeded, false);
  });

  it('indexes the texts of a folder renamed into the corpus from outside its globs', async () => {
    const files = new Map<string, Uint8Array>([['texts/a.txt', encode('President of the Russian Federation V. Orlov spoke.\n')]]);
    const chancery = createChancery({ corpus: new InMemoryCorpusSource(files) });
    chancery.applyRegistry('corpus: "texts/**/*.txt"\n');
    await chancery.indexCorpus();
    // `archive/old` (outside the globs) becomes `texts/old`: the watcher reports the folder alone.
    files.set('texts/old/b.txt', encode('President of the Russian Federation V. Orlov left.\n'));
    assert.deepEqual(await chancery.applyChange({ kind: 'renamed', from: 'archive/old', to: 'texts/old' }), ['texts/old/b.txt']);
    assert.deepEqual(chancery.index.texts(), ['texts/a.txt', 'texts/old/b.txt']);
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
    assert.deepEqual(await chancery.applyChange({ kind: 'renamed', from: 'b.txt', to: 'c.txt' }), ['c.txt']);
    assert.deepEqual(chancery.index.texts(), ['a.txt', 'c.txt']);
    await chancery.applyChange({ kind: 'deleted', path: 'a.txt' });
    assert.deepEqual(chancery.index.texts(), ['c.txt']);
  });

  it('moves or drops the texts under a folder renamed or deleted at once, and nothing beside it', async () => {
    const text = encode('President of the Russian Federation V. Orlov spoke.\n');
    const files = new Map<string, Uint8Array>([
      ['texts/old/a.txt', text],
      ['texts/old/deep/b.txt', text],
      ['texts/old/scan.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00])],
      ['texts/older/c.txt', text],
    ]);
    const chancery = createChancery({ corpus: new InMemoryCorpusSource(files) });
    chancery.applyRegistry('corpus: "texts/**/*.txt"\n');
    await chancery.indexCorpus();
    assert.deepEqual([...chancery.fileProblems().keys()], ['texts/old/scan.txt']);
    const changed = await chancery.applyChange({ kind: 'renamed', from: 'texts/old', to: 'texts/new' });
    assert.deepEqual(chancery.index.texts(), ['texts/new/a.txt', 'texts/new/deep/b.txt', 'texts/older/c.txt']);
    // Each text under the folder at its old and new path, so that the editor reads their sidecars again.
    assert.deepEqual([...changed].sort(), ['texts/new/a.txt', 'texts/new/deep/b.txt', 'texts/new/scan.txt', 'texts/old/a.txt', 'texts/old/deep/b.txt', 'texts/old/scan.txt']);
    assert.equal(chancery.model().people[0]?.mentionCount, 3);
    // Out of the globs: the texts leave the index.
    await chancery.applyChange({ kind: 'renamed', from: 'texts/new/deep', to: 'archive/deep' });
    assert.deepEqual(chancery.index.texts(), ['texts/new/a.txt', 'texts/older/c.txt']);
    await chancery.applyChange({ kind: 'deleted', path: 'texts/new' });
    assert.deepEqual(chancery.index.texts(), ['texts/older/c.txt']);
    assert.deepEqual([...chancery.fileProblems().keys()], []);
  });
  describe('a text renamed and renamed back, with reads that answer late', () => {
    const MOSCOW = 'texts/2020-09-10-moscow-foreign-ministers.txt';
    const RENAMED = 'texts/renamed-moscow.txt';
    const meetingOf = (chancery: Chancery): string[] =>
      chancery.index
        .meetings()
        .filter((m) => m.id.includes('foreign-affairs@2020-09-10'))
        .map((m) => `${m.body} · reported by ${m.reportedBy.join(', ') || 'none'} · ${m.participants.length} participants · ${m.mentionCount} mentions`);
    const ownMeeting = [`SCO Council of Ministers of Foreign Affairs · reported by ${MOSCOW} · 9 participants · 3 mentions`];

    it('does not put the text back at the path it left when the read of that path answers after the rename back', async () => {
      const { registry, files } = sampleCorpus();
      const source = new LateReadsSource(files);
      const chancery = createChancery({ corpus: source });
      chancery.applyRegistry(registry);
      await chancery.indexCorpus();
      assert.deepEqual(meetingOf(chancery), ownMeeting);
      // Renamed in the editor: the editor's rename, and the watcher's deletion and creation, whose read answers late.
      move(files, MOSCOW, RENAMED);
      await chancery.applyChange({ kind: 'renamed', from: MOSCOW, to: RENAMED });
      await chancery.applyChange({ kind: 'deleted', path: MOSCOW });
      source.late.add(RENAMED);
      const created = chancery.applyChange({ kind: 'created', path: RENAMED });
      await new Promise((resolve) => setTimeout(resolve, 0));
      // Renamed back before that read answered.
      move(files, RENAMED, MOSCOW);
      await chancery.applyChange({ kind: 'renamed', from: RENAMED, to: MOSCOW });
      await chancery.applyChange({ kind: 'deleted', path: RENAMED });
      await chancery.applyChange({ kind: 'created', path: MOSCOW });
      source.answer();
      await created;
      assert.deepEqual(chancery.index.texts(), [...files.keys()].sort());
      assert.deepEqual(meetingOf(chancery), ownMeeting);
      assert.equal(JSON.stringify(chancery.model(), null, 1), await freshModel(registry, files));
    });

    it('counts the text once when the watcher reported it at its new path before the editor reported the rename', async () => {
      const { registry, files } = sampleCorpus();
      const chancery = createChancery({ corpus: new InMemoryCorpusSource(files) });
      chancery.applyRegistry(registry);
      await chancery.indexCorpus();
      for (const [from, to] of [
        [MOSCOW, RENAMED],
        [RENAMED, MOSCOW],
      ] as const) {
        move(files, from, to);
        await chancery.applyChange({ kind: 'created', path: to });
        await chancery.applyChange({ kind: 'renamed', from, to });
        await chancery.applyChange({ kind: 'deleted', path: from });
        assert.equal(JSON.stringify(chancery.model(), null, 1), await freshModel(registry, files), `after ${from} -> ${to}`);
      }
      assert.deepEqual(meetingOf(chancery), ownMeeting);
      assert.deepEqual(chancery.index.mentionCountOf('person:sergey-lavrov'), { mentions: 2, texts: 1 });
    });

    it('reads the text at its new path again when it was renamed while a read of it was in flight', async () => {
      const { registry, files } = sampleCorpus();
      const source = new LateReadsSource(files);
      const chancery = createChancery({ corpus: source });
      chancery.applyRegistry(registry);
      await chancery.indexCorpus();
      // Saved with a new line, then renamed before the read of the save answered.
      files.set(MOSCOW, encode(`${new TextDecoder().decode(files.get(MOSCOW))}\nMinister of Foreign Affairs of the Russian Federation Sergey Lavrov closed the meeting.\n`));
      source.late.add(MOSCOW);
      const saved = chancery.applyChange({ kind: 'changed', path: MOSCOW });
      await new Promise((resolve) => setTimeout(resolve, 0));
      move(files, MOSCOW, RENAMED);
      await chancery.applyChange({ kind: 'renamed', from: MOSCOW, to: RENAMED });
      source.answer();
      await saved;
      assert.equal(JSON.stringify(chancery.model(), null, 1), await freshModel(registry, files));
      assert.deepEqual(chancery.index.mentionCountOf('person:sergey-lavrov'), { mentions: 3, texts: 1 });
    });

    it('keeps a change reported while a full run reads the corpus: a text deleted meanwhile is not put back, one created is kept', async () => {
      const { registry, files } = sampleCorpus();
      const source = new LateReadsSource(files);
      const chancery = createChancery({ corpus: source });
      chancery.applyRegistry(registry);
      await chancery.indexCorpus();
      source.late.add(MOSCOW);
      const run = chancery.indexCorpus();
      // Let the run list the corpus and ask for its files.
      await new Promise((resolve) => setTimeout(resolve, 10));
      files.delete(MOSCOW);
      await chancery.applyChange({ kind: 'deleted', path: MOSCOW });
      files.set('texts/new.txt', encode('Information Note\n\nSCO Secretary-General Vladimir Norov spoke.\n'));
      await chancery.applyChange({ kind: 'created', path: 'texts/new.txt' });
      source.answer();
      await run;
      assert.deepEqual(chancery.index.texts(), [...files.keys()].sort());
      assert.deepEqual(meetingOf(chancery), []);
      assert.equal(JSON.stringify(chancery.model(), null, 1), await freshModel(registry, files));
    });
  });
});

describe('createChancery with an extractor port', () => {
  const text = (i: number): Uint8Array => new TextEncoder().encode(`President of the Russian Federation Viktor Orlov${'v'.repeat(i % 3)} spoke.\n`);

  it('extracts itself the texts the port leaves to it (answers undefined), as without the port', async () => {
    const files = new Map(Array.from({ length: 5 }, (_, i) => [`t${i}.txt`, text(i)] as const));
    const withPort = createChancery({ corpus: new InMemoryCorpusSource(files), extractor: () => Promise.resolve(undefined) });
    const without = createChancery({ corpus: new InMemoryCorpusSource(files) });
    await withPort.indexCorpus();
    await without.indexCorpus();
    assert.deepEqual(withPort.model(), without.model());
    assert.equal(withPort.model().people.length > 0, true);
  });

  it('asks the port for no text of a run that a newer run stopped while its reads were in flight', async () => {
    const files = new Map(Array.from({ length: 8 }, (_, i) => [`t${i}.txt`, text(i)] as const));
    // Reads wait until released, so that the first run has all its reads in flight when the second starts.
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let reads = 0;
    const source = new InMemoryCorpusSource(files);
    const corpus = {
      findFiles: (globs: readonly string[]) => source.findFiles(globs),
      readFile: async (path: string) => {
        reads++;
        await gate;
        return source.readFile(path);
      },
    };
    let asked = 0;
    const chancery = createChancery({
      corpus,
      extractor: () => {
        asked++;
        return Promise.resolve(undefined);
      },
    });
    const first = chancery.indexCorpus();
    while (reads < files.size) {
      await new Promise((resolve) => setImmediate(resolve));
    }
    const second = chancery.indexCorpus();
    release();
    assert.equal((await first).cancelled, true);
    assert.equal((await second).indexed, files.size);
    assert.equal(asked, files.size, 'only the second run asked the port, once a text');
  });
});
