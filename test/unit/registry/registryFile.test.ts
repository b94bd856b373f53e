import * as assert from 'node:assert/strict';
import { DEFAULT_CORPUS_GLOBS, parseRegistry } from '../../../src/core/registry/registryFile';

const joinLines = (...lines: string[]): string => lines.join('\n') + '\n';

describe('parseRegistry', () => {
  it('reads people with aliases, dated roles, external ids and notes', () => {
    const { registry, problems } = parseRegistry(
      joinLines(
        'corpus: texts/**/*.txt',
        'people:',
        '  - id: tazhin',
        '    name: Marat Tazhin',
        '    aliases: [M. Tazhin]',
        '    state: Kazakhstan',
        '    roles:',
        '      - role: Minister of Foreign Affairs',
        '        state: Kazakhstan',
        '        from: 2007-01-10',
        '        to: 2009-10',
        '    ids: { wikidata: Q1234 }',
        '    notes: Later Secretary of the Security Council.',
      ),
    );
    assert.deepEqual(problems, []);
    assert.deepEqual(registry?.corpus, ['texts/**/*.txt']);
    const person = registry?.people?.[0];
    assert.equal(person?.name, 'Marat Tazhin');
    assert.deepEqual(person?.aliases, ['M. Tazhin']);
    assert.deepEqual(person?.ids, { wikidata: 'Q1234' });
    assert.equal(person?.roles[0]?.from?.from, '2007-01-10');
    assert.equal(person?.roles[0]?.to?.to, '2009-10-31');
    assert.deepEqual(person?.location, { line: 2, column: 4 });
  });

  it('reads meetings, documents, organisations and extra states', () => {
    const { registry, problems } = parseRegistry(
      joinLines(
        'meetings:',
        '  - id: cmfa-2009',
        '    body: SCO Council of Ministers of Foreign Affairs',
        '    date: 2009-06-15/2009-06-16',
        '    place: Moscow',
        '    extraordinary: false',
        '    documents: [pr-2009]',
        'documents:',
        '  - id: pr-2009',
        '    title: Press Release',
        '    type: Press Release',
        '    date: 2009',
        '    file: ./texts/2009.txt',
        'organizations:',
        '  - id: cica',
        '    name: Conference on Interaction and Confidence-Building Measures in Asia',
        '    acronyms: [CICA]',
        'states:',
        '  - name: Ruritania',
        '    aliases: [Kingdom of Ruritania]',
        '    adjectives: [Ruritanian]',
      ),
    );
    assert.deepEqual(problems, []);
    assert.equal(registry?.meetings?.[0]?.date?.text, '2009-06-15/2009-06-16');
    assert.equal(registry?.documents?.[0]?.file, 'texts/2009.txt');
    assert.deepEqual(registry?.organizations?.[0]?.acronyms, ['CICA']);
    assert.deepEqual(registry?.states?.[0]?.adjectives, ['Ruritanian']);
  });

  it('shows a mis-indented line as its first, precise error, with the errors it sets off folded into it', () => {
    const { registry, problems } = parseRegistry(joinLines('people:', '  - id: a', '    name: One', '   state: Russia', '    roles:', '      - role: Minister of Foreign Affairs', '        from: 2004-03-09'));
    assert.equal(registry, undefined);
    assert.equal(problems.length, 1);
    assert.equal(problems[0]?.line, 3);
    assert.match(problems[0]?.message ?? '', /^.+ \(and [1-9]\d* more errors? after it\)$/);
  });

  it('reports a duplicate id where the second entry is, and keeps the first', () => {
    const { registry, problems } = parseRegistry(joinLines('people:', '  - id: a', '    name: One', '  - id: a', '    name: Two'));
    assert.equal(registry?.people?.length, 1);
    assert.equal(registry?.people?.[0]?.name, 'One');
    assert.equal(problems.length, 1);
    assert.match(problems[0]?.message ?? '', /Duplicate id "a".*line 2/);
    assert.deepEqual([problems[0]?.line, problems[0]?.column], [3, 8]);
  });

  it('leaves out an entry whose id is badly formed, as its error says, and suggests an id', () => {
    const { registry, problems } = parseRegistry(joinLines('people:', '  - id: "Sergey Lavrov"', '    name: Sergey Lavrov', '  - id: tazhin', '    name: Marat Tazhin'));
    assert.deepEqual(registry?.people?.map((p) => p.id), ['tazhin']);
    assert.deepEqual(problems, [
      {
        message: 'Id "Sergey Lavrov" of person "Sergey Lavrov" may hold only letters, digits, ".", "_" and "-" (e.g. "Sergey-Lavrov"); this entry is ignored until it is corrected.',
        line: 1,
        column: 8,
        severity: 'error',
      },
    ]);
  });

  it("names a person's and a role's state as the texts do, and warns at a state it does not know", () => {
    const { registry, problems } = parseRegistry(
      joinLines(
        'people:',
        '  - id: lavrov',
        '    name: Sergey Lavrov',
        '    state: Russian Federation',
        '    roles:',
        '      - role: Minister of Foreign Affairs',
        '        state: the Kyrgyz Republic',
        '      - role: Secretary-General',
        '        state: SCO',
        '  - id: ruritanian',
        '    name: Rudolf Rassendyll',
        '    state: Ruritania',
        'states:',
        '  - name: Ruritania',
      ),
    );
    const [lavrov, rudolf] = registry?.people ?? [];
    assert.equal(lavrov?.state, 'Russia');
    assert.deepEqual(lavrov?.roles.map((r) => r.state), ['Kyrgyzstan', 'SCO']);
    assert.equal(rudolf?.state, 'Ruritania');
    assert.deepEqual(
      problems.map((p) => [p.line, p.column, p.severity]),
      [[8, 15, 'warning']],
    );
    assert.match(problems[0]?.message ?? '', /^"SCO" \(the state of a role of .*\) is not a state Chancery knows: .*"organization" instead\.$/);
  });

  it('warns at its value when "version" is not 1, the only format it reads, and still reads the file', () => {
    for (const [value, found] of [
      ['2', '2'],
      ['banana', '"banana"'],
      ['"1"', '"1"'],
    ]) {
      const { registry, problems } = parseRegistry(joinLines('corpus: texts/*.txt', `version: ${value}`));
      assert.deepEqual(registry?.corpus, ['texts/*.txt']);
      assert.deepEqual(problems, [
        {
          message: `"version" must be 1, the only format of chancery.yaml this Chancery reads, not ${found}; the file is read as format 1: write "version: 1", or update Chancery if the file was written for a later one.`,
          line: 1,
          column: 9,
          severity: 'warning',
        },
      ]);
    }
    assert.deepEqual(parseRegistry(joinLines('version: 1')).problems, []);
  });

  it('reads a corpus glob starting with "./" as relative to the folder, as a document file, and keeps where each glob is', () => {
    const { registry, problems } = parseRegistry(joinLines('corpus:', '  - "./texts/*.txt"', '  - "!./texts/2009*"', '  - ././notes/*.txt'));
    assert.deepEqual(problems, []);
    assert.deepEqual(registry?.corpus, ['texts/*.txt', '!texts/2009*', 'notes/*.txt']);
    assert.deepEqual(registry?.corpusLocations, [
      { line: 1, column: 4 },
      { line: 2, column: 4 },
      { line: 3, column: 4 },
    ]);
    assert.equal(parseRegistry(joinLines('people: []')).registry?.corpusLocations, undefined);
  });

  it('reads a backslash in a corpus glob as "/", as VS Code reads its own globs, and warns at the glob', () => {
    const { registry, problems } = parseRegistry(joinLines('corpus:', '  - texts\\**\\*.txt', "  - '!texts\\drafts\\**'", '  - .\\notes\\*.txt', '  - archive/*.txt'));
    assert.deepEqual(registry?.corpus, ['texts/**/*.txt', '!texts/drafts/**', 'notes/*.txt', 'archive/*.txt']);
    const warning = (written: string, read: string): string =>
      `The corpus glob "${written}" is read as "${read}": write "/" between folders, on Windows too, as in VS Code's own globs (other tools read "\\" as an escape).`;
    assert.deepEqual(
      problems.map((p) => [p.line, p.column, p.severity, p.message]),
      [
        [1, 4, 'warning', warning('texts\\**\\*.txt', 'texts/**/*.txt')],
        [2, 4, 'warning', warning('!texts\\drafts\\**', '!texts/drafts/**')],
        [3, 4, 'warning', warning('.\\notes\\*.txt', 'notes/*.txt')],
      ],
    );
  });

  it("warns at the id when a meeting lists a document that is not among \"documents\"", () => {
    const { registry, problems } = parseRegistry(
      joinLines('meetings:', '  - id: m1', '    body: Summit', '    documents: [d1, no-such-doc]', 'documents:', '  - id: d1', '    title: Communique'),
    );
    assert.deepEqual(registry?.meetings?.[0]?.documents, ['d1', 'no-such-doc']);
    assert.deepEqual(problems, [
      {
        message: 'Document "no-such-doc" of meeting "m1" is not the id of an entry of "documents": correct the id or add the document there.',
        line: 3,
        column: 20,
        severity: 'warning',
      },
    ]);
  });

  it('warns at the value when a document file is absolute or leads outside the folder, and keeps the document without it', () => {
    const { registry, problems } = parseRegistry(
      joinLines(
        'documents:',
        '  - id: d1',
        '    title: One',
        '    file: ../../outside/leak.txt',
        '  - id: d2',
        '    title: Two',
        '    file: /etc/passwd',
        '  - id: d3',
        '    title: Three',
        '    file: C:\\texts\\a.txt',
        '  - id: d4',
        '    title: Four',
        '    file: .\\texts\\old\\..\\a.txt',
      ),
    );
    assert.deepEqual(
      registry?.documents?.map((d) => [d.id, d.file, d.fileLocation]),
      [
        ['d1', undefined, undefined],
        ['d2', undefined, undefined],
        ['d3', undefined, undefined],
        ['d4', 'texts/a.txt', { line: 12, column: 10 }],
      ],
    );
    assert.deepEqual(
      problems.map((p) => [p.line, p.column, p.severity, p.message]),
      [
        [3, 10, 'warning', '"file" of document "d1" is "../../outside/leak.txt", outside the folder of chancery.yaml: give the path relative to the folder of chancery.yaml, e.g. "texts/a.txt"; until then the document has no file.'],
        [6, 10, 'warning', '"file" of document "d2" is "/etc/passwd", an absolute path: give the path relative to the folder of chancery.yaml, e.g. "texts/a.txt"; until then the document has no file.'],
        [9, 10, 'warning', '"file" of document "d3" is "C:\\texts\\a.txt", an absolute path: give the path relative to the folder of chancery.yaml, e.g. "texts/a.txt"; until then the document has no file.'],
      ],
    );
  });

  it('warns about unknown fields with their position, and still uses the entry', () => {
    const { registry, problems } = parseRegistry(joinLines('people:', '  - id: a', '    name: One', '    nickname: Uno'));
    assert.equal(registry?.people?.length, 1);
    assert.equal(problems[0]?.severity, 'warning');
    assert.match(problems[0]?.message ?? '', /Unknown field "nickname"/);
    assert.deepEqual([problems[0]?.line, problems[0]?.column], [3, 4]);
  });

  it('rejects dates that do not parse or do not exist, naming the field', () => {
    const { problems } = parseRegistry(joinLines('meetings:', '  - id: m', '    body: Summit', '    date: 2009-02-30', '  - id: n', '    body: Summit', '    date: last spring'));
    assert.equal(problems.length, 2);
    assert.equal(problems[0]?.message, '"date" of meeting "m" is not a date: February 2009 has 28 days.');
    assert.equal(problems[0]?.line, 3);
    assert.equal(problems[1]?.line, 6);
    assert.match(problems[1]?.message ?? '', /"date" of meeting "n" is not a date: write YYYY, YYYY-MM, YYYY-MM-DD/);
  });

  it('lists its problems in the order of the file', () => {
    const { problems } = parseRegistry(joinLines('people:', '  - id: a', '    name: One', '    roles:', '      - role: President', '        from: 2009-02-30', '  - id: a', '    name: Two', '    colour: red'));
    assert.deepEqual(
      problems.map((p) => [p.line, p.message.slice(0, 20)]),
      [
        [5, '"from" of a role of '],
        [6, 'Duplicate id "a": it'],
        [8, 'Unknown field "colou'],
      ],
    );
  });

  it('flags a role that ends before it starts', () => {
    const { problems } = parseRegistry(joinLines('people:', '  - id: a', '    name: One', '    roles:', '      - role: President', '        from: 2010', '        to: 2001'));
    assert.match(problems[0]?.message ?? '', /"to" .* is before its "from"/);
  });

  it('gives no registry for merge-conflict markers, so the previous good one stays', () => {
    const { registry, problems } = parseRegistry(joinLines('people:', '<<<<<<< HEAD', '  - id: a', '=======', '  - id: b', '>>>>>>> theirs'));
    assert.equal(registry, undefined);
    assert.equal(problems[0]?.line, 1);
    assert.match(problems[0]?.message ?? '', /merge-conflict/);
  });

  it('gives no registry for broken YAML, with the line of the error', () => {
    const { registry, problems } = parseRegistry(joinLines('people:', '  - id: a', '    name: [unclosed'));
    assert.equal(registry, undefined);
    assert.ok(problems.length > 0);
    assert.equal(problems[0]?.severity, 'error');
  });

  it('reads a YAML alias as the node its anchor names', () => {
    const { registry, problems } = parseRegistry(
      joinLines(
        'people:',
        '  - id: orlov',
        '    name: &orlov Viktor Orlov',
        '    roles: &minister [{ role: Minister of Foreign Affairs, state: Russia }]',
        '  - id: orlova',
        '    name: Vera Orlova',
        '    aliases: [*orlov]',
        '    roles: *minister',
      ),
    );
    assert.deepEqual(problems, []);
    assert.deepEqual(registry?.people?.map((p) => [p.name, p.aliases, p.roles.map((r) => r.role)]), [
      ['Viktor Orlov', [], ['Minister of Foreign Affairs']],
      ['Vera Orlova', ['Viktor Orlov'], ['Minister of Foreign Affairs']],
    ]);
  });

  it('keeps ids and aliases that YAML reads as numbers as they are written', () => {
    const { registry, problems } = parseRegistry(joinLines('people:', '  - id: 007', '    name: Viktor Orlov', '    aliases: [1.10]', '  - id: "7"', '    name: Vera Orlova'));
    assert.deepEqual(problems, []);
    assert.deepEqual(registry?.people?.map((p) => [p.id, p.aliases]), [
      ['007', ['1.10']],
      ['7', []],
    ]);
  });

  it('gives an entry the fields of the mapping its merge key names, its own fields first', () => {
    const { registry, problems } = parseRegistry(
      joinLines(
        'people:',
        '  - &russian',
        '    id: orlov',
        '    name: Viktor Orlov',
        '    state: Russia',
        '  - <<: *russian',
        '    id: orlova',
        '    name: Vera Orlova',
      ),
    );
    assert.deepEqual(problems, []);
    assert.deepEqual(registry?.people?.map((p) => [p.id, p.name, p.state]), [
      ['orlov', 'Viktor Orlov', 'Russia'],
      ['orlova', 'Vera Orlova', 'Russia'],
    ]);
  });

  it('reports a duplicate id written as an alias where the alias is used, not at its anchor', () => {
    const { registry, problems } = parseRegistry(
      joinLines(
        'people:',
        '  - id: &orlov orlov',
        '    name: Viktor Orlov',
        '  - id: *orlov',
        '    name: Vera Orlova',
        '  - &tazhin',
        '    id: tazhin',
        '    name: Marat Tazhin',
        '  - *tazhin',
      ),
    );
    assert.deepEqual(
      problems.map((p) => [p.line, p.column, p.message]),
      [
        [3, 8, 'Duplicate id "orlov": it is already used on line 2; this entry is ignored.'],
        [8, 4, 'Duplicate id "tazhin": it is already used on line 7; this entry is ignored.'],
      ],
    );
    assert.deepEqual(registry?.people?.map((p) => p.name), ['Viktor Orlov', 'Marat Tazhin']);
  });

  it('gives no registry for an alias whose anchor is not written before it, with the line and column of the alias', () => {
    const { registry, problems } = parseRegistry(
      joinLines('people:', '  - id: orlov', '    name: Viktor Orlov', '    roles: *minister', '  - id: orlova', '    name: &orlova Vera Orlova', '    aliases: [V. Orlova, *orlva]'),
    );
    assert.equal(registry, undefined);
    assert.deepEqual(
      problems.map((p) => [p.line, p.column, p.severity, p.message]),
      [
        [3, 11, 'error', 'The alias "*minister" names no anchor written before it: write "&minister" before the value it stands for, above this line, or correct the name.'],
        [6, 25, 'error', 'The alias "*orlva" names no anchor written before it: write "&orlva" before the value it stands for, above this line, or correct the name.'],
      ],
    );
  });

  it('gives no registry for an alias that names a node holding it, or for an alias bomb, with a reason', () => {
    const cyclic = parseRegistry(joinLines('people: &all', '  - id: a', '    name: Anna Petrova', '    aliases: *all'));
    assert.equal(cyclic.registry, undefined);
    assert.deepEqual(cyclic.problems.map((p) => [p.line, p.column]), [[3, 13]]);
    assert.match(cyclic.problems[0]?.message ?? '', /alias names a node that holds it/);

    const levels = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (const [previous, name] of [['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'e']]) {
      levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`);
    }
    const bomb = parseRegistry(joinLines(...levels, 'people: *e'));
    assert.equal(bomb.registry, undefined);
    assert.match(bomb.problems[0]?.message ?? '', /alias/i);
    // At the first alias of a value that holds aliases itself (`*b` in `c`): where the values start to multiply.
    assert.deepEqual(bomb.problems.map((p) => [p.line, p.column]), [[2, 7]]);
  });

  it('treats an empty file as an empty registry with the default corpus', () => {
    assert.deepEqual(parseRegistry('').registry?.corpus, DEFAULT_CORPUS_GLOBS);
    assert.deepEqual(parseRegistry('# only a comment\n').problems, []);
  });

  it('drops an entry without its required name and says which one', () => {
    const { registry, problems } = parseRegistry(joinLines('people:', '  - id: nameless'));
    assert.equal(registry?.people?.length, 0);
    assert.match(problems[0]?.message ?? '', /person "nameless" has no "name"/);
  });
});
