/**
 * Text from files (names, notes, titles) goes into hover cards as markdown. Everything such text could use to
 * become markup (emphasis, links, `command:` links, HTML, headings, lists, code) is escaped, so that it always
 * shows as the plain characters the file holds.
 */

const MARKDOWN_SPECIAL = /[\\`*_{}[\]()#+\-.!|<>~&:"'=$^]/g;

/** Escapes a piece of untrusted text for one line of a markdown card (line breaks become spaces). */
export function escapeInline(text: string): string {
  return text.replace(/\r\n|\r|\n/g, ' ').replace(MARKDOWN_SPECIAL, (c) => `\\${c}`);
}

/** Escapes a multi-line untrusted text (a note body) for a card, keeping its line breaks as hard breaks. */
export function escapeBlock(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(MARKDOWN_SPECIAL, (c) => `\\${c}`))
    .join('  \n');
}

/**
 * A link that runs one of Chancery's own commands. The arguments are JSON-encoded into the URI, the label escaped;
 * the adapter trusts only the commands it lists in `enabledCommands`.
 */
export function commandLink(label: string, command: string, args: readonly unknown[]): string {
  // Brackets too, which `encodeURIComponent` leaves: a `)` in a path (`draft).txt`) would end the link.
  const query = encodeURIComponent(JSON.stringify(args)).replace(/[()]/g, (c) => (c === '(' ? '%28' : '%29'));
  return `[${escapeInline(label)}](command:${command}?${query})`;
}

/**
 * A note body is the analyst's markdown and is shown as markdown, but what it could use to act or to inject markup
 * is turned into plain text: HTML tags and autolinks (`<...>`) and every link whose target is a `command:` URI,
 * inline or by reference. The adapter renders the result untrusted as well.
 */
export function neutralizeNoteMarkdown(body: string): string {
  return body
    .replace(/[<>]/g, (c) => `\\${c}`)
    .replace(/\[([^\]\n]*)\]\(\s*command:/gi, (_m, label: string) => `\\[${label}\\]\\(command\\:`)
    .replace(/^(\s*)\[([^\]\n]+)\]:(\s*command:)/gim, (_m, space: string, label: string, target: string) => `${space}\\[${label}\\]\\:${target.replace(':', '\\:')}`);
}

/** A `[[text#note-id]]` link in a note body: to a note of another (or the same) text, or to the text alone. */
export interface NoteReference {
  readonly start: number;
  readonly end: number;
  /** The text, relative to the folder of the note that links (`summit.txt`, `../2001/charter.txt`). */
  readonly text: string;
  readonly noteId: string | undefined;
}

const NOTE_REFERENCE = /\[\[([^\]#\n]+?)(?:#([A-Za-z0-9_-]+))?\]\]/g;

/** Finds the `[[text#note-id]]` and `[[text]]` links of a note body or a sidecar. */
export function findNoteReferences(source: string): NoteReference[] {
  return [...source.matchAll(NOTE_REFERENCE)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: (m[1] ?? '').trim(), noteId: m[2] }));
}
