// Builds the committed entry points in one pass: dist/index.js (the Action), dist/cli.js (the CLI) and
// dist/github-audit-worker.js (the thread that folds the second half of a large GitHub audit log). Code
// is split: what the entry points share sits in dist/chunk-*.js, and what is loaded on demand (the
// 3.5 MB HCL parser for Terraform discovery, the HTML and SARIF writers, Octokit for the live readers,
// ajv for an inventory that fails the precompiled schema check) in chunks of their own, so a scan that
// needs none of them does not pay to parse them (start-up was 0.4 s; now below 0.1 s over Node's own).
import { build } from 'esbuild';
import { chmodSync, copyFileSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const dist = new URL('../dist/', import.meta.url);

// Chunk names carry a content hash: stale ones would linger, so start from an empty dist/.
for (const name of readdirSync(dist)) if (name.endsWith('.js')) rmSync(new URL(name, dist));

await build({
  entryPoints: {
    index: 'src/action/index.ts',
    cli: 'src/cli/index.ts',
    'github-audit-worker': 'src/sources/github-audit-worker.ts',
  },
  outdir: 'dist',
  splitting: true,
  chunkNames: 'chunk-[hash]',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  legalComments: 'none',
  // Whitespace and syntax only: names stay readable in stack traces.
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
  define: { __LASTSEEN_VERSION__: JSON.stringify(pkg.version) },
  // Bundled CommonJS dependencies still call require(); give ESM output one.
  banner: {
    js: "import { createRequire as __lsCreateRequire } from 'node:module'; const require = __lsCreateRequire(import.meta.url);",
  },
  loader: { '.yml': 'text' },
});

// The JSON-lines scanner's WebAssembly build (src/sources/json-scan-wasm.ts loads it beside its chunk).
copyFileSync(new URL('../src/sources/json-scan.wasm', import.meta.url), new URL('json-scan.wasm', dist));

// The CLI is an executable (`bin` in package.json).
const cli = new URL('cli.js', dist);
writeFileSync(cli, '#!/usr/bin/env node\n' + readFileSync(cli, 'utf8'));
chmodSync(cli, 0o755);
