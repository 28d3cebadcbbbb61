// Builds the JSON-lines scanner's WebAssembly (wasm/json-scan.ts, AssemblyScript) into
// src/sources/json-scan.wasm, which is committed: `npm run bundle` copies it into dist/, and a test
// checks that it is what this builds. Usage: node scripts/build-wasm.mjs [out.wasm]
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = process.argv[2] ?? 'src/sources/json-scan.wasm';
execFileSync(
  process.execPath,
  [
    'node_modules/assemblyscript/bin/asc.js',
    'wasm/json-scan.ts',
    '-O3',
    '--enable',
    'simd',
    // No allocator or garbage collector: the scanner only reads and writes the memory it is given.
    '--runtime',
    'stub',
    '--noAssert',
    '--importMemory',
    '--noExportMemory',
    '--initialMemory',
    '1',
    '-o',
    out,
  ],
  { cwd: root, stdio: 'inherit' },
);
