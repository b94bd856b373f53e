import Fuse from 'fuse.js';
import { escapeInline, neutralizeNoteMarkdown } from '../cards/markdownText';
import { counted } from '../counted';
import { dateInWords, dateOf } from '../corpus/dateRange';
import type { DocId, Problem } from '../model';
import { authorName, diffQuote, NO_AUTHOR, replyCount, type Anchor, type Note, type QuoteChange } from '../notes';

/** A note of the workspace with its text and where it sits now. */
export interface LibraryNote {
  /** The annotated text, workspace-relative. */
  readonly doc: DocId;
  readonly note: Note;
  readonly anchor: Anchor;
}

/** How the Notes view groups notes. */
export type NoteGrouping = 'text' | 'tag' | 'author';

/** A sidecar with an error (a YAML error, merge-conflict markers...): some or all of its notes cannot be read. */
export interface UnreadableSidecar {
  /** The annotated text, workspace-relative. */
  readonly doc: DocId;
  /** The sidecar's first error. */
  readonly problem: Problem;
  /**
   * Whether some of its notes could not be read (`notesUnread`); false for a sidecar only written by a newer Chancery,
   * whose notes are read but not rewritten.
   */
  readonly notesUnread?: boolean;
}

/** A group of the Notes view. */
export interface NoteGroup<T extends LibraryNote = LibraryNote, U extends UnreadableSidecar = UnreadableSidecar> {
  readonly label: string;
  /** The queue of notes that need the analyst: orphaned and ambiguous ones, and the sidecars that cannot be read. */
  readonly attention: boolean;
  readonly notes: readonly T[];
  /** In the queue: the sidecars whose notes cannot be read, first. Empty elsewhere. */
  readonly unreadable: readonly U[];
}

/** Whether a note waits for the analyst (it has no place in its text). */
export function needsAttention(note: LibraryNote): boolean {
  return note.anchor.state === 'orphaned' || note.anchor.state === 'ambiguous';
}

/**
 * Groups notes for the Notes view: first the queue of sidecars that cannot be read and of orphaned and ambiguous
 * notes, then by text (in text order), by tag (a note with several tags is in each; untagged last) or by author.
 */
export function groupNotes<T extends LibraryNote, U extends UnreadableSidecar = UnreadableSidecar>(notes: readonly T[], grouping: NoteGrouping, unreadable: readonly U[] = []): NoteGroup<T, U>[] {
  const groups: NoteGroup<T, U>[] = [];
  const waiting = notes.filter(needsAttention);
  if (waiting.length > 0 || unreadable.length > 0) {
    groups.push({ label: 'Needs attention', attention: true, notes: waiting, unreadable: [...unreadable].sort((a, b) => a.doc.localeCompare(b.doc)) });
  }
  const byKey = new Map<string, T[]>();
  const put = (key: string, note: T): void => {
    byKey.set(key, [...(byKey.get(key) ?? []), note]);
  };
  for (const note of notes) {
    if (grouping === 'text') {
      put(note.doc, note);
    } else if (grouping === 'author') {
      put(authorName(note.note), note);
    } else {
      for (const tag of note.note.tags?.length ? note.note.tags : ['Untagged']) {
        put(tag, note);
      }
    }
  }
  const last = grouping === 'tag' ? 'Untagged' : NO_AUTHOR;
  const keys = [...byKey.keys()].sort((a, b) => Number(a === last) - Number(b === last) || a.localeCompare(b));
  for (const key of keys) {
    const list = [...(byKey.get(key) ?? [])].sort((a, b) => a.doc.localeCompare(b.doc) || (a.anchor.span?.start ?? Infinity) - (b.anchor.span?.start ?? Infinity));
    groups.push({ label: key, attention: false, notes: list, unreadable: [] });
  }
  return groups;
}

/** Fuzzy filter of notes by body, quote, tags, author and the bodies of their replies (fuse.js), best first. */
export function filterNotes<T extends LibraryNote>(notes: readonly T[], query: string): T[] {
  if (query.trim() === '') {
    return [...notes];
  }
  const fuse = new Fuse(notes, {
    keys: [
      { name: 'note.body', weight: 2 },
      { name: 'note.target.quote.exact', weight: 2 },
      { name: 'note.tags', weight: 1 },
      { name: 'note.author', weight: 1 },
      // A reviewer's answer is part of the discussion the analyst looks for.
      { name: 'note.replies.body', weight: 1 },
      { name: 'doc', weight: 0.5 },
    ],
    threshold: 0.35,
    ignoreLocation: true,
  });
  return fuse.search(query).map((r) => r.item);
}

/** What the Notes view shows while it is filtered: beside its title, and as a line above its rows. */
export interface NotesFilterNotice {
  readonly description: string;
  readonly message: string;
}

/**
 * Says that the Notes view is filtered, by what, and how many notes it shows of how many: nothing without a filter. The
 * view's title bar has the button that clears it.
 */
export function notesFilterNotice(query: string, shown: number, total: number): NotesFilterNotice | undefined {
  if (query.trim() === '') {
    return undefined;
  }
  const quoted = `“${shorten(query.trim(), 40)}”`;
  return { description: `filtered: ${quoted}`, message: `Showing ${shown} of ${counted(total, 'note')} matching ${quoted} (body, passage, tags, author, replies, text). Clear the filter to see them all.` };
}

/** The first line of a note's body that is not blank, trimmed; undefined for an empty body. */
function firstBodyLine(note: Note): string | undefined {
  return (note.body ?? '').split('\n').find((l) => l.trim() !== '')?.trim();
}

/** The label of a note row: the first line of its body, else its quote, shortened. */
export function noteLabel(note: Note): string {
  const body = firstBodyLine(note);
  const first = body === undefined ? `“${note.target.quote.exact}”` : plainText(body);
  return first.length > 80 ? `${first.slice(0, 79)}…` : first;
}

/**
 * The title of a note's comment thread: its author and tags, else the first words of its body, else its passage.
 * Never empty: a thread without a label is titled "Start discussion" by the workbench.
 */
export function noteThreadLabel(note: Note): string {
  const tags = (note.tags ?? []).map((t) => `#${t}`).join(' ');
  const parts = [note.author?.trim() ?? '', tags].filter((s) => s !== '');
  if (parts.length > 0) {
    return parts.join(' · ');
  }
  const first = firstBodyLine(note);
  if (first === undefined) {
    return `Note on “${shorten(note.target.quote.exact, 40)}”`;
  }
  return shorten(plainText(first), 52);
}

/** The most characters a row's description shows: the tooltip has everything. */
const DESCRIPTION_LENGTH = 72;

/** What a row of the Notes view says of a note: short on the row, in full in the tooltip, plain for screen readers. */
export interface NoteRowText {
  readonly label: string;
  readonly description: string;
  /**
   * Markdown, for rendering untrusted: the text and the passage escaped, the note and every reply in full as the
   * analyst wrote them, with HTML and `command:` links turned into text (`neutralizeNoteMarkdown`).
   */
  readonly tooltip: string;
  /** What a screen reader says: no Markdown, no link targets (a `command:` URI is not for reading out). */
  readonly accessibilityLabel: string;
}

/** A note's anchor state as its row and thread say it: `fuzzy 0.87`, `exact`... */
export function anchorStateLabel(anchor: Anchor): string {
  return anchor.state === 'fuzzy' ? `fuzzy ${anchor.score.toFixed(2)}` : anchor.state;
}

/**
 * The texts of a note's row. `showDoc` names the text in the description (not under the text's own group). The label
 * and the description are cut to fit a row, however long the body, the tags or the replies; the tooltip keeps it all.
 */
export function noteRowText(item: LibraryNote, showDoc: boolean): NoteRowText {
  const { note, doc, anchor } = item;
  const state = anchorStateLabel(anchor);
  const tags = (note.tags ?? []).map((t) => `#${t}`);
  const replies = replyCount(note.replies?.length ?? 0);
  const description = shorten([showDoc ? doc : undefined, state, ...tags, replies].filter((s) => s !== undefined).join(' · '), DESCRIPTION_LENGTH);
  const answers = (note.replies ?? []).map((reply) => `\n\n---\n\n*${escapeInline(authorName(reply))}, ${escapeInline(timestampInWords(reply.created))}:*\n\n${neutralizeNoteMarkdown(reply.body)}`).join('');
  const label = noteLabel(note);
  // From the whole first line, not the cut label: a link cut in half would be read out as its pieces.
  const words = shorten(plainText(firstBodyLine(note) ?? `“${note.target.quote.exact}”`), 160);
  const spoken = [`Note: ${words}`, `${state}, in ${doc}`, ...(tags.length > 0 ? [`tags ${tags.join(' ')}`] : []), ...(replies === undefined ? [] : [replies])];
  // Who wrote the note and when, as each reply says it.
  const byline = `*${escapeInline(authorName(note))}${note.created === undefined ? '' : `, ${escapeInline(timestampInWords(note.created))}`}:*`;
  // How the passage changed, for a fuzzy note, or how the nearest miss of an orphan differs, as the Problems panel says.
  const nearest = anchor.state === 'fuzzy' || anchor.state === 'orphaned' ? anchor.candidates[0] : undefined;
  const change =
    nearest !== undefined
      ? `\n\n${anchor.state === 'fuzzy' ? 'The passage now' : 'Nearest passage'}: ${diffMarkdown(diffQuote(note.target.quote.exact, nearest.words))}`
      : anchor.state === 'orphaned'
        ? '\n\nNo passage like it stands in the text now.'
        : '';
  return { label, description, tooltip: `${escapeInline(doc)}\n\n> “${escapeInline(note.target.quote.exact)}”${change}\n\n${byline}\n\n${neutralizeNoteMarkdown(note.body ?? '')}${answers}`, accessibilityLabel: spoken.join('; ') };
}

/** `2026-11-24T08:00:00Z` as `24 November 2026, 08:00 UTC`, as the views write dates; any other text as it is. */
export function timestampInWords(timestamp: string): string {
  const parts = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?Z$/.exec(timestamp);
  const day = parts ? dateOf(Number(parts[1]), Number(parts[2]), Number(parts[3])) : undefined;
  return parts && day ? `${dateInWords(day)}, ${parts[4]}:${parts[5]} UTC` : timestamp;
}

/** A word diff as Markdown: removed words struck through, added words in bold, each escaped. */
function diffMarkdown(changes: readonly QuoteChange[]): string {
  const marked = (text: string, mark: string): string => escapeInline(text).replace(/\S(?:.*\S)?/, (words) => `${mark}${words}${mark}`);
  // A removed run right before an added one (`unwavering` for `Allies`) gets a blank between them, or they read as one word.
  return changes
    .map((change, i) => {
      const gap = change.kind === 'added' && changes[i - 1]?.kind === 'removed' && !/\s$/.test(changes[i - 1]?.text ?? '') && !/^\s/.test(change.text) ? ' ' : '';
      return change.kind === 'same' ? escapeInline(change.text) : `${gap}${marked(change.text, change.kind === 'added' ? '**' : '~~')}`;
    })
    .join('');
}

/**
 * A line of Markdown as words to read out: a link or image says its text without its target, a note link its text,
 * an autolink or a bare URI says "link"; emphasis marks go.
 */
export function plainText(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[\[([^\]#|]+)#[^\]]*\]\]/g, 'note on $1')
    .replace(/<[a-z][\w+.-]*:[^>\s]*>/gi, 'link')
    .replace(/\b(?:command|https?|file|vscode[\w-]*|mailto):\S+/gi, 'link')
    .replace(/[*_`~]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Cuts a text at the last word boundary before `length`, with an ellipsis. */
function shorten(text: string, length: number): string {
  if (text.length <= length) {
    return text;
  }
  const cut = text.slice(0, length - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > length / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
