// `npm run test:desktop`: the same integration suite in desktop VS Code, through @vscode/test-electron.
// It downloads VS Code from Microsoft's update servers, so it is for contributors' machines, not for CI here.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
  // Bundled to out/test/runDesktop.js: the repository root is two levels up.
  const repoRoot = path.resolve(__dirname, '..', '..');
  // A writable copy of the sample corpus, as in the code-server run.
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'chancery-desktop-'));
  fs.cpSync(path.join(repoRoot, 'samples'), workspace, { recursive: true });
  try {
    await runTests({
      version: process.env.CHANCERY_VSCODE_VERSION ?? '1.100.3',
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: path.join(repoRoot, 'out', 'test', 'integration', 'index.js'),
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
    });
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
