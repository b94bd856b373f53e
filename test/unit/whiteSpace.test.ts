import * as assert from 'node:assert/strict';
import { isWhiteSpace } from '../../src/core/whiteSpace';

describe('isWhiteSpace', () => {
  it('says of every UTF-16 code unit what the class \\s says', () => {
    const differ: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (isWhiteSpace(code) !== /\s/.test(String.fromCharCode(code))) {
        differ.push(code.toString(16));
      }
    }
    assert.deepEqual(differ, []);
  });
});
