import * as assert from 'node:assert/strict';
import { spellingVariants } from '../../../syntaxes/build/cities';
import { placesAgree } from '../../../src/core/corpus/meetingPlace';
import { PLACE_NAMES } from '../../../src/core/recognize/officialMentions';

describe('cities in the spellings English texts write them', () => {
  it('gives a name without its accents and with a Russian -iy written -y, and no variant it cannot spell in plain letters', () => {
    assert.deepEqual(spellingVariants('Nizhniy Novgorod'), ['Nizhniy Novgorod', 'Nizhny Novgorod']);
    assert.deepEqual(spellingVariants('Montréal'), ['Montréal', 'Montreal']);
    assert.deepEqual(spellingVariants('São Paulo'), ['São Paulo', 'Sao Paulo']);
    assert.deepEqual(spellingVariants('Łódź'), ['Łódź']);
    assert.deepEqual(spellingVariants('Moscow'), ['Moscow']);
  });

  it('puts the variants in the lexicon as places of their state, and leaves out those of a name places.yaml excludes', () => {
    for (const place of ['Nizhny Novgorod', 'Nizhniy Novgorod', 'Montreal', 'Sao Paulo', 'Krakow']) {
      assert.ok(PLACE_NAMES.has(place), place);
    }
    assert.equal(placesAgree('Nizhny Novgorod', 'Russia'), true);
    assert.equal(placesAgree('Montreal', 'Canada'), true);
    // `Juárez` is left out (a personal name): so is `Juarez`.
    assert.equal(PLACE_NAMES.has('Juárez'), false);
    assert.equal(PLACE_NAMES.has('Juarez'), false);
  });
});
