import { stat } from 'node:fs/promises';

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
