import * as assert from 'node:assert/strict';
import { CorpusIndex, type PersonEntity } from '../../../src/core/corpus/corpusIndex';
import { parseRegistry } from '../../../src/core/registry/registryFile';
import { groupPeople, personTooltip } from '../../../src/core/tree/peopleOutline';

function person(name: string, states: string[], roles: string[], mentionCount = 1): PersonEntity {
  return { id: `person:${name}`, name, registered: false, aliases: [], states, roles, mentionCount };
}

function registryOf(...lines: string[]): ReturnType<typeof parseRegistry>['registry'] {
  const { registry, problems } = parseRegistry(lines.join('\n') + '\n');
  assert.deepEqual(problems, []);
  return registry;
}

describe('people outline', () => {
  it('groups people by state, officers under their organisation, the rest last', () => {
    const groups = groupPeople([
      person('Wang Yi', ['China'], ['Minister of Foreign Affairs'], 3),
      person('Rashid Alimov', [], ['SCO Secretary-General']),
      person('Li Keqiang', ['China'], ['Premier of the State Council'], 5),
      person('A. Nobody', [], []),
    ]);
    assert.deepEqual(
      groups.map((g) => [g.label, g.kind, g.people.map((p) => p.name)]),
      [
        ['China', 'state', ['Li Keqiang', 'Wang Yi']],
        ['SCO', 'organization', ['Rashid Alimov']],
        ['No state known', 'none', ['A. Nobody']],
      ],
    );
  });

  it('groups an officer under the organisation their role names in full, by its acronym', () => {
    const groups = groupPeople([person('Rashid Alimov', [], ['Secretary-General of the Shanghai Cooperation Organization']), person('Zhang Ming', [], ['SCO Secretary-General'])]);
    assert.deepEqual(
      groups.map((g) => [g.label, g.people.map((p) => p.name)]),
      [['SCO', ['Rashid Alimov', 'Zhang Ming']]],
    );
  });

  it('groups an officer under an organisation of the lexicon whose acronym opens their role, however the office is written', () => {
    const groups = groupPeople([person('Jens Stoltenberg', [], ['NATO Secretary General']), person('Moussa Faki', [], ['AU Chairperson']), person('Ivan Lind', [], ['XYZ Chairperson'])]);
    assert.deepEqual(
      groups.map((g) => [g.label, g.people.map((p) => p.name)]),
      [
        ['AU', ['Moussa Faki']],
        ['NATO', ['Jens Stoltenberg']],
        ['No state known', ['Ivan Lind']],
      ],
    );
  });

  it("groups a registry person under the organisation of their registry role, by the lexicon's acronym", () => {
    const index = new CorpusIndex(
      registryOf(
        'people:',
        '  - id: sefcovic',
        '    name: Maroš Šefčovič',
        '    roles: [{ role: Executive Vice-President, organization: European Union }]',
        '  - id: faki',
        '    name: Moussa Faki Mahamat',
        '    roles: [{ role: Chairperson of the Commission, organization: AU }]',
      ),
    );
    assert.deepEqual(
      groupPeople(index.people()).map((g) => [g.label, g.kind, g.people.map((p) => p.name)]),
      [
        ['AU', 'organization', ['Moussa Faki Mahamat']],
        ['EU', 'organization', ['Maroš Šefčovič']],
      ],
    );
  });

  it('groups one list once, and the list the index gives after a change anew', () => {
    const list = [person('Wang Yi', ['China'], []), person('A. Nobody', [], [])];
    assert.equal(groupPeople(list), groupPeople(list));
    const changed = [...list, person('Sergey Lavrov', ['Russia'], [])];
    assert.deepEqual(groupPeople(changed).map((g) => g.label), ['China', 'Russia', 'No state known']);
  });

  it("lists a person's roles in the row's tooltip, the current one first, then the most recent, one per office", () => {
    const index = new CorpusIndex();
    index.update('2010.txt', 'On 2 May 2010, Deputy Prime Minister of the Republic of Kazakhstan Arman Bekov met the press.');
    index.update('2019.txt', 'On 2 May 2019, President of the Republic of Kazakhstan Arman Bekov met the press.');
    index.update('2015.txt', 'On 2 May 2015, Chairman of the Senate of the Republic of Kazakhstan Arman Bekov met the press.');
    index.update('2011.txt', 'On 2 May 2011, the deputy prime minister of Kazakhstan, Arman Bekov, met the press.');
    const [person] = index.people();
    assert.ok(person);
    assert.equal(personTooltip(index, person), ['Arman Bekov', 'President', 'Chairman of the Senate', 'Deputy Prime Minister'].join('\n'));
  });

  it('groups a person of several states under the state of their current role', () => {
    const index = new CorpusIndex();
    index.setRegistry(parseRegistry(['people:', '  - id: bekov', '    name: Arman Bekov', '    roles:', '      - { role: Ambassador, state: Kazakhstan, from: 2005, to: 2010 }', '      - { role: President, state: Uzbekistan, from: 2019 }'].join('\n')).registry);
    const groups = groupPeople(index.people(), (p) => index.currentStateOf(p.id));
    assert.deepEqual(groups.map((g) => [g.label, g.people.map((p) => p.name)]), [['Uzbekistan', ['Arman Bekov']]]);
  });
});
