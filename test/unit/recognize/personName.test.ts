import * as assert from 'node:assert/strict';
import { foldName, parsePersonName } from '../../../src/core/recognize/personName';

describe('parsePersonName', () => {
  it('splits initials from the surname', () => {
    const name = parsePersonName('N. Nazarbaev');
    assert.deepEqual(name?.initials, ['N']);
    assert.equal(name?.surname, 'Nazarbaev');
    assert.equal(name?.givenKey, undefined);
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

  it('keeps different surnames different', () => {
    assert.notEqual(foldName('Karimov'), foldName('Kamilov'));
    assert.notEqual(foldName('Rakhmonov'), foldName('Rahmon'));
  });
});
