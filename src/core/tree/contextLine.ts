/** `at`, or the start of the next word when `at` falls inside one, but never past `limit`. */
function wordStartAfter(text: string, at: number, limit: number): number {
  if (at === 0 || /\s/.test(text.charAt(at - 1))) {
    return at;
  }
  const blank = text.slice(at, limit).search(/\s/);
  return blank === -1 ? limit : at + blank + 1;
}

/** `at`, or the end of the word before it when `at` falls inside one, but never before `limit`. */
function wordEndBefore(text: string, at: number, limit: number): number {
  if (at >= text.length || /\s/.test(text.charAt(at))) {
    return at;
  }
  const blank = text.slice(limit, at).search(/\s\S*$/);
  return blank === -1 ? limit : limit + blank;
}

// The longest row: a passage longer than this (a heading that names a whole council) is cut, with an ellipsis.
const MAX_CONTEXT = 120;

/**
 * The words around a passage on its own line, about 90 characters at most, with an ellipsis where the line goes on:
 * what a tree row shows of a mention, cut between words. A passage that wraps over lines (a heading continued after a
 * blank line) is shown on one line, without its line breaks and heading marks (`## ` at the line's start too). A row
 * holds 120 characters at most: the words before a long passage are left out, and a passage longer than that is cut
 * after its first words.
 */
export function contextLine(text: string, start: number, end: number): string {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const newline = text.indexOf('\n', end);
  const lineEnd = newline === -1 ? text.length : newline;
  // The words before the passage go first when the row would be too long, then the passage's own last words.
  const before = wordStartAfter(text, Math.max(lineStart, start - 30), start);
  const from = end - before > MAX_CONTEXT ? start : before;
  const to = end - from > MAX_CONTEXT ? wordEndBefore(text, from + MAX_CONTEXT, from) : wordEndBefore(text, Math.min(lineEnd, Math.max(end, from + 90)), end);
  const words = text
    .slice(from, to)
    .replace(/\s*\n[\s#]*/g, ' ')
    .replace(from === lineStart ? /^#+\s+/ : /$^/, '')
    .trim();
  return `${from > lineStart ? '…' : ''}${words}${to < lineEnd ? '…' : ''}`;
}
