import * as assert from 'node:assert/strict';
import { collapseBlanks, findParagraphs, findSentences, rangeAt, sentencesOf, type Range } from '../../../src/core/recognize/textStructure';

/** The paragraphs as the blank-line pattern `/\r?\n[ \t\r]*\n/g` splits them, which `findParagraphs` must give. */
function paragraphsByPattern(text: string): Range[] {
  const paragraphs: Range[] = [];
  let start = 0;
  for (const match of text.matchAll(/\r?\n[ \t\r]*\n/g)) {
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
    const texts = ['', '\n', '\n\n', 'one', 'one\n', 'one\n\ntwo', 'a\n \n\nb', 'a\r\n\r\nb', 'a\r\n \r\n\r\nb\r\n', 'a\r\r\n\r\nb', 'a\rb\n\r\n', 'a\n\t \t\n b \n', '\n \n \n', 'a\n b\n\n\n c'];
    for (const text of texts) {
      assert.deepEqual(findParagraphs(text), paragraphsByPattern(text), JSON.stringify(text));
    }
  });
});

describe('texts with CRLF line breaks', () => {
  const text = ['HEADING', '', 'First paragraph,', 'still first.', '', 'Second. Still second', ''].join('\r\n');

  it('splits at blank lines, each paragraph ending before the line break that opens the blank line', () => {
    assert.deepEqual(
      findParagraphs(text).map((p) => text.slice(p.start, p.end)),
      ['HEADING', 'First paragraph,\r\nstill first.', 'Second. Still second\r\n'],
    );
  });

  it('ends a sentence at a blank line', () => {
    assert.deepEqual(
      findSentences(text).map((s) => text.slice(s.start, s.end)),
      ['HEADING', 'First paragraph,\r\nstill first.', 'Second.', ' Still second\r\n'],
    );
  });
});

describe('sentences', () => {
  const text = 'Mr. S. Lavrov met the minister.  The talks; Then the "Summit".\n\n\nA new paragraph?\n \n(No. 5) ends here';

  it('ends sentences at full stops, semicolons and blank lines, not after abbreviations', () => {
    assert.deepEqual(
      findSentences(text).map((s) => text.slice(s.start, s.end)),
      ['Mr. S. Lavrov met the minister.', '  The talks;', ' Then the "Summit".', '\nA new paragraph?', '(No. 5) ends here'],
    );
  });

  it('does not end a sentence after joined initials or H.E. before a name', () => {
    const initials = 'The talks were chaired by H.E. Joko Widodo and S.V. Lavrov. They ended.';
    assert.deepEqual(
      findSentences(initials).map((s) => initials.slice(s.start, s.end)),
      ['The talks were chaired by H.E. Joko Widodo and S.V. Lavrov.', ' They ended.'],
    );
  });

  it('does not end a sentence after an abbreviated honorific of the lexicon (Prof.)', () => {
    const text = 'The talks were chaired by Prof. Ibrahim Gambari and Dr. Lee. They ended.';
    assert.deepEqual(
      findSentences(text).map((s) => text.slice(s.start, s.end)),
      ['The talks were chaired by Prof. Ibrahim Gambari and Dr. Lee.', ' They ended.'],
    );
  });

  it('finds the sentence at an offset as the whole list does, asked in any order', () => {
    const sentences = findSentences(text);
    const offsets = [...Array(text.length + 1).keys()];
    for (const order of [offsets, [...offsets].reverse(), offsets.filter((o) => o % 7 === 3)]) {
      const sentenceAt = sentencesOf(text);
      for (const offset of order) {
        assert.deepEqual(sentenceAt(offset), rangeAt(sentences, offset), String(offset));
      }
    }
  });

  it('ends sentences where the boundary pattern it stands for does, whatever white space and capitals follow', () => {
    // The boundaries as one pattern finds them, without the abbreviations (none of these texts has one).
    const boundary = /([.!?;])(?=\s+["“(\p{Lu}\d*])|\r?\n[ \t\r]*\n/gu;
    const texts = [
      'a.\r\r\n\nB. c!\n \n\tD? e; (Foo.  “G ; *h\r\n\r\n',
      'x.\u2003Ä y.\u00a0\u{1D400} z. \u{1D41A} w.\n\n\n\n1 v.;\n\nW',
      'no boundary at all.',
      '\n\n.\n\nA',
    ];
    for (const sample of texts) {
      const expected: Range[] = [];
      let start = 0;
      for (const match of sample.matchAll(boundary)) {
        const end = match.index + (match[1] ? 1 : 0);
        if (sample.slice(start, end).trim() !== '') {
          expected.push({ start, end });
        }
        start = match.index + match[0].length;
      }
      if (sample.slice(start).trim() !== '') {
        expected.push({ start, end: sample.length });
      }
      assert.deepEqual(findSentences(sample), expected, JSON.stringify(sample));
    }
  });

  it('gives one object per sentence, whatever asks for it', () => {
    const sentenceAt = sentencesOf(text);
    assert.equal(sentenceAt(2), sentenceAt(20));
  });
});

describe('collapseBlanks', () => {
  it('writes each run of white space as one space, as a replacement of \\s+ does, and gives a string with none back as it is', () => {
    for (const text of ['Sergey Lavrov', 'Foreign  Minister', 'Foreign\nMinister', 'Prime\u00a0Minister', 'a \tb', 'end ', ' \u2003', 'Ünal Çelik', '']) {
      assert.equal(collapseBlanks(text), text.replace(/\s+/g, ' '), JSON.stringify(text));
    }
  });
});
