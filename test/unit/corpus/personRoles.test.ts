import * as assert from 'node:assert/strict';
import { renderPersonCard } from '../../../src/core/cards/personCard';
import { CorpusIndex } from '../../../src/core/corpus/corpusIndex';
import { readDateRange, type DateRange } from '../../../src/core/corpus/dateRange';
import { capitaliseRole, currentRole, currentState, officeKey, roleAt, roleLines, rolesByRecency, type WrittenRole } from '../../../src/core/corpus/personRoles';
import { parseRegistry, type RegistryRole } from '../../../src/core/registry/registryFile';

function date(text: string): DateRange {
  const read = readDateRange(text);
  assert.ok(typeof read !== 'string', typeof read === 'string' ? read : undefined);
  return read;
}

/** A registry role of Kazakhstan, held from and to the dates given (`''` for an open end). */
function held(role: string, from = '', to = ''): RegistryRole {
  return { role, organization: undefined, state: 'Kazakhstan', from: from ? date(from) : undefined, to: to ? date(to) : undefined };
}

/** A role a text dated `on` writes (undated for `''`). */
function written(role: string, on: string, doc = `${on}.txt`, state: string | undefined = 'Kazakhstan'): WrittenRole {
  return { doc, start: 0, role, state, organization: undefined, date: on ? date(on) : undefined };
}

const TOKAYEV = [held('Minister of Foreign Affairs', '2002-06-13', '2007-01-10'), held('Chairman of the Senate', '2007-01-11', '2011-03-15'), held('President', '2019-03-20')];

describe('person roles', () => {
  describe('the role held at a date', () => {
    it('takes the registry role held at the date, whatever the text writes', () => {
      const none = (): WrittenRole[] => [];
      assert.equal(roleAt(TOKAYEV, date('2005-02-25'), undefined, none)?.role, 'Minister of Foreign Affairs');
      assert.equal(roleAt(TOKAYEV, date('2020-09-10'), { role: 'Foreign Minister', state: 'Kazakhstan' }, none)?.role, 'President');
    });

    it('prefers, among registry roles held at once, the one the text writes, else the one taken up last', () => {
      const both = [held('Deputy Prime Minister', '2003', '2010'), held('Minister of Foreign Affairs', '2005', '2008')];
      assert.equal(roleAt(both, date('2006'), { role: 'Deputy Prime Minister', state: undefined }, () => [])?.role, 'Deputy Prime Minister');
      assert.equal(roleAt(both, date('2006'), undefined, () => [])?.role, 'Minister of Foreign Affairs');
    });

    it('takes the role written at the mention where the registry is silent, then the roles the texts of that date write', () => {
      const texts = [written('Prime Minister', '2005-03-01'), written('Deputy Prime Minister', '2010')];
      assert.equal(roleAt([], date('2005-02-25'), { role: 'Minister of Foreign Affairs', state: 'Kazakhstan' }, () => texts)?.role, 'Minister of Foreign Affairs');
      assert.equal(roleAt([], date('2005-03'), undefined, () => texts)?.role, 'Prime Minister');
      // Nothing of that time: no role rather than one of another time.
      assert.equal(roleAt(TOKAYEV, date('2015'), undefined, () => texts), undefined);
    });

    it('takes a registry role without dates last, and the current role when there is no date', () => {
      const undated = [held('Ambassador')];
      assert.equal(roleAt(undated, date('2015'), undefined, () => [])?.role, 'Ambassador');
      assert.equal(roleAt(undated, date('2015'), { role: 'Senator', state: undefined }, () => [])?.role, 'Senator');
      assert.equal(roleAt(TOKAYEV, undefined, undefined, () => [])?.role, 'President');
    });
  });

  describe('the current role', () => {
    it('takes the registry role still held, the one taken up last, rather than the first written', () => {
      assert.equal(currentRole(TOKAYEV, [])?.role, 'President');
      assert.equal(currentRole([held('President', '2019'), held('Senator', '2020')], [])?.role, 'Senator');
      // Every role ended: the one that ended last.
      assert.equal(currentRole([held('President', '1991', '2019'), held('Chairman of the Security Council', '1991', '2022')], [])?.role, 'Chairman of the Security Council');
    });

    it('counts a registry role without dates as still held, after the dated ones', () => {
      assert.equal(currentRole([held('Ambassador'), held('Minister of Foreign Affairs', '2002', '2007')], [])?.role, 'Ambassador');
      assert.equal(currentRole([held('Ambassador'), held('President', '2019')], [])?.role, 'President');
    });

    it('takes the role of the most recent text when the registry has none, the most written among texts of one date', () => {
      assert.equal(currentRole([], [written('Deputy Prime Minister', '2005'), written('Prime Minister', '2019'), written('Deputy Prime Minister', '2010')])?.role, 'Prime Minister');
      assert.equal(currentRole([], [written('Foreign Minister', '2017', 'a.txt'), written('Minister of Foreign Affairs', '2017', 'b.txt'), written('Minister of Foreign Affairs', '2017', 'c.txt')])?.role, 'Minister of Foreign Affairs');
      assert.equal(currentRole([], []), undefined);
    });

    it("gives a person's current role from the index, for the views without a date", () => {
      const index = new CorpusIndex();
      index.update('2005.txt', 'On 25 February 2005, President of the Republic of Kazakhstan Arman Bekov met the press.');
      index.update('2019.txt', 'On 2 May 2019, Chairman of the Senate of the Republic of Kazakhstan Arman Bekov met the press.');
      const [person] = index.people();
      assert.ok(person);
      assert.deepEqual(person.roles, ['Chairman of the Senate', 'President']);
      index.update('2005.txt', 'On 25 February 2005, Chairman of the Senate of the Republic of Kazakhstan Arman Bekov met the press.');
      index.update('2019.txt', 'On 2 May 2019, President of the Republic of Kazakhstan Arman Bekov met the press.');
      const [again] = index.people();
      assert.ok(again);
      assert.equal(index.currentRoleOf(again.id), 'President');
      assert.match(index.searchSymbols('Bekov')[0]?.detail ?? '', /^President · Kazakhstan/);
    });

    it('spells the current office as the card does, its most written spelling, whatever the latest text writes', () => {
      const index = new CorpusIndex();
      index.update('2005.txt', 'On 25 February 2005, Minister of Foreign Affairs of the Russian Federation Viktor Zubov met the press.');
      index.update('2009.txt', 'On 15 May 2009, Minister of Foreign Affairs of the Russian Federation Viktor Zubov met the press.');
      index.update('2017.txt', 'On 20 September 2017, Foreign Minister of the Russian Federation Viktor Zubov met the press.');
      const [person] = index.people();
      assert.ok(person);
      assert.equal(index.currentRoleOf(person.id), 'Minister of Foreign Affairs');
      assert.match(renderPersonCard(index, person.id, { corpusKey: 'k' }) ?? '', /\n- Minister of Foreign Affairs, Russia \(2005–2017, 3 texts\)/);
    });

    it('gives a bare title way to the fuller title it heads, written in the same text or at the same date', () => {
      const index = new CorpusIndex();
      index.update('summit.txt', 'On 7 December 2023, the Union was represented by the President of the European Council Lars Holm. Later, President Holm stressed the importance of trade.');
      const [person] = index.people();
      assert.ok(person);
      assert.equal(index.currentRoleOf(person.id), 'President of the European Council');
      const card = renderPersonCard(index, person.id, { corpusKey: 'k' }) ?? '';
      assert.match(card, /\n- President of the European Council \(2023, 1 text\)/);
      assert.doesNotMatch(card, /\n- President \(/);
      // Texts of the same date; the bare title of another date stays its own.
      const sameDay = [written('President', '2023-12-07', 'a.txt', undefined), written('President of the European Council', '2023-12-07', 'b.txt', undefined)];
      assert.deepEqual(roleLines([], sameDay).map((line) => line.role), ['President of the European Council']);
      const apart = [written('President', '2025-01-07', 'a.txt', undefined), written('President of the European Council', '2023-12-07', 'b.txt', undefined)];
      assert.equal(currentRole([], apart)?.role, 'President');
      // A title of another state is no fuller form of it.
      const states = [written('President', '2023-12-07', 'a.txt', 'Kazakhstan'), written('President of the Senate', '2023-12-07', 'a.txt', 'Russia')];
      assert.equal(roleLines([], states).length, 2);
    });

    it('gives a role the registry ends with the year it ended, not as held now', () => {
      const { registry } = parseRegistry(['people:', '  - id: ivanov', '    name: Igor Ivanov', '    roles:', '      - { role: Minister of Foreign Affairs, from: 1998-09-24, to: 2004-03-09 }', '      - { role: Secretary of the Security Council, from: 2004-03-09, to: 2007-07-09 }'].join('\n'));
      const index = new CorpusIndex();
      index.setRegistry(registry);
      assert.equal(index.currentRoleOf('person:ivanov'), 'Secretary of the Security Council (until 2007)');
    });

    it("gives a registry person's current role in Workspace Symbols, not the first in alphabetical order", () => {
      const { registry } = parseRegistry(['people:', '  - id: bekov', '    name: Arman Bekov', '    roles:', '      - { role: President, from: 2019 }', '      - { role: Chairman of the Senate, from: 2007, to: 2011 }'].join('\n'));
      const index = new CorpusIndex();
      index.setRegistry(registry);
      assert.equal(index.searchSymbols('Bekov')[0]?.detail, 'President');
    });
  });

  describe('roles that differ only in letter case', () => {
    it('writes a role as the lexicon does, the words that are no office as written', () => {
      assert.equal(capitaliseRole('foreign minister'), 'Foreign Minister');
      assert.equal(capitaliseRole('Prime minister'), 'Prime Minister');
      assert.equal(capitaliseRole('deputy foreign minister'), 'Deputy Foreign Minister');
      assert.equal(capitaliseRole('former vice-president'), 'former Vice-President');
      assert.equal(capitaliseRole('Minister of Foreign Affairs and Trade'), 'Minister of Foreign Affairs and Trade');
    });

    it('counts two offices written as one role under the registry lines of each, not as a third line', () => {
      const registry = [held('Prime Minister', '2023-03-07'), held('Minister of Foreign Affairs', '2016-01-28')];
      const lines = roleLines(registry, [written('Prime Minister and Minister of Foreign Affairs', '2023-10-25', 'doha.txt')]);
      assert.deepEqual(lines.map((l) => `${l.role}|${l.texts}`), ['Prime Minister|1', 'Minister of Foreign Affairs|1']);
      // Offices the registry does not both hold: the role as written, as before.
      assert.deepEqual(roleLines([held('Prime Minister', '2023-03-07')], [written('Prime Minister and Minister of Defence', '2023-10-25')]).map((l) => l.role), ['Prime Minister', 'Prime Minister and Minister of Defence']);
    });

    it('shows one role, capitalised, on the card lines, whichever case most texts write', () => {
      const texts = [written('foreign minister', '2019', 'a.txt'), written('foreign minister', '2020', 'b.txt'), written('Foreign Minister', '2021', 'c.txt')];
      assert.deepEqual(roleLines([], texts).map((l) => `${l.role}|${l.texts}`), ['Foreign Minister|3']);
      assert.deepEqual(roleLines([], [written('prime minister', '2019', 'a.txt')]).map((l) => l.role), ['Prime Minister']);
    });

    it('counts both cases as one role for the current role and the role at a date, and shows it capitalised', () => {
      const texts = [written('Deputy Prime Minister', '2017', 'a.txt'), written('Deputy Prime Minister', '2017', 'b.txt'), written('prime minister', '2017', 'c.txt'), written('Prime Minister', '2017', 'd.txt'), written('prime minister', '2017', 'e.txt')];
      assert.equal(currentRole([], texts)?.role, 'Prime Minister');
      assert.equal(roleAt([], date('2017'), undefined, () => texts)?.role, 'Prime Minister');
      assert.equal(roleAt([], date('2017'), { role: 'foreign minister', state: 'Kazakhstan' }, () => texts)?.role, 'Foreign Minister');
      assert.equal(roleAt([], undefined, { role: 'prime minister', state: undefined }, () => [])?.role, 'Prime Minister');
    });

    it('gives the capitalised role in the People view and Workspace Symbols for a role the texts write in lower case', () => {
      const index = new CorpusIndex();
      index.update('a.txt', 'On 2 May 2019, the foreign minister of Kazakhstan, Yerlan Karin, met the press.');
      const [person] = index.people();
      assert.ok(person);
      assert.equal(index.currentRoleOf(person.id), 'Foreign Minister');
      assert.match(index.searchSymbols('Karin')[0]?.detail ?? '', /^Foreign Minister · Kazakhstan/);
    });
  });

  describe('the roles of a list', () => {
    it('lists the current role first, then the others from the most recent, one per office', () => {
      assert.deepEqual(rolesByRecency(TOKAYEV, []), ['President', 'Chairman of the Senate', 'Minister of Foreign Affairs']);
      // A role without dates counts as still held: first, though it sorts after the dated ones otherwise.
      assert.deepEqual(rolesByRecency([held('Ambassador'), held('Minister of Foreign Affairs', '2002', '2007')], []), ['Ambassador', 'Minister of Foreign Affairs']);
      const texts = [written('Deputy Prime Minister', '2005'), written('Foreign Minister', '2012'), written('prime minister', '2019'), written('Minister of Foreign Affairs', '2010'), written('Prime Minister', '2016')];
      assert.deepEqual(rolesByRecency([], texts), ['Prime Minister', 'Foreign Minister', 'Deputy Prime Minister']);
    });
  });

  describe('the state of a person', () => {
    it('takes the state of the current role, not the first in alphabetical order', () => {
      assert.equal(currentState([{ ...held('Ambassador', '2005', '2010') }, { ...held('President', '2019'), state: 'Uzbekistan' }], []), 'Uzbekistan');
      // The current role has no state: the most recent role that has one.
      assert.equal(currentState([{ ...held('Ambassador', '2005', '2010'), state: 'Uzbekistan' }, { ...held('Special Envoy', '2019'), state: undefined }], []), 'Uzbekistan');
      assert.equal(currentState([], [written('Ambassador', '2010', 'a.txt', 'Uzbekistan'), { ...written('Special Envoy', '2019', 'b.txt'), state: undefined }]), 'Uzbekistan');
      const { registry } = parseRegistry(['people:', '  - id: bekov', '    name: Arman Bekov', '    roles:', '      - { role: Ambassador, state: Kazakhstan, from: 2005, to: 2010 }', '      - { role: President, state: Uzbekistan, from: 2019 }'].join('\n'));
      const index = new CorpusIndex();
      index.setRegistry(registry);
      const [person] = index.people();
      assert.ok(person);
      assert.deepEqual(person.states, ['Kazakhstan', 'Uzbekistan']);
      assert.equal(index.currentStateOf(person.id), 'Uzbekistan');
    });
  });

  describe('the lines of a person card', () => {
    const show = (lines: ReturnType<typeof roleLines>): string[] =>
      lines.map((l) => `${l.role}|${l.state ?? ''}|${l.from?.text ?? ''}-${l.to?.text ?? ''}|${l.years.join(',')}|${l.texts}`);

    it("joins a role written after the name, to the end of its `of` chain, to the registry's line of that office", () => {
      const { registry } = parseRegistry(['people:', '  - id: li-wen', '    name: Li Wen', '    state: China', '    roles:', '      - { role: Director of the Office of the Central Foreign Affairs Commission, state: China, from: 2023-01-01 }'].join('\n'));
      const index = new CorpusIndex();
      index.setRegistry(registry);
      index.update('dialogue.txt', 'On 13 October 2023, J. Borrell and Li Wen, Director of the Office of the Central Foreign Affairs Commission, held the dialogue.');
      const card = renderPersonCard(index, 'person:li-wen', { corpusKey: 'k' }) ?? '';
      assert.match(card, /\n- Director of the Office of the Central Foreign Affairs Commission, China \\\(since 1 January 2023\\\), 2023, 1 text\n/);
      assert.doesNotMatch(card, /\n- Director \(/);
    });

    it('folds spellings, a missing state and the organisation the role names into one office', () => {
      assert.equal(officeKey('Foreign Minister', undefined), officeKey('Minister of Foreign Affairs', undefined));
      assert.equal(officeKey('Vice-President', undefined), officeKey('vice president', undefined));
      assert.equal(officeKey('SCO Secretary-General', 'SCO'), officeKey('Secretary-General', 'SCO'));
      assert.equal(officeKey('Secretary-General of the Shanghai Cooperation Organization', 'SCO'), officeKey('Secretary General', 'SCO'));
      assert.notEqual(officeKey('Acting President', undefined), officeKey('President', undefined));
      assert.deepEqual(show(roleLines([], [written('Prime Minister', '2019', 'a.txt'), written('prime minister', '2020', 'b.txt', undefined), written('Prime Minister', '2021', 'c.txt')])), ['Prime Minister|Kazakhstan|-|2019,2020,2021|3']);
    });

    it('shows a registry role once with the texts that write it, in any spelling or without a state', () => {
      const lines = roleLines([held('Prime Minister', '2012', '2016')], [written('Prime Minister', '2013', 'a.txt'), written('Prime Minister', '2014', 'b.txt', undefined), written('prime minister', '2015', 'c.txt')]);
      assert.deepEqual(show(lines), ['Prime Minister|Kazakhstan|2012-2016|2013,2014,2015|3']);
    });

    it('keeps two periods of one office apart, each with its texts, and a text of neither period on its own line', () => {
      const lines = roleLines([held('President', '2012-05-07'), held('President', '2000-05-07', '2008-05-07')], [written('President', '2019'), written('President', '2005'), written('President', '2010')]);
      assert.deepEqual(show(lines), ['President|Kazakhstan|2012-05-07-|2019|1', 'President|Kazakhstan|2000-05-07-2008-05-07|2005|1', 'President|Kazakhstan|-|2010|1']);
    });

    it('joins registry entries of one office whose periods overlap or are not dated, and keeps different states apart', () => {
      const lines = roleLines([held('Prime Minister', '2012', '2014'), held('Prime Minister', '2013', '2016'), held('Prime Minister'), { ...held('Prime Minister'), state: 'Kyrgyzstan' }], []);
      assert.deepEqual(show(lines), ['Prime Minister|Kazakhstan|2012-2016||0', 'Prime Minister|Kyrgyzstan|-||0']);
    });
  });
});
