import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { ResultDecoder, ResultEncoder, StringTable, type ExtractionResult } from '../../../src/node/extractionCodec';
import { extractFile, MAX_TEXT_BYTES } from '../../../src/core/corpus/fileExtraction';
import { extractText } from '../../../src/core/recognize/textExtraction';

const SAMPLES = path.join(__dirname, '..', '..', '..', 'samples', 'texts');

/** What the results were when the workers answered in JSON: the same data, an undefined field left out. */
function asJson(results: readonly ExtractionResult[]): unknown {
  return JSON.parse(JSON.stringify(results)) as unknown;
}

function sampleResults(): ExtractionResult[] {
  return readdirSync(SAMPLES)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => extractFile(readFileSync(path.join(SAMPLES, name)), undefined));
}

describe('extraction codec', () => {
  it('gives back the extractions of the sample texts as they were made', () => {
    const results = sampleResults();
    assert.ok(results.length > 0);
    const decoded = new ResultDecoder().decode(new ResultEncoder().encode(results));
    assert.deepEqual(asJson(decoded), asJson(results));
  });

  it('gives back every kind of result: a text, a file, missing, too large, unreadable, an error', () => {
    const text = 'President of the Russian Federation V. Orlov chaired the meeting on June 15, 2009 in Astana.\n';
    const results: ExtractionResult[] = [
      { extraction: extractText(text) },
      extractFile(new TextEncoder().encode(text), undefined),
      { missing: true },
      { tooLarge: MAX_TEXT_BYTES + 1 },
      { unreadable: 'not-utf8' },
      { error: 'EACCES: permission denied' },
    ];
    const decoded = new ResultDecoder().decode(new ResultEncoder().encode(results));
    assert.deepEqual(asJson(decoded), asJson(results));
  });

  it("gives back a participant named by their role alone beside one named, and a bare surname's antecedent", () => {
    const text = 'PRESS RELEASE\n\nThe meeting of the SCO Council of Ministers of Foreign Affairs was held on May 15, 2008 in Almaty. It was attended by the Minister of Foreign Affairs of Kazakhstan and Minister of Foreign Affairs of the Russian Federation S. Lavrov. Lavrov spoke.\n';
    const results: ExtractionResult[] = [{ extraction: extractText(text) }];
    const decoded = new ResultDecoder().decode(new ResultEncoder().encode(results));
    const participants = (result: ExtractionResult | undefined): unknown => (result && 'extraction' in result ? result.extraction.participants : undefined);
    assert.deepEqual(participants(decoded[0]), [
      { official: -1, role: 0, kind: 'attended' },
      { official: 0, kind: 'attended' },
    ]);
    assert.deepEqual(participants(decoded[0]), participants(results[0]));
    const officials = (result: ExtractionResult | undefined): unknown => (result && 'extraction' in result ? result.extraction.officials.map((o) => [o.name, o.antecedent]) : undefined);
    assert.deepEqual(officials(decoded[0]), [
      ['S. Lavrov', undefined],
      ['Lavrov', 'S. Lavrov'],
    ]);
  });

  it('sends a string once, and decodes later batches with the strings of earlier ones', () => {
    const encoder = new ResultEncoder();
    const decoder = new ResultDecoder();
    const results = sampleResults();
    const first = encoder.encode(results);
    const second = encoder.encode(results);
    assert.ok(first.strings.length > 0);
    assert.deepEqual(second.strings, []);
    decoder.decode(first);
    assert.deepEqual(asJson(decoder.decode(second)), asJson(results));
  });

  it('decodes the answers of two workers that share one string table, each with its own numbers', () => {
    const strings = new StringTable();
    const a: ExtractionResult[] = [{ extraction: extractText('Minister of Foreign Affairs of the Russian Federation Sergey Lavrov spoke.\n') }];
    const b: ExtractionResult[] = [{ extraction: extractText('President of the Republic of Kazakhstan N. Nazarbayev met Sergey Lavrov in Astana on June 15, 2009.\n') }];
    const [first, second] = [new ResultDecoder(strings), new ResultDecoder(strings)];
    const [encodeA, encodeB] = [new ResultEncoder(), new ResultEncoder()];
    assert.deepEqual(asJson(second.decode(encodeB.encode(b))), asJson(b));
    assert.deepEqual(asJson(first.decode(encodeA.encode(a))), asJson(a));
    assert.deepEqual(asJson(first.decode(encodeA.encode([...a, ...a]))), asJson([...a, ...a]));
    assert.deepEqual(asJson(second.decode(encodeB.encode(b))), asJson(b));
  });

  it('starts again from no strings on both sides once the worker has kept too many', () => {
    const encoder = new ResultEncoder(5);
    const decoder = new ResultDecoder();
    const results = sampleResults();
    for (let batch = 0; batch < 3; batch++) {
      const encoded = encoder.encode(results);
      assert.equal(encoded.reset, batch > 0);
      assert.deepEqual(asJson(decoder.decode(encoded)), asJson(results));
    }
  });
});
