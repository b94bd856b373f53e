import * as assert from 'node:assert/strict';
import { lexiconIndex } from '../../../src/core/recognize/lexiconIndex';
import { findOfficials } from '../../../src/core/recognize/officialMentions';

describe('official mentions', () => {
  it('reads every role of a paragraph, those with no role word and those whose key word comes late', () => {
    const text = [
      'PRESS RELEASE',
      'The meeting was attended by High Commissioner A. Bekov and First Vice Foreign Minister of India S. Lavrov, and Deputy Prime Minister – Minister of Foreign Affairs of Kazakhstan B. Sultanov.',
      'The Ministers met. Chairperson-in-Office K. Tokayev spoke.',
    ].join('\n\n');
    assert.deepEqual(
      findOfficials(text, lexiconIndex()).officials.map((o) => [o.name, o.role, o.state ?? null]),
      [
        ['A. Bekov', 'High Commissioner', null],
        ['S. Lavrov', 'First Vice Foreign Minister', 'India'],
        ['B. Sultanov', 'Deputy Prime Minister – Minister of Foreign Affairs', 'Kazakhstan'],
        ['K. Tokayev', 'Chairperson-in-Office', null],
      ],
    );
  });

  it('reads a role in a paragraph whose only key word is not a role word (High Commissioner)', () => {
    const text = 'The meeting opened.\n\nHigh Commissioner Filippo Grandi addressed the ministers.\n';
    assert.deepEqual(
      findOfficials(text, lexiconIndex()).officials.map((o) => [o.name, o.role]),
      [['Filippo Grandi', 'High Commissioner']],
    );
  });
});
