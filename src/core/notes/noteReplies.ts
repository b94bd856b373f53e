import type { Note, Reply } from './note';

/**
 * A reply's name within its note: its author and when it was written. Edits keep both, so the same reply is found
 * again after the sidecar changed on disk, and on both sides of a merge.
 */
export function replyKey(reply: Pick<Reply, 'author' | 'created'>): string {
  return `${reply.created}\u0000${reply.author ?? ''}`;
}

/** Orders replies by `created` (an instant when it reads as one, else its text), keeping the given order on ties. */
export function sortReplies(replies: readonly Reply[]): Reply[] {
  const instant = (reply: Reply): number => {
    const time = Date.parse(reply.created);
    return Number.isNaN(time) ? Infinity : time;
  };
  return [...replies].sort((a, b) => instant(a) - instant(b) || (instant(a) === Infinity ? a.created.localeCompare(b.created) : 0));
}

/** The note with its replies replaced: the `replies` field goes when none are left, as a note without replies has none. */
export function withReplies(note: Note, replies: readonly Reply[]): Note {
  const { replies: _old, ...rest } = note;
  return replies.length === 0 ? rest : { ...rest, replies: sortReplies(replies) };
}

/** How many replies a note has, in words, for its row and its card ("2 replies"); undefined for none. */
export function replyCount(count: number): string | undefined {
  return count === 0 ? undefined : count === 1 ? '1 reply' : `${count} replies`;
}
