import type { CliCommand, CliIo } from './io';

/** The sub-commands, loaded on demand so that `chancery --help` stays instant. */
const COMMANDS: Record<string, { summary: string; load: () => Promise<CliCommand> }> = {};

/** Registers a sub-command; each command module calls this from `src/cli/commands/index.ts`. */
export function defineCommand(name: string, summary: string, load: () => Promise<CliCommand>): void {
  COMMANDS[name] = { summary, load };
}

function usage(): string {
  const lines = ['Usage: chancery <command> [options]', '', 'Commands:'];
  for (const [name, { summary }] of Object.entries(COMMANDS)) {
    lines.push(`  ${name.padEnd(14)} ${summary}`);
  }
  return lines.join('\n') + '\n';
}

/** Runs the CLI with the given arguments (without `node` and the script). */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(usage());
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`chancery: unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  return (await command.load())(rest, io);
}

if (require.main === module) {
  // Commands register themselves here; the import is deferred so that `defineCommand` exists first.
  // A reader that stops early (`chancery index . | head`) closes the pipe: stop quietly, as other command-line tools do.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') {
      process.exit(0);
    }
    throw error;
  });
  void import('./commands/index').then(async () => {
    const io: CliIo = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) };
    process.exitCode = await main(process.argv.slice(2), io);
  });
}
