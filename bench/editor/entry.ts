// The extension-host half of `npm run bench:editor` (bench/editor/index.ts bundles it and loads it as the tests
// entry of a real workbench). Chancery indexes the workspace's corpus on activation; this waits for the line its
// output channel writes at the end ("N text(s) indexed (X MB in S s)"), watching the extension host's event loop
// meanwhile, then reads the same files again through `vscode.workspace.fs` alone, as the baseline of the run.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import * as vscode from 'vscode';

/** Where the workbench writes its logs (the runner's scratch folder), from the environment code-server passes on. */
const LOG_ROOT = process.env.CHANCERY_BENCH_LOGS ?? '';
const TIME_LIMIT_MS = 300_000;

/** The lines of every `Chancery.log` output channel file under `dir`. */
function chanceryLogLines(dir: string): string[] {
  const lines: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('Chancery.log')) {
      lines.push(...fs.readFileSync(path.join(entry.parentPath, entry.name), 'utf8').split('\n'));
    }
  }
  return lines;
}

function cpuMs(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}

/** Reads every file as indexing does (a stat, then the bytes), `inFlight` at a time; the milliseconds it took. */
async function readAll(uris: readonly vscode.Uri[], inFlight: number): Promise<{ ms: number; bytes: number }> {
  const start = Date.now();
  let next = 0;
  let bytes = 0;
  const reader = async (): Promise<void> => {
    while (next < uris.length) {
      const uri = uris[next++];
      if (uri) {
        await vscode.workspace.fs.stat(uri);
        const read = await vscode.workspace.fs.readFile(uri);
        bytes += read.byteLength;
      }
    }
  };
  await Promise.all(Array.from({ length: inFlight }, reader));
  return { ms: Date.now() - start, bytes };
}

export async function run(): Promise<void> {
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  const cpuStart = process.cpuUsage();
  const start = Date.now();
  await vscode.extensions.getExtension('chancery.chancery')?.activate();
  let done: string | undefined;
  while (done === undefined && Date.now() - start < TIME_LIMIT_MS) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    done = chanceryLogLines(LOG_ROOT).find((line) => line.includes(' indexed ('));
  }
  delay.disable();
  if (done === undefined) {
    throw new Error(`Chancery did not finish indexing within ${TIME_LIMIT_MS / 1000} s`);
  }
  const cpu = cpuMs(cpuStart);
  const uris = await vscode.workspace.findFiles('corpus/**/*.txt');
  const read = await readAll(uris, 512);
  const readFew = await readAll(uris, 32);
  const indexedSeconds = Number(/ in ([\d.]+) s[,)]/.exec(done)?.[1] ?? NaN);
  const ms = (n: number): string => (n / 1e6).toFixed(0);
  console.log(`BENCH log: ${done.slice(done.indexOf('] ') + 2)}`);
  console.log(`BENCH extension host CPU while indexing ${(cpu / 1000).toFixed(1)} s`);
  console.log(`BENCH event loop delay while indexing: p50 ${ms(delay.percentile(50))} ms, p99 ${ms(delay.percentile(99))} ms, max ${ms(delay.max)} ms`);
  console.log(`BENCH baseline: stat and read the ${uris.length} files through vscode.workspace.fs, 512 at a time, ${(read.ms / 1000).toFixed(1)} s (${(read.bytes / 1048576).toFixed(1)} MB); 32 at a time, ${(readFew.ms / 1000).toFixed(1)} s`);
  console.log(`BENCH ratio indexing / reading (512 at a time): ${(indexedSeconds / (read.ms / 1000)).toFixed(1)}`);
}
