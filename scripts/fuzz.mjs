#!/usr/bin/env node
// A longer fuzzing run than CI's, for a developer's machine: the suites of test/fuzz with many more
// cases and a fresh seed each time (printed, so a failure can be replayed).
//
//   node scripts/fuzz.mjs                      # 20,000 cases per property, a random seed
//   node scripts/fuzz.mjs --runs 100000        # more cases
//   node scripts/fuzz.mjs --seed 1234          # replay a run
//   node scripts/fuzz.mjs --only readers       # one suite (readers or config)
//
// CI runs the same suites with FUZZ_RUNS unset (1,500 cases) and the fixed seed 42.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '20000' },
    seed: { type: 'string' },
    only: { type: 'string' },
  },
});

const runs = Number(values.runs);
const seed = values.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(values.seed);
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(seed)) {
  console.error('usage: node scripts/fuzz.mjs [--runs N] [--seed N] [--only readers|config]');
  process.exit(2);
}
const target = values.only ? `test/fuzz/${values.only}.test.ts` : 'test/fuzz';

console.log(`lastseen fuzz: ${runs} cases per property, seed ${seed} (replay with --seed ${seed})`);
// The suites scale their own timeouts with FUZZ_RUNS (test/fuzz/harness.ts).
const result = spawnSync(
  process.execPath,
  [path.join(root, 'node_modules/vitest/vitest.mjs'), 'run', target],
  { cwd: root, stdio: 'inherit', env: { ...process.env, FUZZ_RUNS: String(runs), FUZZ_SEED: String(seed) } },
);
if (result.status !== 0)
  console.error(`\nfailed with seed ${seed}: node scripts/fuzz.mjs --runs ${runs} --seed ${seed}`);
process.exit(result.status ?? 1);
