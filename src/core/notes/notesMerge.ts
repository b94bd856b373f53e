import type { Note, Reply } from './note';
import { replyKey, withReplies } from './noteReplies';
import { applySplices, canonicalJson, rewriteBlock, toEol, type Splice } from './sidecarEdit';
import { parseSidecar, type NoteEntry, type SidecarParse } from './sidecarParse';

/** Why a note could not be merged on its own. */
export type NotesConflictKind = 'both-edited' | 'both-added' | 'edited-and-removed' | 'removed-and-edited' | 'header';

/** A note (or the header) changed on both sides in different ways. */
export interface NotesConflict {
  readonly kind: NotesConflictKind;
  /** The note id; undefined for the header. */
  readonly id: string | undefined;
}

/** The merged sidecar, with conflicts marked in it, or why no merge was attempted. */
export type NotesMerge =
  | { readonly ok: true; readonly text: string; readonly conflicts: readonly NotesConflict[] }
  | { readonly ok: false; readonly reason: string };

/** Names shown after the conflict markers, e.g. branch names. */
export interface MergeLabels {
  readonly ours: string;
  readonly theirs: string;
}

function sameNote(a: NoteEntry, b: NoteEntry): boolean {
  return canonicalJson({ note: a.note, extra: a.extra }) === canonicalJson({ note: b.note, extra: b.extra });
}

/** A note's lines as written, comments included, at no indentation and with `\n` line breaks. */
function writtenBlock(from: SidecarParse, entry: NoteEntry): string {
  return reindent(from.source.slice(entry.block.start, entry.block.end), entry.indent, 0, '\n');
}

/**
 * The lines of a sidecar outside its notes (header fields, comments, other top-level fields), without blank lines
 * and with the text's name left out: what the merge takes from ours alone, so theirs must not have changed them.
 */
function outsideNotes(parse: SidecarParse): string {
  const cut = [...parse.notes.map((entry) => entry.block), ...(parse.textValue ? [parse.textValue] : [])].sort((a, b) => a.start - b.start);
  let outside = '';
  let cursor = 0;
  for (const span of cut) {
    outside += `${parse.source.slice(cursor, span.start)}\n`;
    cursor = Math.max(cursor, span.end);
  }
  outside += parse.source.slice(cursor);
  return outside
    .split(/\r?\n/)
    .map((line) => line.trimEnd())
    .filter((line) => line !== '')
    .join('\n');
}

/**
 * The comments of a block: a `#` at a line's start or after a blank, outside quotes, to the line's end (`# checked`,
 * `body: same # ours`).
 */
function commentsOf(block: string): Set<string> {
  const comments = new Set<string>();
  for (const line of block.split('\n')) {
    let quote = '';
    for (let i = 0; i < line.length; i++) {
      const c = line.charAt(i);
      if (quote !== '') {
        quote = c === quote ? '' : quote;
      } else if (c === '"' || c === "'") {
        quote = c;
      } else if (c === '#' && (i === 0 || /\s/.test(line.charAt(i - 1)))) {
        comments.add(line.slice(i).trim());
        break;
      }
    }
  }
  return comments;
}

/** Whether `block` has a comment that `other` has not (the same note written twice, commented differently). */
function commentsOnlyIn(block: string, other: string): boolean {
  const theirs = commentsOf(other);
  return [...commentsOf(block)].some((comment) => !theirs.has(comment));
}

/** The whole line (its line break included) that holds a span. */
function lineAround(source: string, span: { readonly start: number; readonly end: number }): { start: number; end: number } {
  const newline = source.indexOf('\n', span.end);
  return { start: source.lastIndexOf('\n', span.start - 1) + 1, end: newline < 0 ? source.length : newline + 1 };
}

/** The start of the comment lines right above the line at `at` (a note's block), or `at` when there are none. */
function commentsAbove(source: string, at: number): number {
  let start = at;
  while (start > 0) {
    const lineStart = source.lastIndexOf('\n', start - 2) + 1;
    if (!source.slice(lineStart, start).trimStart().startsWith('#')) {
      break;
    }
    start = lineStart;
  }
  return start;
}

/** A block taken from another file, moved to this file's indentation and line breaks. */
function transplant(from: SidecarParse, entry: NoteEntry, indent: number, eol: '\n' | '\r\n'): string {
  return reindent(from.source.slice(entry.block.start, entry.block.end), entry.indent, indent, eol);
}

/** A note block written at `fromIndent`, moved to `indent` and to the line breaks `eol`. */
function reindent(block: string, fromIndent: number, indent: number, eol: '\n' | '\r\n'): string {
  const raw = block.replace(/\r\n/g, '\n');
  const delta = indent - fromIndent;
  if (delta === 0) {
    return toEol(raw, eol);
  }
  const lines = raw.split('\n');
  const shifted = lines.map((line) => {
    if (line.length === 0) {
      return line;
    }
    return delta > 0 ? ' '.repeat(delta) + line : line.slice(Math.min(-delta, line.length - line.trimStart().length));
  });
  return toEol(shifted.join('\n'), eol);
}

/** A note without its replies, with its unknown fields: what must agree for the replies alone to be merged. */
function withoutReplies(entry: NoteEntry): string {
  return canonicalJson({ note: withReplies(entry.note, []), extra: entry.extra });
}

/**
 * The replies of both sides, by author and created: a reply added on either side is kept, one removed on one side and
 * untouched on the other goes, one edited on one side takes the edit; the same reply on both sides is kept once.
 * Undefined when a reply was changed on both sides in different ways, or edited on one and removed on the other, or
 * when a side has two replies with the same author and created.
 */
function mergeReplies(base: readonly Reply[], ours: readonly Reply[], theirs: readonly Reply[]): Reply[] | undefined {
  const byKey = (replies: readonly Reply[]): Map<string, Reply> => new Map(replies.map((reply) => [replyKey(reply), reply]));
  const [b, o, t] = [byKey(base), byKey(ours), byKey(theirs)];
  // Two replies of one author at the same instant cannot be told apart: the note goes between conflict markers.
  if (b.size !== base.length || o.size !== ours.length || t.size !== theirs.length) {
    return undefined;
  }
  const same = (x: Reply | undefined, y: Reply | undefined): boolean => x !== undefined && y !== undefined && canonicalJson(x) === canonicalJson(y);
  const merged: Reply[] = [];
  for (const key of new Set([...o.keys(), ...t.keys()])) {
    const [was, mine, yours] = [b.get(key), o.get(key), t.get(key)];
    if (mine !== undefined && yours !== undefined) {
      if (same(mine, yours) || same(was, yours)) {
        merged.push(mine);
      } else if (same(was, mine)) {
        merged.push(yours);
      } else {
        return undefined;
      }
      continue;
    }
    const only = mine ?? yours;
    if (was === undefined && only !== undefined) {
      merged.push(only);
    } else if (!same(was, only)) {
      return undefined;
    }
  }
  return merged;
}

/**
 * A note changed on both sides where the changes can be told apart: replies added (or edited, removed) on either side,
 * the rest of the note changed on one side at most. The block is the side's whose other fields win, with only its
 * replies rewritten; undefined when the note must go between conflict markers.
 */
function mergeNote(base: NoteEntry | undefined, ours: NoteEntry, theirs: NoteEntry, from: { ours: SidecarParse; theirs: SidecarParse }, indent: number, eol: '\n' | '\r\n'): { block: string; note: Note; extra: NoteEntry['extra'] } | undefined {
  const [restOurs, restTheirs] = [withoutReplies(ours), withoutReplies(theirs)];
  const restBase = base === undefined ? undefined : withoutReplies(base);
  const side = restOurs === restTheirs || restTheirs === restBase ? 'ours' : restOurs === restBase ? 'theirs' : undefined;
  const replies = mergeReplies(base?.note.replies ?? [], ours.note.replies ?? [], theirs.note.replies ?? []);
  if (side === undefined || replies === undefined) {
    return undefined;
  }
  const entry = side === 'ours' ? ours : theirs;
  // The block is rewritten from one side's lines: the other side's comments would go.
  const otherSide = side === 'ours' ? 'theirs' : 'ours';
  if (commentsOnlyIn(writtenBlock(from[otherSide], otherSide === 'ours' ? ours : theirs), writtenBlock(from[side], entry))) {
    return undefined;
  }
  const note = withReplies(entry.note, replies);
  const block = rewriteBlock(from[side].source, entry, note);
  return block === undefined ? undefined : { block: reindent(block, entry.indent, indent, eol), note, extra: entry.extra };
}

function marked(oursBlock: string, theirsBlock: string, id: string, why: string, labels: MergeLabels, eol: string): string {
  const end = (block: string): string => (block === '' || block.endsWith('\n') ? block : block + eol);
  return `<<<<<<< ${labels.ours}: note ${id} ${why}${eol}${end(oursBlock)}=======${eol}${end(theirsBlock)}>>>>>>> ${labels.theirs}: note ${id}${eol}`;
}

/**
 * Three-way merge of a sidecar by note id, for the git merge driver. Different notes never conflict: notes
 * added, edited or removed on one side are taken as they are (byte for byte, comments included). A note
 * changed differently on both sides (or edited on one and removed on the other) keeps both versions between
 * git conflict markers and is reported. `base` is undefined when both sides added the file.
 * Refuses (ok: false) when ours or theirs does not parse: the caller falls back to a line merge.
 */
export function mergeSidecars(base: string | undefined, ours: string, theirs: string, labels: MergeLabels = { ours: 'ours', theirs: 'theirs' }): NotesMerge {
  const o = parseSidecar(ours);
  const t = parseSidecar(theirs);
  for (const [side, parse] of [['ours', o], ['theirs', t]] as const) {
    if (!parse.writable) {
      const first = parse.problems.find((problem) => problem.severity === 'error');
      return { ok: false, reason: `${side} does not parse${first ? ` (line ${first.line + 1}: ${first.message})` : ''}` };
    }
  }
  const b = base === undefined ? undefined : parseSidecar(base);
  // Lines outside the notes that theirs changed and ours did not change the same way: the line merge takes them.
  const theirsOutside = outsideNotes(t);
  if (theirsOutside !== outsideNotes(o) && (b === undefined || !b.writable || theirsOutside !== outsideNotes(b))) {
    // Theirs alone changed them: the merge the other way round writes theirs' lines around the notes. Taken only when
    // clean, since conflict markers must show ours first (the merge editor's "Current").
    if (b?.writable && outsideNotes(o) === outsideNotes(b)) {
      const swapped = mergeSidecars(base, theirs, ours, { ours: labels.theirs, theirs: labels.ours });
      if (swapped.ok && swapped.conflicts.length === 0) {
        return swapped;
      }
    }
    return { ok: false, reason: `${labels.theirs} changed lines outside the notes (the header, comments or other fields)` };
  }
  const baseNotes = new Map((b?.writable ? b.notes : []).map((entry) => [entry.note.id, entry]));
  // A note a side left as the base had it, its lines (comments, layout) included: the other side may remove it.
  const unchanged = (side: SidecarParse, entry: NoteEntry, was: NoteEntry): boolean => sameNote(was, entry) && (b === undefined || writtenBlock(side, entry) === writtenBlock(b, was));
  const theirNotes = new Map(t.notes.map((entry) => [entry.note.id, entry]));
  const ourIds = new Set(o.notes.map((entry) => entry.note.id));
  const eol = o.eol;
  const indent = o.notes[0]?.indent ?? t.notes[0]?.indent ?? 4;
  const splices: Splice[] = [];
  const conflicts: NotesConflict[] = [];
  const expected = new Map<string, string>();
  let order = 0;

  for (const entry of o.notes) {
    const id = entry.note.id;
    const baseEntry = baseNotes.get(id);
    const theirEntry = theirNotes.get(id);
    const replace = (text: string): void => {
      splices.push({ start: entry.block.start, end: entry.block.end, text, order: order++ });
    };
    const keepOurs = (): void => {
      expected.set(id, canonicalJson({ note: entry.note, extra: entry.extra }));
    };
    if (theirEntry !== undefined) {
      const takeTheirs = (): void => {
        replace(transplant(t, theirEntry, indent, eol));
        expected.set(id, canonicalJson({ note: theirEntry.note, extra: theirEntry.extra }));
      };
      // Both versions between conflict markers, ours first.
      const keepBoth = (kind: 'both-added' | 'both-edited'): void => {
        conflicts.push({ kind, id });
        replace(marked(o.source.slice(entry.block.start, entry.block.end), transplant(t, theirEntry, indent, eol), id, kind === 'both-added' ? '(added on both sides)' : '(edited on both sides)', labels, eol));
      };
      // Comments and layout count as changes too: a note whose lines only theirs changed takes their lines.
      const [mine, yours, was] = [writtenBlock(o, entry), writtenBlock(t, theirEntry), baseEntry && b ? writtenBlock(b, baseEntry) : undefined];
      if (mine === yours || yours === was) {
        keepOurs();
      } else if (mine === was) {
        takeTheirs();
      } else if (sameNote(entry, theirEntry) || (baseEntry !== undefined && sameNote(baseEntry, theirEntry))) {
        // Both changed the lines; theirs only in comments or layout: those would be lost, so both are kept.
        if (baseEntry !== undefined && sameNote(baseEntry, theirEntry) && !sameNote(entry, theirEntry)) {
          keepBoth('both-edited');
        } else if (commentsOnlyIn(yours, mine) && commentsOnlyIn(mine, yours)) {
          // The same note on both sides, each with comments of its own: keeping either would drop the other's.
          keepBoth(baseEntry === undefined ? 'both-added' : 'both-edited');
        } else if (commentsOnlyIn(yours, mine)) {
          takeTheirs();
        } else {
          keepOurs();
        }
      } else if (baseEntry !== undefined && sameNote(baseEntry, entry)) {
        takeTheirs();
      } else {
        const both = mergeNote(baseEntry, entry, theirEntry, { ours: o, theirs: t }, indent, eol);
        if (both !== undefined) {
          replace(both.block);
          expected.set(id, canonicalJson({ note: both.note, extra: both.extra }));
          continue;
        }
        keepBoth(baseEntry === undefined ? 'both-added' : 'both-edited');
      }
    } else if (baseEntry === undefined) {
      keepOurs();
    } else if (unchanged(o, entry, baseEntry)) {
      // Removed by theirs, untouched by us: remove it, with the blank line after (or before, when last).
      const index = o.notes.indexOf(entry);
      const next = o.notes[index + 1];
      const previous = o.notes[index - 1];
      if (next !== undefined) {
        splices.push({ start: entry.block.start, end: o.source.slice(entry.block.end, next.block.start).trim() === '' ? next.block.start : entry.block.end, text: '', order: order++ });
      } else {
        const start = previous !== undefined && o.source.slice(previous.block.end, entry.block.start).trim() === '' ? previous.block.end : entry.block.start;
        splices.push({ start, end: entry.block.end, text: '', order: order++ });
      }
    } else {
      conflicts.push({ kind: 'edited-and-removed', id });
      replace(marked(o.source.slice(entry.block.start, entry.block.end), '', id, `(edited here, removed in ${labels.theirs})`, labels, eol));
    }
  }

  // Notes only theirs has: added by them, or removed by us.
  const keptOurs = o.notes.filter((entry) => {
    const was = baseNotes.get(entry.note.id);
    return theirNotes.has(entry.note.id) || was === undefined || !unchanged(o, entry, was);
  });
  let openedEmpty = false;
  for (const entry of t.notes) {
    const id = entry.note.id;
    if (ourIds.has(id)) {
      continue;
    }
    const baseEntry = baseNotes.get(id);
    let block: string;
    if (baseEntry === undefined) {
      block = transplant(t, entry, indent, eol);
      expected.set(id, canonicalJson({ note: entry.note, extra: entry.extra }));
    } else if (unchanged(t, entry, baseEntry)) {
      continue;
    } else {
      conflicts.push({ kind: 'removed-and-edited', id });
      block = marked('', transplant(t, entry, indent, eol), id, `(removed here, edited in ${labels.theirs})`, labels, eol);
    }
    const start = entry.note.target.position?.start;
    const before = start === undefined ? undefined : keptOurs.find((kept) => (kept.note.target.position?.start ?? -1) > start);
    if (before !== undefined) {
      // Above the comments that head the next note (`# the chair` / `- id: n-b`), which stay with it.
      const at = commentsAbove(o.source, before.block.start);
      splices.push({ start: at, end: at, text: block + eol, order: order++ });
    } else if (keptOurs.length > 0) {
      splices.push({ start: o.appendAt, end: o.appendAt, text: (o.source.slice(0, o.appendAt).endsWith('\n') ? '' : eol) + eol + block, order: order++ });
    } else if (o.notes.length > 0) {
      splices.push({ start: o.appendAt, end: o.appendAt, text: (openedEmpty ? eol : '') + block, order: order++ });
      openedEmpty = true;
    } else if (o.emptyNotes !== undefined) {
      if (!openedEmpty) {
        splices.push({ start: o.emptyNotes.span.start, end: o.emptyNotes.span.end, text: o.emptyNotes.text, order: order++ });
      }
      splices.push({ start: o.emptyNotes.span.end, end: o.emptyNotes.span.end, text: (openedEmpty ? eol : '') + block, order: order++ });
      openedEmpty = true;
    } else {
      return { ok: false, reason: 'ours has no place for notes' };
    }
  }

  // The header: follow theirs when only they changed the text's name.
  const baseText = b?.header?.text;
  if (o.header?.text !== t.header?.text && t.header !== undefined) {
    if (baseText !== undefined && baseText === o.header?.text && o.textValue !== undefined && t.textValue !== undefined) {
      splices.push({ start: o.textValue.start, end: o.textValue.end, text: t.source.slice(t.textValue.start, t.textValue.end), order: order++ });
    } else if (baseText !== t.header.text) {
      conflicts.push({ kind: 'header', id: undefined });
      // Both names between markers, so that a resolution sees theirs.
      if (o.textValue !== undefined && t.textValue !== undefined) {
        const line = lineAround(o.source, o.textValue);
        const theirsSpan = lineAround(t.source, t.textValue);
        const theirsLine = toEol(t.source.slice(theirsSpan.start, theirsSpan.end).replace(/\r\n/g, '\n'), eol);
        const end = (text: string): string => (text.endsWith('\n') ? text : text + eol);
        splices.push({
          ...line,
          text: `<<<<<<< ${labels.ours}: text (renamed on both sides)${eol}${end(o.source.slice(line.start, line.end))}=======${eol}${end(theirsLine)}>>>>>>> ${labels.theirs}: text${eol}`,
          order: order++,
        });
      }
    }
  }

  const text = applySplices(o.source, splices);
  if (conflicts.length === 0) {
    // Never lose a note: the merged file must read back with exactly the notes expected.
    const merged = parseSidecar(text);
    const got = new Map(merged.notes.map((entry) => [entry.note.id, canonicalJson({ note: entry.note, extra: entry.extra })]));
    const same = merged.writable && got.size === merged.notes.length && got.size === expected.size && [...expected].every(([id, value]) => got.get(id) === value);
    if (!same) {
      return { ok: false, reason: 'the merged sidecar did not read back with every note' };
    }
  }
  return { ok: true, text, conflicts };
}
