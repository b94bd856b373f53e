import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { createChancery, type TextExtractor } from '../../../src/core/chancery';
import { ExtractionHandOff, type ExtractionThread } from '../../../src/core/corpus/extractionHandOff';
import { extractText } from '../../../src/core/recognize/textExtraction';
import { workerScript } from '../../../src/cli/extractionFiles';
import { NodeCorpusSource } from '../../../src/cli/nodeCorpusSource';
import { ExtractionPool } from '../../../src/node/extractionPool';

const SAMPLES = path.resolve(__dirname, '../../../samples');

/** A thread that extracts here and counts what it was given and whether it was closed. */
function fakeThread(): ExtractionThread & { texts: string[]; closed: number } {
  const thread = {
    texts: [] as string[],
    closed: 0,
    extract: ((text, registry) => {
      thread.texts.push(text);
      return Promise.resolve(extractText(text, registry));
    }) as TextExtractor,
    close: () => {
      thread.closed++;
      return Promise.resolve();
    },
  };
  return thread;
}

describe('ExtractionHandOff', () => {
  it('leaves the first texts of a run to the calling thread and starts a thread for the rest, once', async () => {
    const threads: ReturnType<typeof fakeThread>[] = [];
    const handOff = new ExtractionHandOff(() => {
      const thread = fakeThread();
      threads.push(thread);
      return thread;
    }, 3);
    const texts = ['one', 'two', 'three', 'four', 'five', 'six'].map((w) => `President of the Russian Federation Viktor ${w} spoke.`);
    const extracted = await handOff.during(async () => {
      const results = await Promise.all(texts.map((t) => handOff.extract(t, undefined)));
      assert.equal(handOff.threaded, true);
      return results;
    });
    // Undefined: the core extracts those texts itself, in its indexing loop.
    assert.deepEqual(extracted, [undefined, undefined, undefined, ...texts.slice(3).map((t) => extractText(t, undefined))]);
    assert.equal(threads.length, 1);
    assert.deepEqual(threads[0]?.texts, texts.slice(3));
    assert.equal(threads[0]?.closed, 1, 'the thread is closed when the run ends');
    assert.equal(handOff.threaded, false);
    assert.equal(handOff.extractedByThread, 3);
  });

  it('does not say a thread extracted when the one it started failed every text (the core extracts them again)', async () => {
    const failing: ExtractionThread = { extract: () => Promise.reject(new Error('extraction worker stopped')), close: () => Promise.resolve() };
    const handOff = new ExtractionHandOff(() => failing, 1);
    const results = await handOff.during(() => Promise.allSettled(['a', 'b', 'c'].map((t) => handOff.extract(t, undefined))));
    assert.deepEqual(
      results.map((r) => r.status),
      ['fulfilled', 'rejected', 'rejected'],
    );
    assert.equal(handOff.extractedByThread, 0);
  });

  it('starts no thread for a run of fewer texts, nor outside a run', async () => {
    let starts = 0;
    const handOff = new ExtractionHandOff(() => {
      starts++;
      return fakeThread();
    }, 3);
    await handOff.during(async () => {
      for (const t of ['a', 'b', 'c']) {
        await handOff.extract(t, undefined);
      }
    });
    for (const t of ['d', 'e', 'f', 'g']) {
      await handOff.extract(t, undefined);
    }
    assert.equal(starts, 0);
    // The next run counts from zero: three more texts start nothing either.
    await handOff.during(async () => {
      for (const t of ['h', 'i', 'j']) {
        await handOff.extract(t, undefined);
      }
    });
    assert.equal(starts, 0);
  });

  it('leaves every text to the calling thread when no thread can start, asking once per run', async () => {
    let starts = 0;
    const handOff = new ExtractionHandOff(() => {
      starts++;
      return undefined;
    }, 1);
    const result = await handOff.during(() => Promise.all(['x', 'President Viktor Orlov', 'z'].map((t) => handOff.extract(t, undefined))));
    assert.deepEqual(result, [undefined, undefined, undefined]);
    assert.equal(starts, 1);
  });

  it('keeps the thread of overlapping runs until the last one ends', async () => {
    const thread = fakeThread();
    const handOff = new ExtractionHandOff(() => thread, 0);
    let endFirst: () => void = () => undefined;
    const first = handOff.during(async () => {
      await handOff.extract('a', undefined);
      await new Promise<void>((resolve) => (endFirst = resolve));
    });
    await handOff.during(async () => {
      await handOff.extract('b', undefined);
    });
    assert.equal(thread.closed, 0, 'the first run still uses it');
    endFirst();
    await first;
    assert.equal(thread.closed, 1);
    assert.deepEqual(thread.texts, ['a', 'b']);
  });

  it('counts the texts of a run that starts while another runs from zero', async () => {
    const thread = fakeThread();
    const handOff = new ExtractionHandOff(() => thread, 2);
    let endFirst: () => void = () => undefined;
    const first = handOff.during(async () => {
      await Promise.all([handOff.extract('a', undefined), handOff.extract('b', undefined)]);
      await new Promise<void>((resolve) => (endFirst = resolve));
    });
    const second = await handOff.during(() => Promise.all(['c', 'd', 'e'].map((t) => handOff.extract(t, undefined))));
    endFirst();
    await first;
    assert.deepEqual(second.map((e) => e !== undefined), [false, false, true]);
    assert.deepEqual(thread.texts, ['e']);
  });

  it('indexes the samples the same with a worker thread of the extension host as in one thread', async () => {
    const script = workerScript();
    assert.ok(script, 'the worker script is found');
    let pool: ExtractionPool | undefined;
    let extractedThere = 0;
    // Texts only, as the extension host sends them: this pool reads no files.
    const handOff = new ExtractionHandOff(() => {
      pool = ExtractionPool.start(1, script);
      const started = pool;
      return started && { extract: async (text, registry) => { const result = await started.extract(text, registry); extractedThere++; return result; }, close: () => started.close() };
    }, 2);
    const build = async (extractor: TextExtractor | undefined): Promise<unknown> => {
      const chancery = createChancery({ corpus: new NodeCorpusSource(SAMPLES), extractor });
      chancery.applyRegistry(readFileSync(path.join(SAMPLES, 'chancery.yaml'), 'utf8'));
      const report = await handOff.during(() => chancery.indexCorpus());
      return { report, model: chancery.model() };
    };
    const threaded = await build(handOff.extract);
    assert.ok(pool, 'a worker was started past the first two texts');
    const texts = readdirSync(SAMPLES, { recursive: true }).filter((f) => String(f).endsWith('.txt') && String(f).startsWith('texts')).length;
    assert.equal(extractedThere, texts - 2, 'the worker extracted every text after the first two');
    assert.deepEqual(threaded, await build(undefined));
  });
});
