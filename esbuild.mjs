// Bundles the extension (desktop and web), the command-line tool and the integration test entry points.
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import * as esbuild from 'esbuild';

/**
 * For the web build: a relative import of `x` loads `x.web.ts` when there is one, the variant of a module that needs
 * Node (`src/vscode/corpus/extractionThread.ts`, which starts a worker thread) for a host that has none.
 */
const webVariants = {
  name: 'web-variants',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\// }, (args) => {
      const web = path.resolve(args.resolveDir, `${args.path}.web.ts`);
      return existsSync(web) ? { path: web } : undefined;
    });
  },
};

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  target: 'es2022',
};

const builds = [
  // Desktop and remote extension host (Node).
  { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs', external: ['vscode'] },
  // vscode.dev and other web hosts: the same code, no Node built-ins allowed.
  { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/web/extension.js', platform: 'browser', format: 'cjs', external: ['vscode'], mainFields: ['browser', 'module', 'main'], plugins: [webVariants] },
  // The `chancery` command-line tool.
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', banner: { js: '#!/usr/bin/env node' } },
  // Its extraction workers (one per core); without this file the CLI extracts in-process.
  { ...common, entryPoints: ['src/node/extractionWorker.ts'], outfile: 'dist/extractionWorker.js', platform: 'node', format: 'cjs' },
];

if (!production) {
  builds.push(
    // The mocha suite that runs inside the extension host, and its desktop launcher.
    { ...common, entryPoints: ['test/integration/index.ts'], outfile: 'out/test/integration/index.js', platform: 'node', format: 'cjs', external: ['vscode', 'mocha'] },
    { ...common, entryPoints: ['test/runDesktop.ts'], outfile: 'out/test/runDesktop.js', platform: 'node', format: 'cjs', external: ['@vscode/test-electron'] },
  );
}

if (watch) {
  for (const options of builds) {
    const context = await esbuild.context(options);
    await context.watch();
  }
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
