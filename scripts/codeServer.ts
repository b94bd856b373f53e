// code-server (VS Code 1.100.3 served to a browser) and Debian's Chromium, for the integration and UI
// tests and for `npm start`. The install recipe is ../shared/docs/real-vscode.md: npm registry and Debian
// packages only, nothing downloaded from GitHub or Microsoft.
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as net from 'node:net';
import * as path from 'node:path';
import { chromium, type Browser } from 'playwright-core';

export const CODE_SERVER_VERSION = '4.100.3';

/** The repository root (this file lives in scripts/). */
export const repoRoot = path.resolve(__dirname, '..');

/** Everything downloaded or generated for real-VS-Code runs lives here; git ignores it. */
export const vscodeTestDir = path.join(repoRoot, '.vscode-test');

const installDir = path.join(vscodeTestDir, 'code-server');
const packageDir = path.join(installDir, 'node_modules', 'code-server');
const entryScript = path.join(packageDir, 'out', 'node', 'entry.js');
// The marker names the version so that a version bump reinstalls.
const markerFile = path.join(installDir, `.installed-${CODE_SERVER_VERSION}`);
// Passed to every run, so that code-server never writes a default config (with a password) into ~/.config.
const configFile = path.join(installDir, 'config.yaml');

/** Chromium flags that work on these machines (no sandbox as root, no GPU, no background traffic). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// Native modules of VS Code's server that must be compiled for the local Node.
const vscodeNativeModules = ['kerberos', '@parcel/watcher', '@vscode/deviceid', '@vscode/spdlog', 'native-watchdog', 'node-pty'];

function progress(message: string): void {
  console.log(`[code-server] ${message}`);
}

function npm(cwd: string, args: string[], options: { quiet?: boolean } = {}): void {
  const result = spawnSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd,
    stdio: ['ignore', options.quiet ? 'ignore' : 'inherit', options.quiet ? 'ignore' : 'inherit'],
    // code-server's install scripts refuse to run as root without this.
    env: { ...process.env, npm_config_unsafe_perm: 'true', npm_config_update_notifier: 'false' },
  });
  if (result.status !== 0 && !options.quiet) {
    throw new Error(`npm ${args.join(' ')} failed in ${cwd} (exit ${result.status ?? result.signal})`);
  }
}

function commandPath(command: string): string | undefined {
  const result = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
  const found = result.stdout.trim();
  return result.status === 0 && found !== '' ? found : undefined;
}

function checkSystemPackages(): void {
  const missing: string[] = [];
  if (!commandPath('krb5-config')) missing.push('libkrb5-dev');
  if (!commandPath('rg')) missing.push('ripgrep');
  if (missing.length > 0) {
    throw new Error(`code-server needs Debian packages that are missing: ${missing.join(', ')}.\n` +
      `Install them with: apt-get update && apt-get install -y ${missing.join(' ')}`);
  }
}

function symlink(target: string, linkPath: string): void {
  fs.rmSync(linkPath, { force: true });
  fs.symlinkSync(target, linkPath);
}

function writeConfig(): void {
  fs.writeFileSync(configFile, 'auth: none\ncert: false\n');
}

/** Installs code-server into .vscode-test/code-server once; later calls return at once. */
export function ensureCodeServer(): string {
  if (fs.existsSync(markerFile) && fs.existsSync(entryScript)) {
    if (!fs.existsSync(configFile)) writeConfig();
    return entryScript;
  }
  checkSystemPackages();
  const nodeMajor = Number(process.versions.node.split('.')[0]);
  if (nodeMajor !== 20) {
    // Its native modules are built for the Node that runs it; 4.100.x is made for Node 20.
    progress(`warning: code-server ${CODE_SERVER_VERSION} is made for Node 20; this is Node ${process.versions.node}`);
  }
  const started = Date.now();
  progress(`installing code-server ${CODE_SERVER_VERSION} into ${path.relative(repoRoot, installDir)} (first run only, about a minute)`);
  fs.mkdirSync(installDir, { recursive: true });
  // Its own package.json keeps the install apart from the project's node_modules.
  fs.writeFileSync(path.join(installDir, 'package.json'), JSON.stringify({ name: 'chancery-code-server', private: true }, null, 2));

  progress('1/5 npm install code-server (install scripts off: they would download ripgrep from GitHub)');
  npm(installDir, ['install', '--ignore-scripts', `code-server@${CODE_SERVER_VERSION}`]);
  npm(installDir, ['rebuild', 'argon2']);

  const vscodeDir = path.join(packageDir, 'lib', 'vscode');
  progress('2/5 VS Code server dependencies');
  npm(vscodeDir, ['install', '--omit=dev', '--ignore-scripts']);
  progress('3/5 native modules of the VS Code server');
  // node-pty's post-install step exits non-zero after building pty.node: judge by loading the modules.
  // Its noise is silenced too; a module that does not load is reported below.
  npm(vscodeDir, ['rebuild', ...vscodeNativeModules], { quiet: true });
  // Loading each module is the real test (@parcel/watcher, for one, comes prebuilt in a platform package).
  const loadCheck = `for (const m of ${JSON.stringify(vscodeNativeModules)}) require(m)`;
  const loaded = spawnSync(process.execPath, ['-e', loadCheck], { cwd: vscodeDir, encoding: 'utf8' });
  if (loaded.status !== 0) {
    throw new Error(`a native module of the VS Code server does not load (is libkrb5-dev installed?):\n${loaded.stderr}`);
  }

  progress('4/5 ripgrep from Debian, links that the release tarball would carry');
  const rg = commandPath('rg');
  if (!rg) throw new Error('ripgrep is missing: apt-get install -y ripgrep');
  const rgBin = path.join(vscodeDir, 'node_modules', '@vscode', 'ripgrep', 'bin');
  fs.mkdirSync(rgBin, { recursive: true });
  fs.copyFileSync(fs.realpathSync(rg), path.join(rgBin, 'rg'));
  fs.chmodSync(path.join(rgBin, 'rg'), 0o755);
  symlink('node_modules', path.join(vscodeDir, 'node_modules.asar'));
  symlink('code-linux.sh', path.join(vscodeDir, 'bin', 'remote-cli', 'code-server'));
  symlink('browser-linux.sh', path.join(vscodeDir, 'bin', 'helpers', 'browser.sh'));

  progress('5/5 built-in extensions');
  npm(path.join(vscodeDir, 'extensions'), ['install', '--omit=dev', '--ignore-scripts']);

  writeConfig();
  const version = execFileSync(process.execPath, [entryScript, '--config', configFile, '--version'], { encoding: 'utf8' }).trim();
  fs.writeFileSync(markerFile, `${version}\n`);
  progress(`installed in ${Math.round((Date.now() - started) / 1000)} s: code-server ${version}`);
  return entryScript;
}

/** A port on 127.0.0.1 that nothing listens on right now. */
export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function httpStatus(url: string): Promise<number | undefined> {
  return new Promise((resolve) => {
    const request = http.get(url, { timeout: 2000 }, (response) => {
      response.resume();
      resolve(response.statusCode);
    });
    request.on('error', () => resolve(undefined));
    request.on('timeout', () => {
      request.destroy();
      resolve(undefined);
    });
  });
}

export interface CodeServerOptions {
  /** The folder the workbench opens. */
  folder: string;
  userDataDir: string;
  extensionsDir: string;
  port?: number;
  /** Extra user settings, merged over the defaults that keep dialogs and updates out of the way. */
  settings?: Record<string, unknown>;
  /** Where the server's own output goes; defaults to <userDataDir>/code-server.log. */
  logFile?: string;
}

export interface RunningCodeServer {
  url: string;
  port: number;
  logFile: string;
  /** Settles when the server process ends, by itself or through stop(). */
  exited: Promise<void>;
  /** Stops the server and every process it started (extension hosts, file watchers). */
  stop(): Promise<void>;
}

/** Default user settings for runs that a person does not watch, or watches as a reader. */
export const baseSettings: Record<string, unknown> = {
  // Otherwise a trust dialog blocks the workbench; Restricted Mode is tested on purpose elsewhere.
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'update.mode': 'none',
  'telemetry.telemetryLevel': 'off',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'chat.disableAIFeatures': true,
  // Scratch workspaces live inside this repository: no offer to open its git repository.
  'git.openRepositoryInParentFolders': 'never',
};

/** Writes <userDataDir>/User/settings.json. */
export function writeUserSettings(userDataDir: string, settings: Record<string, unknown>): void {
  const userDir = path.join(userDataDir, 'User');
  fs.mkdirSync(userDir, { recursive: true });
  fs.writeFileSync(path.join(userDir, 'settings.json'), `${JSON.stringify({ ...baseSettings, ...settings }, null, 2)}\n`);
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    // Negative PID: the whole process group, so extension hosts and watchers go too.
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

/** Starts code-server on 127.0.0.1 and resolves once it answers HTTP. */
export async function startCodeServer(options: CodeServerOptions): Promise<RunningCodeServer> {
  const entry = ensureCodeServer();
  const port = options.port ?? (await findFreePort());
  fs.mkdirSync(options.extensionsDir, { recursive: true });
  writeUserSettings(options.userDataDir, options.settings ?? {});
  const logFile = options.logFile ?? path.join(options.userDataDir, 'code-server.log');
  const log = fs.openSync(logFile, 'w');
  const child = spawn(process.execPath, [
    entry,
    '--config', configFile,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-getting-started-override',
    '--user-data-dir', options.userDataDir,
    '--extensions-dir', options.extensionsDir,
    options.folder,
  ], { detached: true, stdio: ['ignore', log, log] });
  fs.closeSync(log);

  let exited = false;
  const exit = new Promise<void>((resolve) => child.once('exit', () => {
    exited = true;
    resolve();
  }));
  const stop = async (): Promise<void> => {
    if (exited) return;
    killGroup(child, 'SIGTERM');
    const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 5000);
    await exit;
    clearTimeout(timer);
    // Extension hosts may linger a moment after the server itself.
    killGroup(child, 'SIGKILL');
  };

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while ((await httpStatus(`${url}/healthz`)) !== 200) {
    if (exited || Date.now() > deadline) {
      await stop();
      const tail = fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8').split('\n').slice(-20).join('\n') : '';
      throw new Error(`code-server did not answer on ${url} (${exited ? 'it exited' : 'timed out'}); its log ${logFile}:\n${tail}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { url, port, logFile, exited: exit, stop };
}

/** Installs a packaged extension into an extensions folder with code-server's own CLI (offline). */
export function installVsix(vsix: string, extensionsDir: string): void {
  const entry = ensureCodeServer();
  fs.mkdirSync(extensionsDir, { recursive: true });
  const result = spawnSync(process.execPath, [entry, '--config', configFile, '--extensions-dir', extensionsDir, '--install-extension', vsix], {
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    throw new Error(`code-server --install-extension ${vsix} failed (exit ${result.status}):\n${result.stdout}${result.stderr}`);
  }
}

/**
 * Makes the working copy of the extension an installed extension of `extensionsDir`, through a symbolic link
 * named like an unpacked .vsix (publisher.name-version). Unlike the `extensionDevelopmentPath` payload, this
 * keeps the workbench a normal window: user settings (the colour theme) apply, and a rebuild plus
 * "Developer: Reload Window" picks up changes.
 */
export function linkWorkingCopy(extensionsDir: string): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { publisher: string; name: string; version: string };
  const prefix = `${manifest.publisher}.${manifest.name}-`;
  fs.mkdirSync(extensionsDir, { recursive: true });
  for (const entry of fs.readdirSync(extensionsDir)) {
    if (entry.startsWith(prefix)) fs.rmSync(path.join(extensionsDir, entry), { recursive: true, force: true });
  }
  // code-server lists what it finds in extensions.json; a stale list would hide the new link.
  fs.rmSync(path.join(extensionsDir, 'extensions.json'), { force: true });
  const link = path.join(extensionsDir, `${prefix}${manifest.version}`);
  fs.symlinkSync(repoRoot, link);
  return link;
}

/** The workbench URL for a folder, with an optional payload (extension development, tests). */
export function workbenchUrl(server: RunningCodeServer, folder: string, payload?: [string, string][]): string {
  let url = `${server.url}/?folder=${encodeURIComponent(folder)}`;
  if (payload) url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  return url;
}

/** A path on the code-server machine, as the workbench names it in a payload. */
export function remoteUri(server: RunningCodeServer, absolutePath: string): string {
  return `vscode-remote://127.0.0.1:${server.port}${absolutePath}`;
}

/** Debian's Chromium through playwright-core; CHROMIUM_PATH overrides the binary. */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!fs.existsSync(executablePath)) {
    throw new Error(`Chromium not found at ${executablePath}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  }
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * A fresh scratch folder .vscode-test/runs/<name>-<pid>: runs started at the same time (two terminals, two
 * engineers) do not share one. Folders of earlier runs whose process has ended are removed; the latest ones
 * stay until then, with code-server's log, for a look after a failure.
 */
export function scratchDir(name: string): string {
  const runsDir = path.join(vscodeTestDir, 'runs');
  fs.mkdirSync(runsDir, { recursive: true });
  for (const entry of fs.readdirSync(runsDir)) {
    const owner = /^(.+)-(\d+)$/.exec(entry);
    if (owner && owner[1] === name && !isAlive(Number(owner[2]))) {
      fs.rmSync(path.join(runsDir, entry), { recursive: true, force: true });
    }
  }
  const dir = path.join(runsDir, `${name}-${process.pid}`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

/** Runs a script's main function: its result is the exit code; an error is printed with its stack and exits 1. */
export function runScript(main: () => Promise<number>): void {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
      process.exitCode = 1;
    },
  );
}
