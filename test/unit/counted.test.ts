import * as assert from 'node:assert/strict';
import { counted } from '../../src/core/counted';

describe('counted', () => {
  it('says a count with its noun in the singular for one and in the plural otherwise, never "(s)"', () => {
    assert.equal(counted(1, 'text'), '1 text');
    assert.equal(counted(0, 'text'), '0 texts');
    assert.equal(counted(2, 'person', 'people'), '2 people');
    assert.equal(counted(1, 'person', 'people'), '1 person');
  });
});
