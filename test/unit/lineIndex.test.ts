import * as assert from 'node:assert/strict';
import { LineIndex } from '../../src/core/lineIndex';

describe('LineIndex', () => {
  it('finds the line and character of offsets on every line', () => {
    const index = new LineIndex('ab\ncd\r\n\nef');
    assert.deepEqual(index.positionAt(0), { line: 0, character: 0 });
    assert.deepEqual(index.positionAt(2), { line: 0, character: 2 });
    assert.deepEqual(index.positionAt(3), { line: 1, character: 0 });
    assert.deepEqual(index.positionAt(7), { line: 2, character: 0 });
    assert.deepEqual(index.positionAt(9), { line: 3, character: 1 });
  });
});
