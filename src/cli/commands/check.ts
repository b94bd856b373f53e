import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { decodeText } from '../../core/corpus/textDecoding';
import { anchorSidecar, diffQuote, formatQuoteDiff, orphanedNotes, parseSidecar, SIDECAR_SUFFIX, type AnchoredNote, type SidecarParse } from '../../core/notes';
import { createChancery } from '../../core/chancery';
import { byPosition } from '../../core/model';
import { REGISTRY_FILE_NAME } from '../../core/registry/registryFile';
import { argsProblem, folderProblem, parseArgs, registryProblemLine, type CliCommand, type CliIo } from '../io';
import { NodeCorpusSource } from '../nodeCorpusSource';
import { counted } from '../../core/counted';

/** Folders never searched for sidecars: tooling and version-control state. */

/** A sidecar read from disk with its text (undefined when the text is missing or unreadable). */
export interface LoadedSidecar {
  /** Relative to the checked folder, with `/`. */
  readonly path: string;
  /** The annotated text's path, relative to the checked folder. */
  readonly textPath: string;
  readonly parse: SidecarParse;
  readonly text: string | undefined;
  /** Why the text could not be read, when it could not. */
  readonly textProblem: string | undefined;
  readonly notes: readonly AnchoredNote[];
}

/** Every `*.notes.yaml` under `root`, relative, with `/`, sorted. */
export async function findSidecars(root: string): Promise<string[]> {
  // The walk that finds the texts (links followed, `node_modules` and dot-folders skipped), so that every sidecar of a
  // text is checked.
  return new NodeCorpusSource(root).findMatching((file) => file.endsWith(SIDECAR_SUFFIX) && (file.split('/').pop() ?? '').length > SIDECAR_SUFFIX.length);
}

/** Reads, parses and anchors one sidecar; never throws for a missing or unreadable text. */
export async function loadSidecar(root: string, relative: string): Promise<LoadedSidecar> {
  const source = decodeText(await readFile(path.join(root, relative)));
  const parse = parseSidecar(source.ok ? source.text : '');
  const textPath = relative.slice(0, -SIDECAR_SUFFIX.length);
  let text: string | undefined;
  let textProblem: string | undefined;
  try {
    const decoded = decodeText(await readFile(path.join(root, textPath)));
    text = decoded.ok ? decoded.text : undefined;
    textProblem = decoded.ok ? undefined : `the text ${textPath} is not UTF-8 text (${decoded.reason})`;
  } catch {
    textProblem = `the text ${textPath} is missing`;
  }
  const loaded = { path: relative, textPath, parse, text, textProblem, notes: anchorSidecar(parse, text) };
  return source.ok ? loaded : { ...loaded, parse: { ...parse, writable: false, problems: [{ code: 'header', message: 'The sidecar is not UTF-8 text.', line: 0, column: 0, severity: 'error' }] } };
}

function clip(text: string, length = 60): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > length ? flat.slice(0, length - 1) + '…' : flat;
}

interface Tally {
  errors: number;
  warnings: number;
  states: Record<string, number>;
}

function report(io: CliIo, loaded: LoadedSidecar, tally: Tally): void {
  const where = (line: number, column: number): string => `${loaded.path}:${line + 1}:${column + 1}`;
  for (const problem of loaded.parse.problems) {
    io.out(`${where(problem.line, problem.column)}: ${problem.severity}: ${problem.message}\n`);
    tally[problem.severity === 'error' ? 'errors' : 'warnings']++;
  }
  const header = loaded.parse.header;
  const expected = path.posix.basename(loaded.textPath);
  if (header !== undefined && header.text !== expected && path.posix.normalize(header.text) !== expected) {
    const at = loaded.parse.textValue?.start ?? 0;
    const source = loaded.parse.source.slice(0, at);
    const line = source.split('\n').length - 1;
    io.out(`${where(line, at - (source.lastIndexOf('\n') + 1))}: warning: "text: ${header.text}" does not name ${expected}, the text this sidecar sits beside (the file name decides).\n`);
    tally.warnings++;
  }
  if (loaded.textProblem !== undefined && loaded.parse.notes.length > 0) {
    io.out(`${where(0, 0)}: error: ${loaded.textProblem}: ${orphanedNotes(loaded.parse.notes.length)} (the sidecar is kept).\n`);
    tally.errors++;
  }
  for (const { entry, anchor } of loaded.notes) {
    tally.states[anchor.state] = (tally.states[anchor.state] ?? 0) + 1;
    if (loaded.textProblem !== undefined) {
      continue;
    }
    const quote = entry.note.target.quote.exact;
    if (anchor.state === 'orphaned') {
      const closest = anchor.candidates[0];
      const change = closest === undefined ? '' : `; closest (score ${closest.score.toFixed(2)}): ${clip(formatQuoteDiff(diffQuote(quote, closest.words)), 120)}`;
      io.out(`${where(entry.line, entry.column)}: error: note ${entry.note.id} is orphaned: "${clip(quote)}" is no longer in the text${change}\n`);
      tally.errors++;
    } else if (anchor.state === 'fuzzy') {
      // Found, but its passage changed: worth a look before Repair Note Anchors rewrites its target.
      const found = anchor.candidates[0];
      const change = found === undefined ? '' : `: ${clip(formatQuoteDiff(diffQuote(quote, found.words)), 120)}`;
      io.out(`${where(entry.line, entry.column)}: info: note ${entry.note.id} is fuzzy (score ${anchor.score.toFixed(2)}), its passage changed${change}\n`);
    } else if (anchor.state === 'ambiguous') {
      const places = anchor.candidates.map((candidate) => `${candidate.span.start}-${candidate.span.end} (${candidate.score.toFixed(2)})`).join(', ');
      io.out(`${where(entry.line, entry.column)}: error: note ${entry.note.id} is ambiguous: "${clip(quote)}" fits ${places} about equally; re-attach it by hand\n`);
      tally.errors++;
    }
  }
}

const USAGE = 'Usage: chancery check [folder] [--strict]\n  Validates every *.notes.yaml and chancery.yaml, re-anchors every note, prints problems as file:line:column.\n  Exits 1 on any error, orphaned or ambiguous note (and on warnings with --strict).\n';

/** `chancery check [folder]`: for a corpus repository's CI. Reads only; never writes a file. */
export const run: CliCommand = async (args, io) => {
  const parsed = parseArgs(args, ['--strict']);
  if (parsed.help) {
    io.err(USAGE);
    return 0;
  }
  const why = argsProblem(parsed, { min: 0, max: 1 });
  if (why !== undefined) {
    io.err(`chancery check: ${why}.\n\n${USAGE}`);
    return 2;
  }
  const strict = parsed.flags.has('--strict');
  const root = path.resolve(parsed.positional[0] ?? '.');
  const problem = await folderProblem(root);
  if (problem !== undefined) {
    io.err(`chancery check: ${problem}.\n`);
    return 2;
  }
  let sidecars: string[];
  try {
    sidecars = await findSidecars(root);
  } catch (error) {
    io.err(`chancery check: cannot read ${root}: ${(error as Error).message}\n`);
    return 2;
  }
  const tally: Tally = { errors: 0, warnings: 0, states: {} };
  let registryBytes: Uint8Array | undefined;
  try {
    registryBytes = await readFile(path.join(root, REGISTRY_FILE_NAME));
  } catch (error) {
    registryBytes = undefined;
    // No registry is fine; one that cannot be read (a folder of that name, no permission) is an error.
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      io.out(registryProblemLine({ message: `cannot be read: ${(error as Error).message}`, line: 0, column: 0, severity: 'error' }));
      tally.errors++;
    }
  }
  if (registryBytes !== undefined) {
    // The registry's problems in the order of the file, with those only the corpus shows (a glob that matches no
    // file, a document's file that is no text), as `chancery index` gives them.
    const chancery = createChancery({ corpus: new NodeCorpusSource(root) });
    const parse = chancery.applyRegistry(registryBytes);
    const problems = [...parse.problems, ...(parse.registry ? await chancery.corpusProblems() : [])].sort(byPosition);
    for (const problem of problems) {
      io.out(registryProblemLine(problem));
      tally[problem.severity === 'error' ? 'errors' : 'warnings']++;
    }
  }
  let notes = 0;
  // Notes a sidecar holds but that could not be read (a field of the wrong shape, no id): counted apart, so that the
  // summary does not hide them.
  let unread = 0;
  for (const relative of sidecars) {
    const loaded = await loadSidecar(root, relative);
    notes += loaded.parse.notes.length;
    const problems = loaded.parse.problems;
    unread += new Set(problems.filter((p) => p.code === 'invalid-field').map((p) => p.noteId)).size + problems.filter((p) => p.code === 'invalid-note').length;
    report(io, loaded, tally);
  }
  const states = ['exact', 'moved', 'fuzzy', 'ambiguous', 'orphaned'].map((state) => `${tally.states[state] ?? 0} ${state}`).join(', ');
  const notRead = unread === 0 ? '' : ` (and ${counted(unread, 'note')} not read, see the errors)`;
  io.out(`chancery check: ${counted(sidecars.length, 'sidecar')}, ${counted(notes, 'note')}${notRead}: ${states}; ${counted(tally.errors, 'error')}, ${counted(tally.warnings, 'warning')}.\n`);
  const moved = (tally.states['moved'] ?? 0) + (tally.states['fuzzy'] ?? 0);
  if (moved > 0) {
    io.out(`  ${counted(moved, 'note')} moved or changed: "Chancery: Repair Note Anchors" in the editor rewrites their targets.\n`);
  }
  return tally.errors > 0 || (strict && tally.warnings > 0) ? 1 : 0;
};
