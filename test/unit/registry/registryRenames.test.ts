import * as assert from 'node:assert/strict';
import { registryFileRenames, type TextReplacement } from '../../../src/core/registry/registryRenames';

function applied(text: string, edits: readonly TextReplacement[]): string {
  return [...edits].sort((a, b) => b.start - a.start).reduce((t, e) => t.slice(0, e.start) + e.text + t.slice(e.end), text);
}

const REGISTRY = [
  'version: 1',
  '# the treaties',
  'documents:',
  '  - id: treaty',
  '    title: Treaty on Long-Term Good-Neighbourliness',
  '    file: texts/treaty.txt # signed in Bishkek',
  '  - id: charter',
  '    title: Charter',
  '    file: "./texts/charter.txt"',
  '  - id: other',
  '    file: texts/other.txt',
  '',
].join('\n');

describe('registryFileRenames', () => {
  it("gives a renamed text's new path to the documents that name it, and changes nothing else", () => {
    const edits = registryFileRenames(REGISTRY, [{ from: 'texts/treaty.txt', to: 'texts/2007-treaty.txt' }]);
    assert.equal(applied(REGISTRY, edits), REGISTRY.replace('file: texts/treaty.txt # signed', 'file: texts/2007-treaty.txt # signed'));
  });

  it('follows a renamed folder, and keeps a quoted path quoted', () => {
    const edits = registryFileRenames(REGISTRY, [{ from: 'texts', to: 'corpus/texts' }]);
    const after = applied(REGISTRY, edits);
    assert.match(after, /file: corpus\/texts\/treaty\.txt # signed in Bishkek/);
    assert.match(after, /file: "\.\/corpus\/texts\/charter\.txt"/);
    assert.match(after, /file: corpus\/texts\/other\.txt/);
  });

  it('quotes a new path that YAML would not read back as written', () => {
    const after = applied(REGISTRY, registryFileRenames(REGISTRY, [{ from: 'texts/other.txt', to: 'texts/other: draft.txt' }]));
    assert.match(after, /file: "texts\/other: draft\.txt"/);
  });

  it('writes the path as it was written: single quotes, a leading ./, and leaves a block scalar alone', () => {
    const registry = ['documents:', "  - id: a", "    file: './texts/a.txt'", '  - id: b', '    file: ./texts/b.txt', '  - id: c', '    file: >-', '      texts/c.txt', '    type: Communique', ''].join('\n');
    const after = applied(
      registry,
      registryFileRenames(registry, [
        { from: 'texts/a.txt', to: "texts/a'2.txt" },
        { from: 'texts/b.txt', to: 'texts/b2.txt' },
        { from: 'texts/c.txt', to: 'texts/c2.txt' },
      ]),
    );
    assert.equal(after, registry.replace("'./texts/a.txt'", "'./texts/a''2.txt'").replace('./texts/b.txt', './texts/b2.txt'));
  });

  it('leaves a file that does not parse, or names no renamed text, untouched', () => {
    const conflicted = REGISTRY.replace('  - id: other', '<<<<<<< ours\n  - id: other\n=======\n  - id: else\n>>>>>>> theirs');
    assert.deepEqual(registryFileRenames(conflicted, [{ from: 'texts/treaty.txt', to: 'x.txt' }]), []);
    assert.deepEqual(registryFileRenames(REGISTRY, [{ from: 'texts/none.txt', to: 'x.txt' }]), []);
    assert.deepEqual(registryFileRenames(REGISTRY, [{ from: 'text', to: 'x' }]), []);
  });
});
