import * as assert from 'node:assert/strict';
import type { IGrammar } from 'vscode-textmate';
import { HONORIFICS } from '../../src/core/lexicon/lexicon.generated';
import { spansFromTokens } from './support/accuracy';
import { DIPLOMATIC_GRAMMAR_PATH, loadGrammar, tokenizeDocument } from './support/engine';

describe('grammar: honorifics from the lexicon', () => {
  let grammar: IGrammar;
  before(async () => {
    grammar = await loadGrammar(DIPLOMATIC_GRAMMAR_PATH);
  });

  /** The text of each span of a kind, in order. */
  function spans(text: string, kind: string): string[] {
    return spansFromTokens(tokenizeDocument(grammar, text))
      .filter((span) => span.kind === kind)
      .map((span) => text.slice(span.start, span.end));
  }

  it('reads the lexicon list, which has Prof., Sir, Dame, Sheikh and H. E. with a space', () => {
    for (const honorific of ['H.E.', 'H. E.', 'Dr.', 'Mr.', 'Mrs.', 'Ms.', 'Prof.', 'Sir', 'Dame', 'Sheikh']) {
      assert.ok(HONORIFICS.includes(honorific), honorific);
    }
  });

  it('marks the name after an honorific, the honorific outside, also between a role and its name', () => {
    const text = [
      'PRESS RELEASE',
      '',
      'Prime Minister Sir Keir Starmer met Minister of Foreign Affairs Prof. Ibrahim Gambari.',
      'The talks were chaired by H. E. Joko Widodo and by Sheikh Tamim Al Thani.',
      'Its President, Dame Jacinda Ardern, spoke.',
    ].join('\n');
    assert.deepEqual(spans(text, 'official'), ['Keir Starmer', 'Ibrahim Gambari', 'Joko Widodo', 'Tamim Al Thani', 'Jacinda Ardern']);
    assert.deepEqual(spans(text, 'role'), ['Prime Minister', 'Minister of Foreign Affairs', 'President']);
  });

  it("takes no honorific written as initials for a name's initials, and no office word for a name after a role", () => {
    const text = [
      'PRESS RELEASE',
      '',
      'We thank H.E. Ambassador Mohamed Arrouchi and H. E. Ambassador Bankole Adeoye; H.E. Joko Widodo and H. Kudrin spoke.',
      "He is Chair of the ASEAN Foreign Ministers' Meeting (AMM).",
    ].join('\n');
    assert.deepEqual(spans(text, 'official'), ['Mohamed Arrouchi', 'Bankole Adeoye', 'Joko Widodo', 'H. Kudrin']);
    assert.deepEqual(spans(text, 'role'), ['Ambassador', 'Ambassador', 'Chair of the ASEAN']);
  });

  it("marks a state's adjective before an office as the state, and not before another noun", () => {
    const text = ['PRESS RELEASE', '', 'Polish Prime Minister Donald Tusk met Norwegian Foreign Minister Espen Barth Eide. Spanish wine was served.'].join('\n');
    assert.deepEqual(spans(text, 'state'), ['Polish', 'Norwegian']);
    assert.deepEqual(spans(text, 'official'), ['Donald Tusk', 'Espen Barth Eide']);
  });

  it('marks the name after a military rank between a role and the name, and General Assembly still as a body', () => {
    const text = [
      'PRESS RELEASE',
      '',
      'Minister of Defence of the Russian Federation General of the Army Pavel Orlov met Chief of the General Staff Army General Oleg Zubov.',
      'The General Assembly heard Secretary General Farrukh Saidov.',
    ].join('\n');
    assert.deepEqual(spans(text, 'official'), ['Pavel Orlov', 'Oleg Zubov', 'Farrukh Saidov']);
    assert.deepEqual(spans(text, 'organization'), ['General Assembly']);
  });

  it('marks an office after honorifics as the role and the name after it (His Majesty King Abdullah II)', () => {
    const text = [
      'PRESS RELEASE',
      '',
      'The talks were attended by His Majesty King Abdullah II and His Royal Highness Crown Prince Mohammed bin Salman.',
      'His Highness Sheikh Tamim bin Hamad Al Thani, Amir of the State of Qatar, and the Hon. Penny Wong spoke.',
    ].join('\n');
    assert.deepEqual(spans(text, 'role'), ['King', 'Crown Prince', 'Amir']);
    assert.deepEqual(spans(text, 'official'), ['Abdullah', 'Mohammed bin Salman', 'Tamim bin Hamad Al Thani', 'Penny Wong']);
  });

  it('marks Sheikh before a single name word as the name\'s (Sheikh Hasina), before a longer name as an honorific', () => {
    const text = [
      'PRESS RELEASE',
      '',
      'The Prime Minister of Bangladesh Sheikh Hasina met the Emir of Qatar Sheikh Tamim bin Hamad Al Thani.',
      'Its Prime Minister, Sheikh Hasina, spoke.',
    ].join('\n');
    assert.deepEqual(spans(text, 'official'), ['Sheikh Hasina', 'Tamim bin Hamad Al Thani', 'Sheikh Hasina']);
  });
});
