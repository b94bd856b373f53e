/** What a CLI command writes to; tests pass buffers, `main` passes the process streams. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

/** A `chancery` sub-command: takes its arguments, returns the process exit code. */
export type CliCommand = (args: readonly string[], io: CliIo) => Promise<number>;
