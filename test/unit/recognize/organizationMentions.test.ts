import * as assert from 'node:assert/strict';
import { lexiconIndex } from '../../../src/core/recognize/lexiconIndex';
import { findOrganizations } from '../../../src/core/recognize/organizationMentions';

function labelled(text: string): string[] {
  return findOrganizations(text, lexiconIndex()).map((o) => `${text.slice(o.start, o.end)}=${o.label}`);
}

describe('organisation mentions', () => {
  it('takes no family name in capitals after a title and a given name for an acronym', () => {
    assert.deepEqual(labelled('4. Notes the contribution of H.E. Mr. Sergey PELLOV, Minister of Foreign Affairs, and of Ms. Anna LIND to the OSCE.'), ['OSCE=OSCE']);
  });

  it('reads an acronym the text defines in brackets, and its later uses', () => {
    assert.deepEqual(labelled('The Eurasian Development Forum (EDF) met. The EDF agreed.'), ['The Eurasian Development Forum (EDF)=EDF', 'EDF=EDF']);
  });

  it('takes a quoted name for a body where the text speaks of its founding or members', () => {
    assert.deepEqual(labelled('Since the founding of the "Shanghai Five" the "Shanghai Five" members met.'), ['Shanghai Five=Shanghai Five', 'Shanghai Five=Shanghai Five']);
  });

  it('finds the lexicon names and acronyms in a text without brackets or quotes', () => {
    assert.deepEqual(labelled('The Shanghai Cooperation Organization and the SCO met.'), ['Shanghai Cooperation Organization=SCO', 'SCO=SCO']);
  });

  it("finds the lexicon's other spellings of a name, whole, and no part of them before a defined acronym", () => {
    assert.deepEqual(labelled('The Shanghai Cooperation Organisation and the Arab League met.'), ['Shanghai Cooperation Organisation=SCO', 'Arab League=League of Arab States']);
    assert.deepEqual(labelled('the Summit of the Conference on Interaction and Confidence Building Measures in Asia (CICA) in Astana'), [
      'Conference on Interaction and Confidence Building Measures in Asia (CICA)=CICA',
    ]);
  });

  it('takes no letters after a name for an organisation (`KC`, `MP`, `GCMG`), but an acronym elsewhere', () => {
    assert.deepEqual(labelled('The leaders thanked Dame Jane Holloway KC and Sir Tom Arden GCMG.'), []);
    assert.deepEqual(labelled('The report of Anna Brook, MP, was read to the WWF.'), ['WWF=WWF']);
  });

  it('takes no Roman numeral for an organisation (`the XVI BRICS Summit`, `(XXV)`)', () => {
    assert.deepEqual(labelled('The XVI BRICS Summit recalled resolution 2625 (XXV).'), ['BRICS=BRICS']);
  });

  it('reads a name and the acronym in brackets after it as one mention', () => {
    assert.deepEqual(labelled('A session of the Collective Security Treaty Organization (CSTO) opened. The CSTO met.'), [
      'Collective Security Treaty Organization (CSTO)=CSTO',
      'CSTO=CSTO',
    ]);
  });

  it('takes no word of a line in capitals for an acronym, but a known organisation or a lone acronym there', () => {
    assert.deepEqual(labelled('FINAL COMMUNIQUE OF THE FORTY-FIFTH SUMMIT\n\nNEW DELHI, 10 May 2023 — The SCO RATS and the WWF met.'), ['SCO=SCO', 'RATS=RATS', 'WWF=WWF']);
    assert.deepEqual(labelled('Resolution ES-11/1 spoke of COVID-19.'), []);
    assert.deepEqual(labelled('Press release\n\nMOSCOW, 15 March 2024 – The ministers met in DOHA with the WWF.'), ['WWF=WWF']);
  });

  it('reads the Commonwealth by its names, the longer CIS name first, and neither a state nor the lower-case word as it', () => {
    assert.deepEqual(labelled('The Commonwealth Secretariat and the Commonwealth of Nations thanked the Commonwealth.'), [
      'Commonwealth Secretariat=Commonwealth',
      'Commonwealth of Nations=Commonwealth',
      'Commonwealth=Commonwealth',
    ]);
    assert.deepEqual(labelled('The Council of the Commonwealth of Independent States met; cooperation within the Commonwealth grew.'), [
      'Commonwealth of Independent States=CIS',
      'Commonwealth=CIS',
    ]);
    assert.deepEqual(labelled('The Commonwealth of Australia, the Commonwealth of the Bahamas and a commonwealth of ideas.'), []);
  });

  it('takes no acronym of a document symbol, nor the end of a state written in capitals, for an organisation', () => {
    assert.deepEqual(labelled('MC.DEC/3/24 and Communiqué PSC/PR/COMM.1185 (2023), as the UN/AU operation asked.'), ['UN=UN', 'AU=AU']);
    assert.deepEqual(labelled('JOINT STATEMENT BETWEEN BRAZIL AND VIET NAM\n\nThe NAM summit was held.'), ['NAM=NAM']);
  });
});
