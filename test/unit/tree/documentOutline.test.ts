import * as assert from 'node:assert/strict';
import { CorpusIndex } from '../../../src/core/corpus/corpusIndex';
import { textsByFile } from '../../../src/core/tree/documentOutline';
import { parseRegistry } from '../../../src/core/registry/registryFile';

describe('document outline', () => {
  it('lists a text once, under the registry document that names it by another title than its heading', () => {
    const { registry } = parseRegistry(['documents:', '  - id: decl', '    title: Bergen Declaration', '    file: decl.txt', ''].join('\n'));
    const index = new CorpusIndex(registry);
    index.update('decl.txt', 'Bergen Declaration of the Council of Heads of State of the Shanghai Cooperation Organization\n\nThe heads of state met in Bergen.');
    index.update('other.txt', 'Joint Communique\n\nThe ministers met.');
    // The heading of the registry's file names the registry's document: the model holds one document for decl.txt.
    assert.deepEqual(index.documents().filter((d) => d.file === 'decl.txt').map((d) => d.id), ['document:decl']);
    assert.deepEqual(
      textsByFile(index.documents()).map((d) => [d.file, d.id]),
      [
        ['decl.txt', 'document:decl'],
        ['other.txt', 'document:@other.txt'],
      ],
    );
  });
});
