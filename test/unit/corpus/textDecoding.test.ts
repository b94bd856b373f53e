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

  it('decodes UTF-16 that starts with its byte order mark, little- and big-endian, without the mark', () => {
    const text = 'Joint Communiqué — Ş. Mirziyoyev';
    const le = new Uint8Array(2 + text.length * 2);
    const be = new Uint8Array(2 + text.length * 2);
    le.set([0xff, 0xfe]);
    be.set([0xfe, 0xff]);
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      le.set([unit & 0xff, unit >> 8], 2 + i * 2);
      be.set([unit >> 8, unit & 0xff], 2 + i * 2);
    }
    assert.deepEqual(decodeText(le), { ok: true, text });
    assert.deepEqual(decodeText(be), { ok: true, text });
  });

  it('calls UTF-16 without a byte order mark not UTF-8, rather than binary', () => {
    const text = 'Joint Communique of the Ministers';
    const bytes = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      bytes[i * 2] = text.charCodeAt(i);
    }
    assert.deepEqual(decodeText(bytes), { ok: false, reason: 'not-utf8' });
  });
});
