import Fuse from 'fuse.js';
import type { DocId, Problem } from '../model';
import type { Anchor, Note } from '../notes';

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
      put(note.note.author ?? 'No author', note);
    } else {
      for (const tag of note.note.tags?.length ? note.note.tags : ['Untagged']) {
        put(tag, note);
      }
    }
  }
  const last = grouping === 'tag' ? 'Untagged' : 'No author';
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

/** The first line of a note's body that is not blank, trimmed; undefined for an empty body. */
function firstBodyLine(note: Note): string | undefined {
  return (note.body ?? '').split('\n').find((l) => l.trim() !== '')?.trim();
}

/** The label of a note row: the first line of its body, else its quote, shortened. */
export function noteLabel(note: Note): string {
  const first = firstBodyLine(note) ?? `“${note.target.quote.exact}”`;
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
  return shorten(first, 52);
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
