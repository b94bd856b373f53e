// `npm start [-- folder]`: the demo. Serves VS Code (code-server) with Chancery on the sample corpus, or on
// the folder given, and prints the URL to open. Ctrl+C stops code-server and everything it started.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CODE_SERVER_VERSION, ensureCodeServer, linkWorkingCopy, remoteUri, repoRoot, startCodeServer, vscodeTestDir, workbenchUrl } from './codeServer';

/** The text the workbench opens first: the first .txt under texts/, else the first .txt at the top. */
function firstText(folder: string): string | undefined {
  for (const dir of [path.join(folder, 'texts'), folder]) {
    if (!fs.existsSync(dir)) continue;
    const name = fs.readdirSync(dir).filter((file) => file.endsWith('.txt') && file !== 'README.txt').sort()[0];
    if (name) return path.join(dir, name);
  }
  return undefined;
}

async function main(): Promise<void> {
  // npm runs scripts from the package root; a relative folder is meant from where the user typed the command.
  const argument = process.argv[2];
  const folder = argument ? path.resolve(process.env.INIT_CWD ?? process.cwd(), argument) : path.join(repoRoot, 'samples');
  if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) {
    throw new Error(`${folder} is not a folder: npm start -- <folder with your texts>`);
  }
  for (const built of ['dist/extension.js', 'package.json']) {
    if (!fs.existsSync(path.join(repoRoot, built))) throw new Error(`${built} is missing: run \`npm run build\` first`);
  }
  ensureCodeServer();

  // The demo keeps its settings and window state between runs (CHANCERY_DEMO_DIR moves them, for tests).
  const demoDir = path.resolve(process.env.CHANCERY_DEMO_DIR ?? path.join(vscodeTestDir, 'demo'));
  const extensionsDir = path.join(demoDir, 'extensions');
  // The working copy as an installed extension: after a rebuild, "Developer: Reload Window" picks it up.
  linkWorkingCopy(extensionsDir);
  const server = await startCodeServer({
    folder,
    userDataDir: path.join(demoDir, 'user-data'),
    extensionsDir,
    ...(process.env.PORT ? { port: Number(process.env.PORT) } : {}),
  });

  let stopping = false;
  const stop = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping code-server`);
    await server.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  void server.exited.then(() => {
    if (stopping) return;
    console.error(`code-server stopped unexpectedly; its log: ${server.logFile}`);
    process.exit(1);
  });

  const text = firstText(folder);
  const url = workbenchUrl(server, folder, text ? [['openFile', remoteUri(server, text)]] : undefined);
  console.log([
    '',
    `Chancery in VS Code (code-server ${CODE_SERVER_VERSION}) on ${folder}`,
    text ? `opens ${path.relative(folder, text)}` : 'no .txt found to open first',
    '',
    `  ${url}`,
    '',
    `Open the URL in a browser. Log: ${path.relative(process.cwd(), server.logFile)}. Ctrl+C stops it.`,
  ].join('\n'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
