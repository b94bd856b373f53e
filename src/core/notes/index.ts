// The notes feature's public surface for the adapters and the CLI (documented in docs/notes-format.md).
export * from './note';
export { createNoteId } from './noteId';
export { prepareAnchorText, type AnchorText } from './anchorText';
export * from './quoteAnchor';
export * from './quoteDiff';
export { parseSidecar, MAX_ALIAS_COUNT, MAX_SIDECAR_LENGTH, type SidecarParse, type SidecarProblem, type SidecarProblemCode, type NoteEntry, type FieldSlot } from './sidecarParse';
export { writeSidecar, writeNoteBlock } from './noteWriter';
export { replyKey, replyCount, sortReplies } from './noteReplies';
export { tidyBody } from './noteBody';
export { addNote, addNewNote, editNoteBody, updateNote, removeNote, addReply, updateReply, removeReply, retargetSidecar, applyNoteChanges, type NoteChanges, type SidecarEdit } from './sidecarEdit';
export { notesUnread, sidecarProblems, waitingState, orphanedNotes } from './sidecarProblems';
export { repairTargets, type AnchorRepair } from './anchorRepair';
export { mergeSidecars, type NotesMerge, type NotesConflict, type NotesConflictKind, type MergeLabels } from './notesMerge';
export * from './annotationExport';
export * from './notebook';
