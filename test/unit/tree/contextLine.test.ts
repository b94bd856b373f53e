import * as assert from 'node:assert/strict';
import { contextLine } from '../../../src/core/tree/contextLine';

describe('contextLine', () => {
  it('shows a short line whole', () => {
    const text = 'First line.\nThe Council met in Astana.\nLast.';
    assert.equal(contextLine(text, text.indexOf('Council'), text.indexOf('Council') + 7), 'The Council met in Astana.');
  });

  it('cuts a long line around the passage with ellipses', () => {
    const text = `${'a '.repeat(60)}the Council of Heads of State met ${'b '.repeat(60)}`;
    const start = text.indexOf('Council');
    const line = contextLine(text, start, start + 'Council of Heads of State'.length);
    assert.ok(line.startsWith('…') && line.endsWith('…'), line);
    assert.ok(line.includes('Council of Heads of State'));
    assert.ok(line.length <= 95, `${line.length}`);
  });

  it('cuts between words, never inside one', () => {
    const text = `${'Foreign Minister of the Russian Federation '.repeat(3)}Sergey Lavrov ${'attended the meeting together with delegations '.repeat(3)}`;
    const start = text.indexOf('Sergey Lavrov');
    const line = contextLine(text, start, start + 'Sergey Lavrov'.length);
    const words = new Set(text.split(/\s+/));
    const shown = line.replace(/^…|…$/g, '').split(' ');
    assert.ok(words.has(shown[0] ?? '') && words.has(shown[shown.length - 1] ?? ''), line);
    assert.ok(line.includes('Sergey Lavrov'), line);
  });

  it('shows a passage that wraps over a blank line on one line, without heading marks', () => {
    const text = 'Meeting of the Council of\n\n## the Organization\n\nText.';
    assert.equal(contextLine(text, 0, text.indexOf('Organization') + 12), 'Meeting of the Council of the Organization');
  });

  it('drops the heading marks at the start of the line, and cuts a passage longer than a row after its first words, without the words before it', () => {
    const heading = '## Meeting of the Council of Ministers of Foreign Affairs\n\nText.';
    assert.equal(contextLine(heading, 3, heading.indexOf('\n')), 'Meeting of the Council of Ministers of Foreign Affairs');
    const long = `The ${'Council of Heads of State of the Member States of the Organization '.repeat(3)}met.`;
    const line = contextLine(long, 4, long.length - 5);
    assert.ok(line.length <= 122 && line.endsWith('…') && line.startsWith('…Council of Heads'), line);
  });
});
