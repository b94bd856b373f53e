import * as assert from 'node:assert/strict';
import { decodeText, describeUnreadable } from '../../../src/core/corpus/textDecoding';

describe('decodeText', () => {
  it('decodes UTF-8 with curly quotes and diacritics', () => {
    const result = decodeText(new TextEncoder().encode('People’s Republic — Ts. Elbegdorj, Ü'));
    assert.deepEqual(result, { ok: true, text: 'People’s Republic — Ts. Elbegdorj, Ü' });
  });

  it('calls a file with a NUL byte binary', () => {
    assert.deepEqual(decodeText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00])), { ok: false, reason: 'binary' });
  });

  it('reports invalid UTF-8 instead of replacing characters', () => {
    assert.deepEqual(decodeText(new Uint8Array([0x43, 0x61, 0x66, 0xe9])), { ok: false, reason: 'not-utf8' });
    assert.match(describeUnreadable('texts/latin1.txt', 'not-utf8'), /^texts\/latin1\.txt: .*UTF-8/);
  });
});
