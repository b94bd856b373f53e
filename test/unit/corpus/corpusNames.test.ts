import * as assert from 'node:assert/strict';
import { CorpusIndex } from '../../../src/core/corpus/corpusIndex';
import { corpusNameAt, corpusNamesIn } from '../../../src/core/corpus/corpusNames';

/** The written words of each mention found, in order. */
function written(text: string, mentions: readonly { start: number; end: number }[]): string[] {
  return mentions.map((m) => text.slice(m.start, m.end));
}

describe('corpusNamesIn: names of corpus people written without a role', () => {
  const withRole = 'The talks were attended by Minister of Foreign Affairs of the Russian Federation Sergey Lavrov and Minister of Foreign Affairs of the Republic of India S. Jaishankar.\n';
  const without = 'In a later interview Sergey Lavrov recalled the talks; S. Jaishankar did not comment.\n';

  function corpus(): CorpusIndex {
    const index = new CorpusIndex();
    index.update('roles.txt', withRole);
    index.update('later.txt', without);
    return index;
  }

  it('finds a full name and an initial with a surname that another text gives with a role, as that person', () => {
    const index = corpus();
    const found = corpusNamesIn(index, 'later.txt', without);
    assert.deepEqual(written(without, found), ['Sergey Lavrov', 'S. Jaishankar']);
    const lavrov = index.entityAt('roles.txt', withRole.indexOf('Sergey Lavrov') + 1);
    assert.equal(found[0]?.entityId, lavrov?.entityId);
    assert.equal(found[0]?.kind, 'official');
    assert.equal(corpusNameAt(index, 'later.txt', without, without.indexOf('Lavrov'))?.entityId, lavrov?.entityId);
  });

  it('leaves out the full stop of a sentence that ends with the name', () => {
    const index = corpus();
    index.update('china.txt', 'Minister of Foreign Affairs of the People’s Republic of China Wang Yi spoke.\n');
    const text = 'The talks ended with Wang Yi. Then Sergey Lavrov.\n';
    index.update('end.txt', text);
    assert.deepEqual(written(text, corpusNamesIn(index, 'end.txt', text)), ['Wang Yi', 'Sergey Lavrov']);
  });

  it('does not join words across a blank line', () => {
    const index = corpus();
    const text = 'Note by Sergey\n\nLavrov Street\n';
    index.update('street.txt', text);
    assert.deepEqual(corpusNamesIn(index, 'street.txt', text), []);
  });

  it('leaves to the index the names it already holds', () => {
    const index = corpus();
    assert.deepEqual(corpusNamesIn(index, 'roles.txt', withRole), []);
  });

  it('takes no bare surname', () => {
    const index = corpus();
    const text = 'Lavrov and Jaishankar spoke; then Sergey Lavrov left.\n';
    index.update('c.txt', text);
    assert.deepEqual(written(text, corpusNamesIn(index, 'c.txt', text)), ['Sergey Lavrov']);
  });

  it('does not guess between two people of the same name', () => {
    const index = new CorpusIndex();
    index.update('a.txt', 'Minister of Foreign Affairs of the Russian Federation Sergey Ivanov spoke.\n');
    index.update('b.txt', 'Minister of Culture of the Republic of Kazakhstan Sergey Ivanov opened the exhibition.\n');
    assert.equal(index.people().filter((p) => p.name === 'Sergey Ivanov').length, 2, 'the index keeps them apart');
    const text = 'Sergey Ivanov sent a message.\n';
    index.update('c.txt', text);
    assert.deepEqual(corpusNamesIn(index, 'c.txt', text), []);
  });

  it('reads the text again when it changed, and the people again when the index changed', () => {
    const index = corpus();
    assert.equal(corpusNamesIn(index, 'later.txt', without).length, 2);
    const edited = without.replace('Sergey Lavrov', 'the minister');
    assert.deepEqual(written(edited, corpusNamesIn(index, 'later.txt', edited)), ['S. Jaishankar']);
    index.remove('roles.txt');
    assert.deepEqual(corpusNamesIn(index, 'later.txt', without), []);
  });
});
