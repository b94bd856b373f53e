import * as assert from 'node:assert/strict';
import { tidyBody } from '../../../src/core/notes/noteBody';

const joinLines = (...lines: string[]): string => lines.join('\n');

describe('note and reply bodies as typed', () => {
  it('drops the white space and line breaks typed after the last word', () => {
    assert.equal(tidyBody('Agreed.\n\n  \t\n'), 'Agreed.');
    assert.equal(tidyBody('Agreed.   '), 'Agreed.');
  });

  it('keeps the lines in between as typed: blank lines, indentation and a Markdown line break', () => {
    const body = joinLines('First line  ', 'second line', '', '    code', '- item');
    assert.equal(tidyBody(`${body}\n\n`), body);
  });

  it('drops blank lines before the first line but keeps its indentation', () => {
    assert.equal(tidyBody('\n  \n    indented code\nnext'), '    indented code\nnext');
  });

  it('leaves nothing of a body that is only white space', () => {
    assert.equal(tidyBody(' \n\t\r\n'), '');
  });
});
