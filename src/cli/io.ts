import { stat } from 'node:fs/promises';
import type { Problem } from '../core/model';
import { REGISTRY_FILE_NAME } from '../core/registry/registryFile';

/** What a CLI command writes to; tests pass buffers, `main` passes the process streams. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

/** A `chancery` sub-command: takes its arguments, returns the process exit code. */
export type CliCommand = (args: readonly string[], io: CliIo) => Promise<number>;

/**
 * Why a command cannot work on `root`, in words (`no folder at /x`, `/x is a file, not a folder`), or undefined
 * when it is a folder. Checked before any work starts, so that a mistyped path is a usage error, said plainly.
 */
export async function folderProblem(root: string): Promise<string | undefined> {
  try {
    return (await stat(root)).isDirectory() ? undefined : `${root} is a file, not a folder`;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? `no folder at ${root}` : `cannot read ${root}: ${(error as Error).message}`;
  }
}

/** A problem of `chancery.yaml` as the command line prints it: `chancery.yaml:line:column: severity: message`. */
export function registryProblemLine(problem: Problem): string {
  return `${REGISTRY_FILE_NAME}:${problem.line + 1}:${problem.column + 1}: ${problem.severity}: ${problem.message}\n`;
}

/** A command's arguments: the flags it knows that were given, `--help`, the other arguments, and unknown options. */
export interface ParsedArgs {
  readonly flags: ReadonlySet<string>;
  readonly help: boolean;
  readonly positional: readonly string[];
  readonly unknown: readonly string[];
}

/** Reads a command's arguments; `--` ends the options, so that a folder may start with `-`. */
export function parseArgs(args: readonly string[], known: readonly string[]): ParsedArgs {
  const flags = new Set<string>();
  const positional: string[] = [];
  const unknown: string[] = [];
  let help = false;
  const end = args.indexOf('--');
  for (const arg of end === -1 ? args : args.slice(0, end)) {
    if (known.includes(arg)) {
      flags.add(arg);
    } else if (arg === '--help' || arg === '-h') {
      help = true;
    } else if (arg.startsWith('-') && arg !== '-') {
      unknown.push(arg);
    } else {
      positional.push(arg);
    }
  }
  positional.push(...(end === -1 ? [] : args.slice(end + 1)));
  return { flags, help, positional, unknown };
}

/** Why a command's arguments are not usable: its unknown options, else a wrong count of folders; undefined if fine. */
export function argsProblem({ positional, unknown }: ParsedArgs, folders: { readonly min: number; readonly max: number }): string | undefined {
  if (unknown.length > 0) {
    return `unknown option${unknown.length > 1 ? 's' : ''} ${unknown.map((a) => `"${a}"`).join(', ')} (a folder starting with "-" goes after "--")`;
  }
  if (positional.length < folders.min) {
    return 'no folder given';
  }
  if (positional.length > folders.max) {
    return `${folders.max === 1 ? 'one folder' : `at most ${folders.max} folders`} expected, got ${positional.length}: ${positional.map((f) => `"${f}"`).join(', ')}`;
  }
  return undefined;
}
