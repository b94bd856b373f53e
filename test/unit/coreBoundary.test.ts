import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

const CORE = path.resolve(__dirname, '../../src/core');

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    return entry.isDirectory() ? filesUnder(full) : entry.name.endsWith('.ts') ? [full] : [];
  });
}

// Every form that loads a module: static imports, re-exports, dynamic import() and require().
const IMPORT = /(?:\bimport\s+(?:type\s+)?(?:[^'"]*?\s+from\s+)?|\bexport\s+(?:type\s+)?(?:\*|\{[^}]*\})\s+from\s+|\bimport\s*\(\s*|\brequire\s*\(\s*)['"]([^'"]+)['"]/g;
const NODE_BUILTINS = new Set(['fs', 'path', 'os', 'child_process', 'crypto', 'url', 'util', 'stream', 'events', 'buffer', 'worker_threads', 'http', 'https', 'net', 'zlib', 'readline', 'assert', 'process', 'fs/promises']);

/** The modules a core file loads that would tie it to the editor or to Node. */
function forbiddenImports(source: string): string[] {
  return [...source.matchAll(IMPORT)].map((m) => m[1] ?? '').filter((spec) => spec === 'vscode' || spec.startsWith('node:') || NODE_BUILTINS.has(spec));
}

describe('core boundary', () => {
  it('finds a forbidden import in every form a file may write it', () => {
    assert.deepEqual(forbiddenImports("import * as vscode from 'vscode';"), ['vscode']);
    assert.deepEqual(forbiddenImports("import { readFile } from 'node:fs/promises';"), ['node:fs/promises']);
    assert.deepEqual(forbiddenImports("export { x } from 'path';"), ['path']);
    assert.deepEqual(forbiddenImports("const fs = require('fs');"), ['fs']);
    assert.deepEqual(forbiddenImports("await import('node:os');"), ['node:os']);
    assert.deepEqual(forbiddenImports("import Fuse from 'fuse.js';\nimport { parse } from 'yaml';"), []);
  });

  it('keeps every file under src/core free of vscode and Node built-ins', () => {
    const files = filesUnder(CORE);
    assert.ok(files.length > 5, 'src/core should hold the core modules');
    const offenders = files.flatMap((file) => forbiddenImports(readFileSync(file, 'utf8')).map((spec) => `${path.relative(CORE, file)} imports ${spec}`));
    assert.deepEqual(offenders, []);
  });
});
