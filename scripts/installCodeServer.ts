// `npm run code-server:install`: installs code-server into .vscode-test/code-server (cached).
import { CODE_SERVER_VERSION, ensureCodeServer } from './codeServer';

try {
  const entry = ensureCodeServer();
  console.log(`[code-server] ${CODE_SERVER_VERSION} ready: ${entry}`);
} catch (error) {
  console.error(`[code-server] ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
