import * as assert from 'node:assert/strict';
import { commandLink, escapeBlock, escapeInline, findNoteReferences, neutralizeNoteMarkdown } from '../../../src/core/cards/markdownText';

/** Removes the backslash escapes again: what a markdown renderer shows for escaped text. */
function shown(markdown: string): string {
  return markdown.replace(/\\(.)/g, '$1');
}

describe('markdown escaping for cards', () => {
  it('turns a command link in a name into inert text', () => {
    const hostile = '[click](command:workbench.action.terminal.new)';
    const escaped = escapeInline(hostile);
    assert.doesNotMatch(escaped, /(?<!\\)\[[^\]]*(?<!\\)\]\(/);
    assert.equal(shown(escaped), hostile);
  });

  it('escapes HTML and emphasis so they show as typed', () => {
    const escaped = escapeInline('<img src=x onerror=alert(1)> **bold** _it_');
    assert.ok(!/(?<!\\)</.test(escaped));
    assert.ok(!/(?<!\\)\*/.test(escaped));
    assert.equal(shown(escaped), '<img src=x onerror=alert(1)> **bold** _it_');
  });

  it('keeps a single-line field on one line', () => {
    assert.equal(escapeInline('Wang\n# Yi'), 'Wang \\# Yi');
  });

  it('keeps the line breaks of a note body as hard breaks without letting a line start a heading', () => {
    assert.equal(escapeBlock('first\n# second'), 'first  \n\\# second');
  });

  it('builds a command link with JSON arguments and an escaped label', () => {
    const link = commandLink('S. Lavrov [2]', '_chancery.openMention', [{ doc: 'a b.txt', start: 3 }]);
    assert.equal(link, `[S\\. Lavrov \\[2\\]](command:_chancery.openMention?${encodeURIComponent('[{"doc":"a b.txt","start":3}]')})`);
  });

  it('encodes the brackets of the arguments, which would end the link (`draft).txt`)', () => {
    const link = commandLink('draft).txt', '_chancery.openMention', [{ doc: 'texts/draft).txt (1)' }]);
    const target = /\]\((command:[^)]*)\)$/.exec(link)?.[1] ?? '';
    assert.equal(link, `[draft\\)\\.txt](${target})`);
    assert.deepEqual(JSON.parse(decodeURIComponent(target.slice(target.indexOf('?') + 1))), [{ doc: 'texts/draft).txt (1)' }]);
  });
});

describe('note markdown', () => {
  it('keeps ordinary markdown but shows command links and HTML as text', () => {
    const shownText = neutralizeNoteMarkdown('**key** [site](https://example.org) [run](command:evil.cmd) <img src=x> <command:x>\n[ref]: command:evil');
    assert.match(shownText, /\*\*key\*\* \[site\]\(https:\/\/example\.org\)/);
    assert.doesNotMatch(shownText, /(?<!\\)\[run(?<!\\)\]\(command:/);
    assert.ok(!/(?<!\\)</.test(shownText), shownText);
    assert.match(shownText, /\\\[ref\\\]\\:/);
  });
});

describe('note references', () => {
  it('finds links to a note of a text and to a text alone', () => {
    const body = 'See [[summit.txt#n-b7c2d9e0f1a3]] and [[../2001/charter.txt]]; not [single].';
    assert.deepEqual(
      findNoteReferences(body).map((r) => [body.slice(r.start, r.end), r.text, r.noteId]),
      [
        ['[[summit.txt#n-b7c2d9e0f1a3]]', 'summit.txt', 'n-b7c2d9e0f1a3'],
        ['[[../2001/charter.txt]]', '../2001/charter.txt', undefined],
      ],
    );
  });
});
