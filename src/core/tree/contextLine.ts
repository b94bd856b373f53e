/**
 * The words around a passage on its own line, about 90 characters at most, with an ellipsis where the line goes on:
 * what a tree row shows of a mention. A passage that wraps over lines (a heading continued after a blank line) is
 * shown on one line, without its line breaks and heading marks.
 */
export function contextLine(text: string, start: number, end: number): string {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const newline = text.indexOf('\n', end);
  const lineEnd = newline === -1 ? text.length : newline;
  const from = Math.max(lineStart, start - 30);
  const to = Math.min(lineEnd, Math.max(end, from + 90));
  const words = text.slice(from, to).replace(/\s*\n[\s#]*/g, ' ').trim();
  return `${from > lineStart ? '…' : ''}${words}${to < lineEnd ? '…' : ''}`;
}
