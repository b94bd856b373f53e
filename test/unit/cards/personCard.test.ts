import * as assert from 'node:assert/strict';
import { renderDocumentCard, renderStateCard } from '../../../src/core/cards/entityCards';
import { renderPersonCard } from '../../../src/core/cards/personCard';
import { CorpusIndex } from '../../../src/core/corpus/corpusIndex';

function joinLines(...lines: string[]): string {
  return lines.join('\n');
}

/** Two small texts written for this test: one person written two ways, with a role before the name. */
function corpus(): CorpusIndex {
  const index = new CorpusIndex();
  index.update(
    'a.txt',
    joinLines(
      'Press Release on the Meeting of the Council of Ministers of Foreign Affairs',
      '',
      'On 12 May 2021, the meeting of the Council of Ministers of Foreign Affairs was held in Dushanbe. Minister of Foreign Affairs of the Russian Federation Sergey Lavrov took part in it.',
    ),
  );
  index.update(
    'b.txt',
    joinLines(
      'Information Message',
      '',
      'On 3 March 2022, Minister of Foreign Affairs of the Russian Federation S. Lavrov received the delegation.',
    ),
  );
  return index;
}

function personId(index: CorpusIndex, written: string): string {
  const person = index.people().find((p) => p.name === written || p.aliases.includes(written));
  assert.ok(person, `no person written ${written}: ${JSON.stringify(index.people())}`);
  return person.id;
}

describe('person card', () => {
  it('shows one person for both spellings, with both texts linked', () => {
    const index = corpus();
    const card = renderPersonCard(index, personId(index, 'S. Lavrov'), { corpusKey: 'file:///w' }) ?? '';
    assert.match(card, /^\*\*Sergey Lavrov\*\*/);
    assert.match(card, /Also written: S\\\. Lavrov/);
    assert.match(card, /2 mentions in 2 texts/);
    assert.match(card, /command:_chancery\.openMention\?.*a\.txt/);
    assert.match(card, /command:_chancery\.openMention\?.*b\.txt/);
  });

  it('shows the role written next to the name with the years of the texts', () => {
    const index = corpus();
    const card = renderPersonCard(index, personId(index, 'Sergey Lavrov'), { corpusKey: 'k' }) ?? '';
    assert.match(card, /Minister of Foreign Affairs, Russia \(2021–2022, 2 texts\)/);
  });

  it('shows a note body with markup and a command link as plain text', () => {
    const index = corpus();
    const body = '[run](command:workbench.action.terminal.new) <b>bold</b>';
    const card = renderPersonCard(index, personId(index, 'Sergey Lavrov'), { corpusKey: 'k', notes: [{ id: 'n1', doc: 'a.txt', body, tags: ['x'] }] }) ?? '';
    assert.ok(!card.includes('](command:workbench'), card);
    assert.ok(!card.includes('<b>'), card);
    assert.ok(card.includes('\\[run\\]\\(command\\:workbench'), card);
  });
});

describe('state card', () => {
  it('names the official form and the people of the state', () => {
    const card = renderStateCard(corpus(), 'Russia');
    assert.match(card, /\*\*Russia\*\* · Russian Federation/);
    assert.match(card, /1 person\*\* in the corpus, 2 mentions/);
  });
});

describe('document card', () => {
  it('returns nothing for an unknown document id', () => {
    assert.equal(renderDocumentCard(corpus(), 'document:none', { corpusKey: 'k' }), undefined);
  });
});
