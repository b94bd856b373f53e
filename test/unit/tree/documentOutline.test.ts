import * as assert from 'node:assert/strict';
import { CorpusIndex } from '../../../src/core/corpus/corpusIndex';
import { citedDocuments, textsByFile } from '../../../src/core/tree/documentOutline';
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

describe('cited documents', () => {
  it('lists a document a text cites twice once, with both citations, in the order of first citation', () => {
    const index = new CorpusIndex();
    const text = [
      'Joint Statement',
      '',
      'The sides reaffirmed their commitment to the Charter of the United Nations and to the Paris Agreement.',
      'They recalled that the Charter of the United Nations is the basis of international law.',
      '',
    ].join('\n');
    index.update('statement.txt', text);
    const cited = citedDocuments(index, 'statement.txt');
    assert.deepEqual(
      cited.map((c) => [c.document.title, c.citations.map((p) => text.slice(p.start, p.end))]),
      [
        ['Charter of the United Nations', ['Charter of the United Nations', 'Charter of the United Nations']],
        ['Paris Agreement', ['Paris Agreement']],
      ],
    );
    assert.ok((cited[0]?.citations[0]?.start ?? 0) < (cited[0]?.citations[1]?.start ?? 0));
  });
});
