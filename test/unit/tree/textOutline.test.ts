import * as assert from 'node:assert/strict';
import { findHeading } from '../../../src/core/recognize/documentTitles';
import { romanValue, textOutline, type OutlineNode } from '../../../src/core/tree/textOutline';

/** Each row as `kind name — detail` indented by depth, with the text its selection covers when that differs from the name. */
function shown(text: string): string[] {
  const rows: string[] = [];
  const walk = (nodes: readonly OutlineNode[], depth: number): void => {
    for (const node of nodes) {
      const selected = text.slice(node.selection.start, node.selection.end);
      rows.push(`${'  '.repeat(depth)}${node.kind} ${node.name}${node.detail ? ` — ${node.detail}` : ''}${selected === node.name ? '' : ` [${selected.replace(/\n/g, '⏎')}]`}`);
      walk(node.children, depth + 1);
    }
  };
  walk(textOutline(text, findHeading(text)), 0);
  return rows;
}

const treaty = [
  'Treaty of Friendship between Freedonia and Sylvania',
  '',
  'The Contracting Parties,',
  '',
  'have agreed as follows:',
  '',
  'Chapter I. General Provisions',
  '',
  'Article 1',
  'Purposes',
  '',
  '1. The Parties shall develop friendship.',
  '2. They shall consult each other',
  'on matters of common interest.',
  '',
  'Article 2',
  'The Parties shall settle disputes peacefully.',
  '',
  'CHAPTER II',
  '',
  'ARTICLE 3 - Entry into Force',
  'This Treaty enters into force on signature.',
  '',
].join('\n');

describe('text outline', () => {
  it('nests chapters, articles and numbered paragraphs under the heading, with titles on the line or the line below', () => {
    assert.deepEqual(shown(treaty), [
      'heading Treaty of Friendship between Freedonia and Sylvania',
      '  chapter Chapter I — General Provisions [Chapter I. General Provisions]',
      '    article Article 1 — Purposes [Article 1⏎Purposes]',
      '      paragraph 1. The Parties shall develop friendship. [1.]',
      '      paragraph 2. They shall consult each other [2.]',
      // The first line of an article's prose is no title: it ends a sentence.
      '    article Article 2',
      '  chapter Chapter II [CHAPTER II]',
      '    article Article 3 — Entry into Force [ARTICLE 3 - Entry into Force]',
    ]);
  });

  it("gives each row the text up to the next row of its level, so that sticky scroll and the breadcrumbs follow the reader", () => {
    const [heading] = textOutline(treaty, findHeading(treaty));
    const chapters = heading?.children ?? [];
    // The title is in the name, where Go to Symbol in Editor looks for it.
    assert.equal(chapters[0]?.children[0]?.name, 'Article 1 — Purposes');
    const [first, second] = chapters;
    assert.equal(heading?.range.start, 0);
    assert.equal(heading?.range.end, treaty.trimEnd().length);
    assert.ok(first && second);
    assert.equal(treaty.slice(first.range.start, first.range.end).split('\n').at(-1), 'The Parties shall settle disputes peacefully.');
    const [article1] = first.children;
    assert.equal(treaty.slice(article1!.children[1]!.range.start, article1!.children[1]!.range.end), '2. They shall consult each other\non matters of common interest.');
    assert.equal(treaty.slice(second.range.start, second.range.end), 'CHAPTER II\n\nARTICLE 3 - Entry into Force\nThis Treaty enters into force on signature.');
  });

  it('reads sections numbered in Roman figures only in a run from I, not a signature’s initial', () => {
    const text = [
      'Joint Statement of Freedonia and Sylvania',
      '',
      'I. Political Cooperation',
      'The sides agreed to meet yearly.',
      '',
      'II. Economic Cooperation',
      '1. Trade will grow.',
      '',
      'V. Orlov',
      'President of Freedonia',
    ].join('\n');
    assert.deepEqual(shown(text), [
      'heading Joint Statement of Freedonia and Sylvania',
      '  section I. Political Cooperation',
      '  section II. Economic Cooperation',
      '    paragraph 1. Trade will grow. [1.]',
    ]);
    assert.deepEqual(shown('Statement\n\nThe President spoke.\n\nI. Karimov\nV. Putin'), ['heading Statement']);
  });

  it('reads a Roman figure alone on its line as a section, titled by the line under it when that reads as a title', () => {
    const text = ['Joint Statement of Freedonia and Sylvania', '', 'I.', '', 'The sides agreed to meet yearly.', '', 'II.', 'Economic Cooperation', 'Trade will grow.', '', 'III.', '', 'The sides will meet.'].join('\n');
    assert.deepEqual(shown(text), [
      'heading Joint Statement of Freedonia and Sylvania',
      '  section I.',
      '  section II. Economic Cooperation [II.⏎Economic Cooperation]',
      '  section III.',
    ]);
  });

  it('takes no sentence that begins with a division for one, and shortens a long paragraph to its first words', () => {
    const text = [
      'Communique of the Ministers',
      '',
      'Article 5 of the Charter of the United Nations applies.',
      'Article 51 of the Charter',
      '',
      '3. The Ministers reaffirmed their commitment to the purposes and principles of the Charter.',
    ].join('\n');
    assert.deepEqual(shown(text), ['heading Communique of the Ministers', '  paragraph 3. The Ministers reaffirmed their commitment to… [3.]']);
  });

  it('gives a text without a heading its divisions at the top, and a text with neither nothing', () => {
    assert.deepEqual(shown('\nArticle 1\nThe Parties agree.\n\nArticle 2\nThe Parties consult.'), ['article Article 1', 'article Article 2']);
    assert.deepEqual(textOutline(''), []);
  });

  it('cuts a long heading between words, so that the breadcrumbs keep the article in sight', () => {
    const text = 'Treaty on Long-Term Good-Neighbourliness, Friendship and Cooperation of the Member States of the Organization\n\nArticle 1\nThe Parties agree.';
    assert.deepEqual(shown(text), ['heading Treaty on Long-Term Good-Neighbourliness, Friendship and… [Treaty on Long-Term Good-Neighbourliness, Friendship and Cooperation of the Member States of the Organization]', '  article Article 1']);
  });

  it('ends the last article at the signatures, named by their place and date, and shows each annex with its title', () => {
    const text = [
      'Agreement between Freedonia and Sylvania on Fisheries',
      '',
      'Article 1',
      'The Parties shall cooperate.',
      '',
      'Article 2',
      'This Agreement enters into force on signature.',
      '',
      'IN WITNESS WHEREOF the undersigned, being duly authorised, have signed this Agreement.',
      '',
      'Done at St. Petersburg on 14 November 2023, in duplicate, in the English language.',
      '',
      'For Freedonia:',
      'R. Firefly',
      '',
      'Annex I',
      'Waters Covered',
      '',
      '1. The waters of the northern zone.',
      '',
      'ANNEX II: Procedures',
      'The Committee meets once a year.',
      '',
      'Annex to the Decision does not begin a line here, but this sentence does.',
    ].join('\n');
    assert.deepEqual(shown(text), [
      'heading Agreement between Freedonia and Sylvania on Fisheries',
      '  article Article 1',
      '  article Article 2',
      // From the testimonium, which the `Done at` two lines under it names.
      '  signatures Signatures — Done at St. Petersburg on 14 November 2023 [IN WITNESS WHEREOF the undersigned, being duly authorised, have signed this Agreement.]',
      '  annex Annex I — Waters Covered [Annex I⏎Waters Covered]',
      '    paragraph 1. The waters of the northern zone. [1.]',
      '  annex Annex II — Procedures [ANNEX II: Procedures]',
    ]);
    const [heading] = textOutline(text, findHeading(text));
    const article2 = heading?.children[1];
    assert.equal(text.slice(article2?.range.start, article2?.range.end), 'Article 2\nThis Agreement enters into force on signature.');
  });

  it('names the signatures by a `Done in` line alone when no testimonium stands above it', () => {
    const text = 'Treaty of Friendship\n\nArticle 1\nThe Parties agree.\n\nDone in Bishkek on 16 August 2007.\n\nFor the Kyrgyz Republic';
    assert.deepEqual(shown(text), ['heading Treaty of Friendship', '  article Article 1', '  signatures Signatures — Done in Bishkek on 16 August 2007 [Done in Bishkek on 16 August 2007.]']);
  });

  it('reads canonical Roman figures only', () => {
    assert.deepEqual(['I', 'IV', 'IX', 'XIV', 'XL', 'IIV', 'VX', 'IIII'].map(romanValue), [1, 4, 9, 14, 40, 0, 0, 0]);
  });
});
