import * as path from 'node:path';
import { exportCsv, exportWebAnnotations, type AnnotatedText } from '../../core/notes';
import { folderProblem, type CliCommand } from '../io';
import { findSidecars, loadSidecar } from './check';

const USAGE =
  'Usage: chancery export --format w3c|csv [folder]\n  Prints every note of the folder as W3C Web Annotation JSON-LD or as CSV on standard output.\n  Exit status 1 when a sidecar could not be read whole (its errors, on standard error, say what is not exported).\n';

/** `chancery export --format w3c|csv [folder]`: notes for other annotation tools and for spreadsheets. */
export const run: CliCommand = async (args, io) => {
  let format: string | undefined;
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--format') {
      format = args[++i];
    } else if (arg.startsWith('--format=')) {
      format = arg.slice('--format='.length);
    } else if (arg === '--help') {
      io.out(USAGE);
      return 0;
    } else if (arg.startsWith('--')) {
      io.err(`chancery export: unknown option ${arg}\n${USAGE}`);
      return 2;
    } else {
      positional.push(arg);
    }
  }
  if ((format !== 'w3c' && format !== 'csv') || positional.length > 1) {
    io.err(USAGE);
    return 2;
  }
  const root = path.resolve(positional[0] ?? '.');
  const problem = await folderProblem(root);
  if (problem !== undefined) {
    io.err(`chancery export: ${problem}.\n`);
    return 2;
  }
  let sidecars: string[];
  try {
    sidecars = await findSidecars(root);
  } catch (error) {
    io.err(`chancery export: cannot read ${root}: ${(error as Error).message}\n`);
    return 2;
  }
  const texts: AnnotatedText[] = [];
  // Sidecars not read at all, or only in part: the export lacks notes of theirs.
  let incomplete = 0;
  for (const relative of sidecars) {
    const loaded = await loadSidecar(root, relative);
    if (!loaded.parse.writable && loaded.parse.notes.length === 0) {
      const first = loaded.parse.problems[0];
      io.err(`${relative}:${(first?.line ?? 0) + 1}:${(first?.column ?? 0) + 1}: error: not exported: ${first?.message ?? 'unreadable'}\n`);
      incomplete++;
      continue;
    }
    // A sidecar read in part: each error leaves a note or a field unread, which the export does not hold.
    const errors = loaded.parse.problems.filter((p) => p.severity === 'error');
    for (const error of errors) {
      io.err(`${relative}:${error.line + 1}:${error.column + 1}: error: ${error.message} What this leaves unread is not exported.\n`);
    }
    if (errors.length > 0) {
      incomplete++;
    }
    texts.push({
      text: loaded.textPath,
      notes: loaded.parse.notes.map((entry) => entry.note),
      ...(loaded.text === undefined ? {} : { anchors: loaded.notes.map((anchored) => anchored.anchor) }),
    });
  }
  io.out(format === 'w3c' ? exportWebAnnotations(texts) : exportCsv(texts));
  return incomplete > 0 ? 1 : 0;
};
