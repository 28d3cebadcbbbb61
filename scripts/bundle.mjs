// Builds the two committed entry points: dist/index.js (the Action) and dist/cli.js (the CLI).
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  legalComments: 'none',
  // Whitespace and syntax only: the bundled HCL parser is large, but names stay readable in stack traces.
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
  define: { __LASTSEEN_VERSION__: JSON.stringify(pkg.version) },
  // Bundled CommonJS dependencies still call require(); give ESM output one.
  banner: {
    js: "import { createRequire as __lsCreateRequire } from 'node:module'; const require = __lsCreateRequire(import.meta.url);",
  },
  loader: { '.yml': 'text' },
};
await build({ ...common, entryPoints: ['src/action/index.ts'], outfile: 'dist/index.js' });
await build({
  ...common,
  entryPoints: ['src/cli/index.ts'],
  outfile: 'dist/cli.js',
  banner: { js: '#!/usr/bin/env node\n' + common.banner.js },
});
// The worker thread that folds the second half of a large GitHub audit log (src/sources/github-audit-fast.ts).
await build({
  ...common,
  entryPoints: ['src/sources/github-audit-worker.ts'],
  outfile: 'dist/github-audit-worker.js',
});
