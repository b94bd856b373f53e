import * as assert from 'node:assert/strict';
import { looksDiplomatic } from '../../../src/core/recognize/looksDiplomatic';

describe('looksDiplomatic', () => {
  it('recognises a communiqué naming states and offices', () => {
    const text = [
      'Joint Statement of the Ministers of Foreign Affairs',
      'The Minister of Foreign Affairs of the Russian Federation and the Minister of Foreign Affairs of the',
      "People's Republic of China discussed bilateral cooperation and signed a Declaration.",
    ].join('\n');
    assert.equal(looksDiplomatic(text), true);
  });

  it('leaves a shopping list alone', () => {
    assert.equal(looksDiplomatic('eggs\nmilk\nbread\ncall the plumber on Monday\n'), false);
  });

  it('wants more than a single state name', () => {
    assert.equal(looksDiplomatic('Trip to China: the President of the hiking club signed the Treaty of friendship with our Council.'), false);
  });
});
