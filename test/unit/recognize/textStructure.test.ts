import * as assert from 'node:assert/strict';
import { findParagraphs, type Range } from '../../../src/core/recognize/textStructure';

/** The paragraphs as the blank-line pattern `/\n[ \t]*\n/g` splits them, which `findParagraphs` must give. */
function paragraphsByPattern(text: string): Range[] {
  const paragraphs: Range[] = [];
  let start = 0;
  for (const match of text.matchAll(/\n[ \t]*\n/g)) {
    if (text.slice(start, match.index).trim() !== '') {
      paragraphs.push({ start, end: match.index });
    }
    start = match.index + match[0].length;
  }
  if (text.slice(start).trim() !== '') {
    paragraphs.push({ start, end: text.length });
  }
  return paragraphs;
}

describe('paragraphs', () => {
  it('splits at blank lines, also lines of spaces and tabs, and skips empty paragraphs', () => {
    const text = 'PRESS RELEASE\n\nFirst paragraph,\nstill first.\n \t\nSecond.\n\n\n\nThird.\n\n';
    assert.deepEqual(
      findParagraphs(text).map((p) => text.slice(p.start, p.end)),
      ['PRESS RELEASE', 'First paragraph,\nstill first.', 'Second.', 'Third.'],
    );
  });

  it('finds what the blank-line pattern finds, line breaks of every kind included', () => {
    const texts = ['', '\n', '\n\n', 'one', 'one\n', 'one\n\ntwo', 'a\n \n\nb', 'a\r\n\r\nb', 'a\n\t \t\n b \n', '\n \n \n', 'a\n b\n\n\n c'];
    for (const text of texts) {
      assert.deepEqual(findParagraphs(text), paragraphsByPattern(text), JSON.stringify(text));
    }
  });
});
