import * as assert from 'node:assert/strict';
import { foldName, initialsCompatible, parsePersonName } from '../../../src/core/recognize/personName';

describe('parsePersonName', () => {
  it('splits initials from the surname', () => {
    const name = parsePersonName('N. Nazarbaev');
    assert.deepEqual(name?.initials, ['N']);
    assert.equal(name?.surname, 'Nazarbaev');
    assert.equal(name?.givenKey, undefined);
  });

  it('leaves the honorifics of the lexicon out of the name, one or two, joined or spaced (H.E., H. E.)', () => {
    for (const [written, expected] of [
      ['Dr. Vivian Balakrishnan', 'Vivian Balakrishnan'],
      ['H.E. Mr. Sergey Lavrov', 'Sergey Lavrov'],
      ['H. E. Joko Widodo', 'Joko Widodo'],
      ['Sir Keir Starmer', 'Keir Starmer'],
      ['Prof.  Ibrahim Gambari', 'Ibrahim Gambari'],
      ['His Excellency S.V. Lavrov', 'S.V. Lavrov'],
    ] as const) {
      const name = parsePersonName(written);
      assert.equal(name?.written, expected, written);
      assert.equal(name?.initials[0], expected.charAt(0), written);
    }
    // An honorific alone is no name, and a name that is only an honorific's word is kept.
    assert.equal(parsePersonName('Dr.'), undefined);
    assert.equal(parsePersonName('Sir')?.surname, 'Sir');
  });

  it('keeps Sheikh before a single name word (Sheikh Hasina) and leaves it out before a longer name', () => {
    assert.equal(parsePersonName('Sheikh Hasina')?.written, 'Sheikh Hasina');
    assert.equal(parsePersonName('Sheikh Hasina')?.surname, 'Hasina');
    assert.equal(parsePersonName('Sheikh Tamim bin Hamad Al Thani')?.written, 'Tamim bin Hamad Al Thani');
    assert.equal(parsePersonName('H.E. Sheikh Mohammed bin Zayed')?.written, 'Mohammed bin Zayed');
  });

  it('gives a full name the initial of its given name', () => {
    const name = parsePersonName('Kassym-Jomart Tokayev');
    assert.deepEqual(name?.initials, ['K']);
    assert.equal(name?.surname, 'Tokayev');
  });

  it('compares a family-name-first name whole', () => {
    const name = parsePersonName('Li Zhaoxing');
    assert.deepEqual(name?.initials, []);
    assert.equal(name?.surnameKey, foldName('LiZhaoxing'));
  });

  it('keeps initials and given names in their written order, also initials written without a blank', () => {
    assert.deepEqual(parsePersonName('Pavel K. Orlov')?.initials, ['P', 'K']);
    assert.deepEqual(parsePersonName('P.K. Orlov')?.initials, ['P', 'K']);
    assert.equal(parsePersonName('P.K. Orlov')?.givenKey, undefined);
  });

  it('reads lower-case particles as part of the surname, not as given names', () => {
    const name = parsePersonName('Anna van der Velde');
    assert.deepEqual(name?.given, ['Anna']);
    assert.deepEqual(name?.initials, ['A']);
    assert.equal(name?.surname, 'van der Velde');
  });

  it('reads particles written with a capital before the surname as part of it, as at a sentence\'s start', () => {
    const cases: readonly (readonly [string, string])[] = [['Herman Van Rompuy', 'Van Rompuy'], ['Van Rompuy', 'Van Rompuy'], ['Jean-Yves Le Drian', 'Le Drian'], ['Von der Leyen', 'Von der Leyen']];
    for (const [written, surname] of cases) {
      assert.equal(parsePersonName(written)?.surname, surname, written);
    }
    assert.deepEqual(parsePersonName('Herman Van Rompuy')?.initials, ['H']);
    assert.equal(parsePersonName('Von der Leyen')?.surnameKey, parsePersonName('Ursula von der Leyen')?.surnameKey);
  });

  it('takes a hyphenated given name written with a blank for the same, and no other given names', () => {
    const hyphenated = parsePersonName('Kassym-Jomart Tokayev');
    const spaced = parsePersonName('Kassym Jomart Tokayev');
    assert.ok(hyphenated && spaced);
    assert.equal(initialsCompatible(hyphenated, spaced), true);
    assert.equal(initialsCompatible(spaced, hyphenated), true);
    const other = parsePersonName('Kassym Marat Tokayev');
    assert.ok(other);
    assert.equal(initialsCompatible(hyphenated, other), false);
  });

  it('returns nothing for text without a capitalised word', () => {
    assert.equal(parsePersonName('the minister'), undefined);
  });
});

describe('foldName', () => {
  it('meets the usual romanisations of one surname', () => {
    assert.equal(foldName('Nazarbayev'), foldName('Nazarbaev'));
    assert.equal(foldName('Bakiyev'), foldName('Bakiev'));
    assert.equal(foldName('Aytmatov'), foldName('Aitmatov'));
    assert.equal(foldName('Khamrokhon'), foldName('Hamrohon'));
  });

  it('meets a name written with and without its accents and letters such as Ł', () => {
    assert.equal(foldName('Radosław'), foldName('Radoslaw'));
    assert.equal(foldName('Søreide'), foldName('Soreide'));
    assert.equal(foldName('Šefčovič'), foldName('Sefcovic'));
  });

  it('keeps different surnames different', () => {
    assert.notEqual(foldName('Karimov'), foldName('Kamilov'));
    assert.notEqual(foldName('Rakhmonov'), foldName('Rahmon'));
  });
});
