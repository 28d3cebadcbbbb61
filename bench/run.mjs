// `npm run bench`: lastseen against DuckDB and jq on the same GitHub audit-log exports (bench/README.md).
// Generates the inputs (bench/generate.mjs), times the whole lastseen scan through the bundled CLI, the
// same per-principal aggregation in DuckDB (bench/duckdb.mjs) and in jq (bench/reference.jq), checks
// that all three agree on every principal's first use, last use and count, and prints medians, ratios
// and peak RSS. Environment: BENCH_SIZES (lines, comma-separated; default 1000000,5000000), BENCH_RUNS
// (default 3), BENCH_FORMATS (jsonl,csv), BENCH_JQ_MAX_LINES (above it jq runs once, for the agreement
// check; default 1000000), BENCH_GZIP (0: skip the .gz runs), BENCH_NODE (the Node that runs lastseen and
// DuckDB; default the one running this, e.g. node24 to time what the Action runs on).
import { execFileSync, spawn } from 'node:child_process';
import {
  copyFileSync,
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { actors, generate, GENERATED_AT } from './generate.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const DATA = path.join(ROOT, 'bench', 'data');
const OUT = path.join(DATA, 'out');
const BUILD = path.join(DATA, '.build');
const NOW = '2026-11-25T12:00:00Z';
const SIZES = (process.env.BENCH_SIZES ?? '1000000,5000000')
  .split(',')
  .map((s) => Number(s.trim().replace(/_/g, '')));
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const FORMATS = (process.env.BENCH_FORMATS ?? 'jsonl,csv').split(',').map((s) => s.trim());
const JQ_MAX_LINES = Number(process.env.BENCH_JQ_MAX_LINES ?? 1_000_000);
const TIME = '/usr/bin/time';
/** The Node both timed tools run on (DuckDB's binding is Node-API: any Node it supports). */
const NODE = process.env.BENCH_NODE || process.execPath;

if (!existsSync(TIME)) {
  console.error(`bench: ${TIME} is needed for peak RSS (Debian: apt-get install time)`);
  process.exit(2);
}
const hasJq = spawnOk('jq', ['--version']);
mkdirSync(OUT, { recursive: true });

function spawnOk(command, args) {
  try {
    execFileSync(command, args, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Runs `command` under /usr/bin/time: wall seconds (measured here), peak RSS in MB, CPU seconds. */
function measure(command, args, stdoutFile) {
  const rssFile = path.join(OUT, 'rss.txt');
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(TIME, ['-f', '%M %U %S', '-o', rssFile, command, ...args], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const chunks = [];
    let stderr = '';
    child.stdout.on('data', (chunk) => chunks.push(chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (code !== 0) {
        reject(new Error(`${command} ${args.join(' ')} exited with ${code}\n${stderr}`));
        return;
      }
      if (stdoutFile) writeFileSync(stdoutFile, Buffer.concat(chunks));
      const [maxKB, user, system] = readFileSync(rssFile, 'utf8')
        .trim()
        .split('\n')
        .pop()
        .split(' ')
        .map(Number);
      resolve({ seconds, rss: maxKB / 1024, cpu: user + system });
    });
  });
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * The bench inventory for one input: bench/lastseen.yml with its path, plus 20 declared machine users
 * (a repository's inventory; every GitHub App in the export is an undeclared subject besides).
 */
function configFor(file) {
  const template = readFileSync(path.join(ROOT, 'bench', 'lastseen.yml'), 'utf8');
  const machines = actors()
    .filter((a) => a.kind === 'machine')
    .slice(0, 20);
  const identities = machines
    .map(
      (m) =>
        `  - id: ${m.actor}\n    kind: bot-user\n    platform: github\n    owner: "@acme/platform"\n` +
        `    purpose: Deploys from CI\n    principals: ["${m.actor}"]\n`,
    )
    .join('');
  const text = template
    .replace(/^ {4}path: .*$/m, `    path: ${path.basename(file)}`)
    .replace(/^identities: \[\]$/m, `identities:\n${identities}`);
  const config = path.join(DATA, `lastseen-${path.basename(file)}.yml`);
  writeFileSync(config, text);
  return config;
}

function tools(file, lines) {
  const name = path.basename(file);
  const list = [
    {
      tool: 'lastseen',
      command: NODE,
      args: () => [
        'dist/cli.js',
        'scan',
        '--workspace',
        DATA,
        '--config',
        path.relative(ROOT, configFor(file)),
        '--format',
        'json',
        '--output',
        path.join(OUT, `lastseen-${name}.json`),
        '--now',
        NOW,
        '--fail-on',
        'none',
        '--quiet',
      ],
    },
    {
      tool: 'duckdb',
      command: NODE,
      args: () => ['bench/duckdb.mjs', file, path.join(OUT, `duckdb-${name}.tsv`)],
    },
  ];
  if (hasJq && file.endsWith('.jsonl')) {
    list.push({
      // Minutes a run on large inputs: once there, for the agreement check.
      runs: lines <= JQ_MAX_LINES ? RUNS : 1,
      tool: 'jq',
      command: 'jq',
      args: () => ['-n', '-r', '-f', 'bench/reference.jq', file],
      stdout: path.join(OUT, `jq-${name}.tsv`),
    });
  }
  return list;
}

/** principal → [first use, last use, events] (epoch ms) from a TSV with those columns first. */
function readTsv(file, header) {
  const rows = readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .slice(header ? 1 : 0);
  return new Map(
    rows.map((row) => row.split('\t')).map(([p, first, last, events]) => [p, [+first, +last, +events]]),
  );
}

/** The same from lastseen's own fold, as a lastseen-summary CSV (principal rows only). */
function readSummary(file) {
  const rows = readFileSync(file, 'utf8').trim().split('\n').slice(1);
  const out = new Map();
  for (const row of rows) {
    const [principal, credential, first, last, , events] = row.split(',');
    if (credential === '') out.set(principal, [Date.parse(first), Date.parse(last), +events]);
  }
  return out;
}

/** Differences between two principal maps, at most `limit` of them described. */
function compare(a, b, nameA, nameB, limit = 5) {
  const problems = [];
  for (const [principal, values] of a) {
    const other = b.get(principal);
    if (!other) problems.push(`${principal}: in ${nameA}, not in ${nameB}`);
    else if (values.some((v, i) => v !== other[i]))
      problems.push(`${principal}: ${nameA} ${values.join('/')} ≠ ${nameB} ${other.join('/')}`);
  }
  for (const principal of b.keys())
    if (!a.has(principal)) problems.push(`${principal}: in ${nameB}, not in ${nameA}`);
  return { count: problems.length, shown: problems.slice(0, limit) };
}

async function main() {
  const started = Date.now();
  const machine = {
    nproc: os.availableParallelism(),
    cpu: os.cpus()[0]?.model ?? 'unknown',
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
    node:
      NODE === process.execPath
        ? process.version
        : execFileSync(NODE, ['--version'], { encoding: 'utf8' }).trim(),
    duckdb: JSON.parse(readFileSync(path.join(ROOT, 'node_modules/@duckdb/node-api/package.json'), 'utf8'))
      .version,
    jq: hasJq ? execFileSync('jq', ['--version'], { encoding: 'utf8' }).trim() : 'missing',
    loadBefore: os
      .loadavg()
      .map((n) => n.toFixed(2))
      .join(' '),
  };
  console.log(
    `bench: ${machine.nproc} cores (${machine.cpu}), node ${machine.node}, load ${machine.loadBefore}`,
  );

  console.log('bench: bundling lastseen (npm run bundle) and the fold check');
  execFileSync('npm', ['run', '-s', 'bundle'], { cwd: ROOT, stdio: 'inherit' });
  const common = {
    bundle: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'warning',
    loader: { '.yml': 'text' },
  };
  await build({
    ...common,
    entryPoints: [path.join(ROOT, 'bench', 'fold.ts')],
    outfile: path.join(BUILD, 'fold.mjs'),
    define: { __LASTSEEN_VERSION__: '"bench"' },
    banner: {
      js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);",
    },
  });
  await build({
    ...common,
    entryPoints: [path.join(ROOT, 'src', 'sources', 'github-audit-worker.ts')],
    outfile: path.join(BUILD, 'github-audit-worker.js'),
  });
  // The JSON-lines scanner's WebAssembly, loaded beside the code as in dist/.
  copyFileSync(path.join(ROOT, 'src', 'sources', 'json-scan.wasm'), path.join(BUILD, 'json-scan.wasm'));

  const inputs = [];
  for (const lines of SIZES) {
    process.stdout.write(`bench: generating ${lines.toLocaleString('en-US')} lines… `);
    const t = Date.now();
    const files = await generate(lines, DATA);
    console.log(`${((Date.now() - t) / 1000).toFixed(1)} s`);
    for (const format of FORMATS)
      inputs.push({ lines, format, file: format === 'csv' ? files.csv : files.json });
  }

  const results = [];
  let failures = 0;
  for (const input of inputs) {
    const { file, lines, format } = input;
    const sizeMB = statSync(file).size / 2 ** 20;
    const list = tools(file, lines);
    const samples = Object.fromEntries(list.map((t) => [t.tool, { seconds: [], rss: [], cpu: [] }]));
    for (let run = 1; run <= RUNS; run++) {
      for (const t of list) {
        if (t.runs !== undefined && run > t.runs) continue;
        process.stdout.write(`\rbench: ${format} ${lines} run ${run}/${RUNS}: ${t.tool}…        `);
        const { seconds, rss, cpu } = await measure(t.command, t.args(), t.stdout);
        samples[t.tool].seconds.push(seconds);
        samples[t.tool].rss.push(rss);
        samples[t.tool].cpu.push(cpu);
      }
    }
    process.stdout.write('\r');

    // Agreement: lastseen's fold of every principal (untimed, same readers), its report's subjects,
    // DuckDB and jq.
    const name = path.basename(file);
    const foldCsv = path.join(OUT, `lastseen-fold-${name}.csv`);
    execFileSync(process.execPath, [
      path.join(BUILD, 'fold.mjs'),
      DATA,
      path.relative(DATA, configFor(file)),
      foldCsv,
    ]);
    const lastseen = readSummary(foldCsv);
    const duckdb = readTsv(path.join(OUT, `duckdb-${name}.tsv`), true);
    const checks = [compare(lastseen, duckdb, 'lastseen', 'duckdb')];
    if (samples.jq)
      checks.push(compare(lastseen, readTsv(path.join(OUT, `jq-${name}.tsv`), false), 'lastseen', 'jq'));
    const report = JSON.parse(readFileSync(path.join(OUT, `lastseen-${name}.json`), 'utf8'));
    const subjects = new Map();
    for (const s of report.subjects) {
      if (s.principals.length !== 1 || !duckdb.has(s.principals[0])) continue;
      const [, last, events] = duckdb.get(s.principals[0]);
      subjects.set(s.principals[0], [Date.parse(s.lastUse), s.events]);
      if (Date.parse(s.lastUse) !== last || s.events !== events)
        checks.push({
          count: 1,
          shown: [`report subject ${s.id}: ${s.lastUse}/${s.events} ≠ duckdb ${last}/${events}`],
        });
    }
    const disagreements = checks.reduce((n, c) => n + c.count, 0);
    failures += disagreements;
    const agreement =
      disagreements === 0
        ? `${lastseen.size} principals agree (first use, last use, count: lastseen = DuckDB${samples.jq ? ' = jq' : ''}); ` +
          `${subjects.size} report subjects agree on last use and count`
        : `DISAGREE: ${checks.flatMap((c) => c.shown).join('; ')}`;

    const duck = median(samples.duckdb.seconds);
    const jq = samples.jq ? median(samples.jq.seconds) : undefined;
    const rows = list.map((t) => ({
      tool: t.tool,
      seconds: median(samples[t.tool].seconds),
      runs: samples[t.tool].seconds,
      cpu: median(samples[t.tool].cpu),
      rss: Math.max(...samples[t.tool].rss),
    }));
    results.push({ format, lines, file, sizeMB, rows, agreement, duck, jq });
    console.log(
      `\n${format}, ${lines.toLocaleString('en-US')} lines (${sizeMB.toFixed(0)} MB): ${agreement}`,
    );
    console.log(
      '| tool | median wall (s) | ÷ DuckDB | jq ÷ tool | CPU, user+sys (s) | peak RSS (MB) | runs (s) |',
    );
    console.log('|---|---:|---:|---:|---:|---:|---|');
    for (const r of rows) {
      const vsDuck = (r.seconds / duck).toFixed(2);
      const vsJq = jq ? (jq / r.seconds).toFixed(1) : '—';
      console.log(
        `| ${r.tool} | ${r.seconds.toFixed(2)} | ${vsDuck} | ${vsJq} | ${r.cpu.toFixed(2)} | ${r.rss.toFixed(0)} | ${r.runs.map((s) => s.toFixed(2)).join(', ')} |`,
      );
    }
  }

  // .gz streams: lastseen once on each JSON-lines input gzipped (compressed once, kept beside it), its
  // report's subjects the same as those of the plain file's, its peak memory no higher.
  const gzipped = [];
  if (process.env.BENCH_GZIP !== '0') {
    for (const { file, lines, format } of inputs.filter((i) => i.format === 'jsonl')) {
      const gz = `${file}.gz`;
      if (!existsSync(gz) || statSync(gz).mtimeMs < statSync(file).mtimeMs) {
        process.stdout.write(`bench: gzipping ${path.basename(file)}… `);
        const t = Date.now();
        await pipeline(createReadStream(file), createGzip({ level: 1 }), createWriteStream(`${gz}.part`));
        renameSync(`${gz}.part`, gz);
        console.log(`${((Date.now() - t) / 1000).toFixed(1)} s`);
      }
      const name = path.basename(gz);
      const args = tools(gz, lines)
        .find((t) => t.tool === 'lastseen')
        .args();
      process.stdout.write(`bench: ${format}.gz ${lines}: lastseen…\r`);
      const { seconds, rss, cpu } = await measure(NODE, args);
      const subjects = (report) =>
        JSON.stringify(
          report.subjects.map(({ id, lastUse, events, status }) => [id, lastUse, events, status]),
        );
      const plain = JSON.parse(readFileSync(path.join(OUT, `lastseen-${path.basename(file)}.json`), 'utf8'));
      const fromGz = JSON.parse(readFileSync(path.join(OUT, `lastseen-${name}.json`), 'utf8'));
      const same = subjects(plain) === subjects(fromGz);
      if (!same) failures++;
      const plainRss = results.find((r) => r.file === file).rows.find((r) => r.tool === 'lastseen').rss;
      gzipped.push({ lines, sizeMB: statSync(gz).size / 2 ** 20, seconds, cpu, rss, plainRss, same });
    }
    if (gzipped.length > 0) {
      console.log(
        '\n.gz (JSON lines, gzip -1), lastseen, one run each (one thread: zlib inflates beside it):',
      );
      console.log(
        '| lines | .gz size (MB) | wall (s) | CPU, user+sys (s) | peak RSS (MB) | plain file peak RSS (MB) | subjects as from the plain file |',
      );
      console.log('|---:|---:|---:|---:|---:|---:|---|');
      for (const g of gzipped)
        console.log(
          `| ${g.lines.toLocaleString('en-US')} | ${g.sizeMB.toFixed(0)} | ${g.seconds.toFixed(2)} | ${g.cpu.toFixed(2)} | ${g.rss.toFixed(0)} | ${g.plainRss.toFixed(0)} | ${g.same ? 'same' : 'DIFFERENT'} |`,
        );
    }
  }

  // Memory bounded by principals: the largest input's peak RSS against the smallest's, per format.
  for (const format of FORMATS) {
    const mine = results.filter((r) => r.format === format).sort((a, b) => a.lines - b.lines);
    if (mine.length < 2) continue;
    const rss = (r) => r.rows.find((row) => row.tool === 'lastseen').rss;
    const small = mine[0];
    const large = mine[mine.length - 1];
    const ratio = rss(large) / rss(small);
    const ok = ratio <= 1.1 && rss(large) < 300;
    console.log(
      `\nlastseen peak RSS, ${format}: ${rss(small).toFixed(0)} MB at ${small.lines.toLocaleString('en-US')} lines, ` +
        `${rss(large).toFixed(0)} MB at ${large.lines.toLocaleString('en-US')} (×${ratio.toFixed(2)}; goal ≤ 1.10 and < 300 MB): ${ok ? 'ok' : 'OVER'}`,
    );
  }
  machine.loadAfter = os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');
  writeFileSync(
    path.join(DATA, 'results.json'),
    `${JSON.stringify({ date: new Date().toISOString(), machine, runs: RUNS, generatedAt: new Date(GENERATED_AT).toISOString(), results: results.map(({ file: _file, ...r }) => r), gzipped }, null, 2)}\n`,
  );
  console.log(
    `\nbench: ${((Date.now() - started) / 60000).toFixed(1)} min; load ${machine.loadBefore} → ${machine.loadAfter}; ` +
      `results in bench/data/results.json`,
  );
  if (failures > 0) process.exitCode = 1;
}

await main();
