// The benchmark's check of lastseen's own fold, per principal: reads the sources of a config with the
// same readers a scan uses and writes the fold as a lastseen-summary CSV (src/usage/summary.ts). The
// JSON report carries last use and counts per subject but not first use, and user accounts are not
// subjects unless claimed: this covers every principal. bench/run.mjs bundles and runs it, untimed.
// Usage: node fold.mjs <workspace> <config> <out.csv>
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../src/config/index.js';
import { readSource } from '../src/sources/read.js';
import { readerFor } from '../src/sources/registry.js';
import { UsageFold } from '../src/usage/fold.js';
import { summaryCsv, summaryRows } from '../src/usage/summary.js';

const [workspaceArg, configArg, out] = process.argv.slice(2);
const workspace = path.resolve(workspaceArg);
const config = await loadConfig({ workspace, config: configArg });
const fold = new UsageFold();
for (const [i, entry] of config.sources.entries()) {
  const reader = readerFor(entry.type);
  if (!reader) throw new Error(`unknown source type ${entry.type}`);
  await readSource(entry, reader, fold.sinkFor(i, entry.type), { workspace, now: Date.now() });
}
writeFileSync(out, summaryCsv(summaryRows(fold)));
