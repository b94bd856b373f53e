import * as assert from 'node:assert/strict';
import { SymbolSearch, workbenchSymbolName } from '../../../src/core/corpus/symbolSearch';

describe('SymbolSearch', () => {
  const entries = [
    { id: 'person:a', kind: 'person' as const, label: 'Nursultan Nazarbayev', detail: 'President · Kazakhstan · N. Nazarbaev' },
    { id: 'person:b', kind: 'person' as const, label: 'Sergey Lavrov', detail: 'Minister of Foreign Affairs · Russia' },
    { id: 'meeting:c', kind: 'meeting' as const, label: 'SCO Council of Heads of State', detail: '2009-06-15/2009-06-16 · Yekaterinburg' },
  ];

  it('finds a person by a misspelt surname', () => {
    assert.equal(new SymbolSearch(entries).search('Nazarbaiev')[0]?.id, 'person:a');
  });

  it('finds a meeting by words of its body', () => {
    assert.equal(new SymbolSearch(entries).search('heads of state')[0]?.id, 'meeting:c');
  });

  it('finds a meeting by its place, among the meetings of its body', () => {
    const many = Array.from({ length: 50 }, (_, i) => ({ id: `meeting:m${i}`, kind: 'meeting' as const, label: 'SCO Council of Heads of State', detail: `${2000 + i}-06-15 · Astana` }));
    const search = new SymbolSearch([...entries, ...many, { id: 'meeting:bishkek', kind: 'meeting', label: 'SCO Council of Heads of State', detail: '2019-06-14 · Bishkek' }, { id: 'document:decl', kind: 'document', label: 'Bishkek Declaration', detail: 'Declaration' }]);
    assert.deepEqual(
      search.search('Bishkek').map((r) => r.id).sort(),
      ['document:decl', 'meeting:bishkek'],
    );
  });

  it("ranks an entity by how well its own name matches, a person before a document at an equal score, not by a text's file", () => {
    const search = new SymbolSearch([
      { id: 'document:text', kind: 'document', label: 'Russian Foreign Minister Sergey Lavrov meets Chinese Foreign Minister Wang Yi', detail: '2024-06-10 · texts/2024-06-lavrov-wang.txt' },
      { id: 'document:same', kind: 'document', label: 'Lavrov', detail: 'Statement · texts/lavrov.txt' },
      { id: 'person:lavrov', kind: 'person', label: 'Lavrov', detail: 'Minister of Foreign Affairs · Russia' },
      { id: 'person:sergey', kind: 'person', label: 'Sergey Lavrov', detail: 'Minister of Foreign Affairs · Russia · S. Lavrov' },
    ]);
    // The person named `Lavrov` and the text titled `Lavrov` match by name alike: the person first, though the text's
    // file matches too. The text whose long title merely holds the name comes last.
    assert.deepEqual(search.search('Lavrof').map((r) => r.id), ['person:lavrov', 'document:same', 'person:sergey', 'document:text']);
    assert.deepEqual(search.search('Lavrov').map((r) => r.id), ['person:lavrov', 'document:same', 'person:sergey', 'document:text']);
  });

  it('finds a name written with accents or letters such as Ł when it is typed without them, and the other way round', () => {
    const search = new SymbolSearch([
      ...entries,
      { id: 'person:sefcovic', kind: 'person', label: 'Maroš Šefčovič', detail: 'Vice-President · European Commission' },
      { id: 'person:cavusoglu', kind: 'person', label: 'Mevlüt Çavuşoğlu', detail: 'Minister of Foreign Affairs · Türkiye' },
      { id: 'meeting:lodz', kind: 'meeting', label: 'Łódź Summit', detail: '2024-05-02 · Łódź' },
      { id: 'person:nunez', kind: 'person', label: 'Alberto Nunez', detail: 'Senator · Spain' },
    ]);
    assert.equal(search.search('Sefcovic')[0]?.id, 'person:sefcovic');
    assert.equal(search.search('Cavusoglu')[0]?.id, 'person:cavusoglu');
    assert.equal(search.search('Lodz')[0]?.id, 'meeting:lodz');
    assert.equal(search.search('Núñez')[0]?.id, 'person:nunez');
  });

  it("names a symbol with its spelling without accents for a query typed without them, which the workbench's filter needs", () => {
    assert.equal(workbenchSymbolName('Maroš Šefčovič', 'Sefcovic'), 'Maroš Šefčovič (Maros Sefcovic)');
    assert.equal(workbenchSymbolName('Łódź Summit (2024-05-02 · Łódź)', 'lodz'), 'Łódź Summit (2024-05-02 · Łódź) (Lodz Summit (2024-05-02 · Lodz))');
    assert.equal(workbenchSymbolName('Maroš Šefčovič', 'Šefčovič'), 'Maroš Šefčovič', 'typed with its accents');
    assert.equal(workbenchSymbolName('Sergey Lavrov', 'lavrov'), 'Sergey Lavrov', 'no accents to leave out');
  });

  it('answers a short query by word prefixes and an empty one with nothing', () => {
    assert.equal(new SymbolSearch(entries).search('la')[0]?.id, 'person:b');
    assert.deepEqual(new SymbolSearch(entries).search('  '), []);
  });
});
