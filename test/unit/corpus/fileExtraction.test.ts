import * as assert from 'node:assert/strict';
import { extractFile, MAX_TEXT_BYTES } from '../../../src/core/corpus/fileExtraction';
import { extractText } from '../../../src/core/recognize/textExtraction';

describe('extractFile', () => {
  it('gives the extraction, the length in UTF-16 units and the size in bytes of a text', () => {
    const text = 'President of the Russian Federation V. Orlov spoke — in Astana.\n';
    const result = extractFile(new TextEncoder().encode(text), undefined);
    assert.deepEqual(result, { extraction: extractText(text), length: text.length, bytes: new TextEncoder().encode(text).byteLength });
  });

  it('says why a file is not indexed: missing, too large, binary, not UTF-8', () => {
    assert.deepEqual(extractFile(undefined, undefined), { missing: true });
    assert.deepEqual(extractFile(new Uint8Array(MAX_TEXT_BYTES + 1), undefined), { tooLarge: MAX_TEXT_BYTES + 1 });
    assert.deepEqual(extractFile(new Uint8Array([0x50, 0x4b, 0x00]), undefined), { unreadable: 'binary' });
    assert.deepEqual(extractFile(new Uint8Array([0x43, 0x61, 0x66, 0xe9]), undefined), { unreadable: 'not-utf8' });
  });
});
