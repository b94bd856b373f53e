import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { IGrammar } from 'vscode-textmate';
import { DIPLOMATIC_GRAMMAR_PATH, loadGrammar } from './support/engine';
import { checkAssertions, parseAssertionFixture } from './support/lineAssertions';

const FIXTURES = path.join(__dirname, 'fixtures');

describe('grammar line assertions (fixtures/*.txt)', () => {
  let grammar: IGrammar;
  before(async () => {
    grammar = await loadGrammar(DIPLOMATIC_GRAMMAR_PATH);
  });

  for (const file of fs.readdirSync(FIXTURES).filter((name) => name.endsWith('.txt')).sort()) {
    const fixture = parseAssertionFixture(fs.readFileSync(path.join(FIXTURES, file), 'utf8'));
    it(`${file}: ${fixture.description}`, () => {
      assert.equal(fixture.scopeName, 'text.diplomatic');
      assert.ok(fixture.assertions.length > 0, 'a fixture must assert something');
      assert.deepEqual(checkAssertions(grammar, fixture), []);
    });
  }

  it('reports a wrong scope and a scope that must be absent', () => {
    const fixture = parseAssertionFixture(
      [
        '# SYNTAX TEST "text.diplomatic" "self-check"',
        'COMMUNIQUE',
        '',
        'Talks with the Republic of Kazakhstan.',
        '               ^^^^^^^^ entity.name.function.official.diplomatic',
        '               ^^^^^^^^ - entity.name.type.state.diplomatic',
      ].join('\n'),
    );
    const failures = checkAssertions(grammar, fixture);
    assert.equal(failures.length, 2);
    assert.match(failures[0] ?? '', /missing entity\.name\.function\.official\.diplomatic/);
    assert.match(failures[1] ?? '', /unexpected entity\.name\.type\.state\.diplomatic/);
  });

  it('rejects a fixture without the SYNTAX TEST header', () => {
    assert.throws(() => parseAssertionFixture('Talks.\n^^^ x'), /SYNTAX TEST/);
  });
});
