// Writes realistic GitHub organization audit-log exports for the benchmark, deterministically: the same
// size always gives the same bytes. JSON lines (the streaming/API shape: epoch-ms `@timestamp`, nested
// `actor_location`) and the web UI's CSV export of the same events, with
//   - 10,000 principals: people in browsers, machine users with personal access tokens, GitHub Apps
//     (`<slug>[bot]`), and GitHub's own apps (out of scope: never subjects);
//   - skewed activity (a few principals make most events), unsorted times over 180 days;
//   - long idle gaps: principals that stop early, start late, or wake up after months of silence;
//   - duplicates: ~1% of events repeated a few thousand lines later, plus overlapping export edges
//     (a block of lines written twice), all within lastseen's window of recent document ids.
// Usage: node bench/generate.mjs <lines> <out-dir>   → <out-dir>/github-audit-<lines>.{jsonl,csv}
import { createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const PRINCIPALS = 10_000;
export const GENERATED_AT = Date.UTC(2026, 10, 24, 6); // 2026-11-24T06:00:00Z
const DAY = 86_400_000;
const SPAN_DAYS = 180;
const START = GENERATED_AT - SPAN_DAYS * DAY;
const FORMAT_VERSION = 3; // bump when the output changes, so cached files are rewritten

/** mulberry32: a tiny, fast, seedable PRNG; good enough to shape test data. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function base64ish(rand, length) {
  let s = '';
  for (let i = 0; i < length; i++) s += B64[Math.floor(rand() * 64)];
  return s;
}

const FIRST_NAMES = ['alice', 'bob', 'carol', 'dave', 'erin', 'frank', 'grace', 'heidi', 'ivan', 'judy'];
const TEAMS = ['payments', 'search', 'infra', 'data', 'mobile', 'web', 'identity', 'billing', 'ml'];
const BROWSERS = [
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
];
const TOOLS = [
  'git/2.43.0',
  'git/2.47.1',
  'go-github',
  'Terraform/1.9.8 (+https://www.terraform.io)',
  'curl/8.5.0',
];
const COUNTRIES = ['US', 'DE', 'GB', 'FR', 'IN', 'BR', 'JP', 'CA'];
const PERSON_ACTIONS = [
  'repo.add_topic',
  'pull_request.merge',
  'pull_request.create',
  'issue.create',
  'repo.update',
  'protected_branch.update',
  'team.add_member',
  'oauth_authorization.create',
  'org_credential_authorization.grant',
];
const MACHINE_ACTIONS = [
  'git.push',
  'git.clone',
  'git.fetch',
  'repo.download_zip',
  'packages.package_version_published',
  'workflows.completed_workflow_run',
  'personal_access_token.access_granted',
  'repository_secret_scanning.disable',
  'org.add_member',
];
const APP_ACTIONS = [
  'pull_request.create',
  'check_run.complete',
  'repo.update',
  'workflows.completed_workflow_run',
  'integration_installation.repositories_added',
];
const PATTERNS = ['steady', 'steady', 'steady', 'early', 'late', 'reactivated', 'weekdays'];

function makePrincipals(rand) {
  const principals = [];
  for (let i = 0; i < PRINCIPALS; i++) {
    const roll = rand();
    let kind;
    let actor;
    if (i === 0) [kind, actor] = ['first-party', 'github-actions[bot]'];
    else if (i === 1) [kind, actor] = ['first-party', 'dependabot[bot]'];
    else if (roll < 0.6) [kind, actor] = ['person', `${FIRST_NAMES[i % 10]}-${TEAMS[i % 9]}-${i}`];
    else if (roll < 0.9) [kind, actor] = ['machine', `svc-${TEAMS[i % 9]}-${i}`];
    else [kind, actor] = ['app', `${TEAMS[i % 9]}-bot-${i}[bot]`];
    const pattern = PATTERNS[Math.floor(rand() * PATTERNS.length)];
    principals.push({
      actor,
      kind,
      pattern,
      actorId: 1_000_000 + i * 37,
      tokenId: kind === 'machine' ? 3_000_000 + i : undefined,
      hashedToken: kind === 'machine' ? `${base64ish(rand, 43)}=` : undefined,
      country: COUNTRIES[i % COUNTRIES.length],
      repo: `acme/${TEAMS[(i * 7) % 9]}-${['api', 'web', 'infra', 'jobs'][i % 4]}`,
    });
  }
  // Skewed activity: the i-th principal (in a shuffled order) gets weight 1/(i+1)^0.9.
  const order = principals.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  const cumulative = new Float64Array(PRINCIPALS);
  let total = 0;
  for (let rank = 0; rank < PRINCIPALS; rank++) {
    total += 1 / Math.pow(rank + 1, 0.9) + 0.002;
    cumulative[rank] = total;
  }
  return { principals, order, cumulative, total };
}

function pick(table, rand) {
  const x = rand() * table.total;
  let lo = 0;
  let hi = table.cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (table.cumulative[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return table.principals[table.order[lo]];
}

/** A time in the principal's active spans; the spans leave gaps of months for some patterns. */
function timeFor(principal, rand) {
  let day;
  switch (principal.pattern) {
    case 'early':
      day = rand() * 50;
      break;
    case 'late':
      day = SPAN_DAYS - 25 + rand() * 25;
      break;
    case 'reactivated':
      day = rand() < 0.7 ? rand() * 40 : SPAN_DAYS - 20 + rand() * 20;
      break;
    case 'weekdays': {
      day = Math.floor(rand() * SPAN_DAYS);
      const weekday = (Math.floor((START + day * DAY) / DAY) + 3) % 7; // 0 = Monday
      if (weekday >= 5) day -= weekday - 4;
      day += (8 + rand() * 10) / 24;
      break;
    }
    default:
      day = rand() * SPAN_DAYS;
  }
  return Math.min(GENERATED_AT - 1, START + Math.floor(day * DAY));
}

function makeEvent(principal, rand) {
  const at = timeFor(principal, rand);
  const list =
    principal.kind === 'person'
      ? PERSON_ACTIONS
      : principal.kind === 'machine'
        ? MACHINE_ACTIONS
        : APP_ACTIONS;
  const event = {
    '@timestamp': at,
    _document_id: base64ish(rand, 22),
    action: list[Math.floor(rand() * list.length)],
    actor: principal.actor,
    actor_id: principal.actorId,
    actor_location: { country_code: principal.country },
    created_at: at,
    operation_type: 'modify',
    org: 'acme',
    repo: principal.repo,
  };
  if (principal.kind === 'person') {
    // People work in a browser (interactive use) or with git and the gh CLI.
    event.user_agent =
      rand() < 0.3 ? BROWSERS[Math.floor(rand() * BROWSERS.length)] : TOOLS[Math.floor(rand() * 2)];
  } else if (principal.kind === 'machine') {
    event.hashed_token = principal.hashedToken;
    event.programmatic_access_type = 'Personal access token (classic)';
    event.token_id = principal.tokenId;
    event.user_agent = TOOLS[Math.floor(rand() * TOOLS.length)];
  } else {
    event.actor_is_bot = true;
    event.programmatic_access_type = 'GitHub App server-to-server token';
    event.user_agent = 'GitHub-Hookshot/4d2c1b7';
  }
  // About one event in 500 is a system event with no actor: coverage, nobody's use.
  if (rand() < 0.002) delete event.actor;
  return event;
}

const CSV_COLUMNS = [
  '@timestamp',
  '_document_id',
  'action',
  'actor',
  'actor_id',
  'actor_is_bot',
  'actor_location.country_code',
  'created_at',
  'hashed_token',
  'operation_type',
  'org',
  'programmatic_access_type',
  'repo',
  'token_id',
  'user_agent',
];

function csvCell(value) {
  if (value === undefined) return '';
  const text = String(value);
  return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function csvRow(event) {
  return CSV_COLUMNS.map((column) =>
    csvCell(column === 'actor_location.country_code' ? event.actor_location.country_code : event[column]),
  ).join(',');
}

/** The actors the generator writes, with their kind (person, machine, app, first-party). */
export function actors() {
  return makePrincipals(random(0x1a57_5eed)).principals.map(({ actor, kind }) => ({ actor, kind }));
}

/** Writes `lines` events (duplicates included) as JSON lines and CSV into `dir`; skips up-to-date files. */
export async function generate(lines, dir) {
  mkdirSync(dir, { recursive: true });
  const base = path.join(dir, `github-audit-${lines}`);
  const stamp = `${base}.stamp`;
  const want = JSON.stringify({ lines, version: FORMAT_VERSION, principals: PRINCIPALS });
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === want)
    return { json: `${base}.jsonl`, csv: `${base}.csv` };

  const rand = random(0x1a57_5eed);
  const table = makePrincipals(rand);
  const json = createWriteStream(`${base}.jsonl.tmp`);
  const csv = createWriteStream(`${base}.csv.tmp`);
  csv.write(`${CSV_COLUMNS.join(',')}\n`);
  // Lines waiting to be written again (a duplicate), keyed by the line number where they reappear.
  const repeats = new Map();
  const recent = [];
  let jsonBatch = '';
  let csvBatch = '';
  const flush = async () => {
    const a = json.write(jsonBatch);
    const b = csv.write(csvBatch);
    jsonBatch = '';
    csvBatch = '';
    // Both waits registered at once: a stream that drains while the other is awaited must not be missed.
    await Promise.all([
      a || new Promise((resolve) => json.once('drain', resolve)),
      b || new Promise((resolve) => csv.once('drain', resolve)),
    ]);
  };
  let written = 0;
  const overlapEvery = Math.max(50_000, Math.floor(lines / 4));
  while (written < lines) {
    let pair;
    if (repeats.has(written)) {
      pair = repeats.get(written);
      repeats.delete(written);
    } else if (written > 0 && written % overlapEvery === 0 && recent.length > 0) {
      // The edge of two overlapping exports: the last 2,000 lines again.
      for (const old of recent.slice(-2000)) {
        if (written >= lines) break;
        jsonBatch += old[0];
        csvBatch += old[1];
        written++;
      }
      continue;
    } else {
      const event = makeEvent(pick(table, rand), rand);
      pair = [`${JSON.stringify(event)}\n`, `${csvRow(event)}\n`];
      if (rand() < 0.01) {
        let at = written + 1 + Math.floor(rand() * 3000);
        while (repeats.has(at)) at++;
        repeats.set(at, pair);
      }
    }
    jsonBatch += pair[0];
    csvBatch += pair[1];
    recent.push(pair);
    if (recent.length > 4000) recent.splice(0, 2000);
    written++;
    if (written % 5000 === 0) await flush();
  }
  await flush();
  await Promise.all([
    new Promise((resolve) => json.end(resolve)),
    new Promise((resolve) => csv.end(resolve)),
  ]);
  renameSync(`${base}.jsonl.tmp`, `${base}.jsonl`);
  renameSync(`${base}.csv.tmp`, `${base}.csv`);
  writeFileSync(stamp, want);
  return { json: `${base}.jsonl`, csv: `${base}.csv` };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const lines = Number(process.argv[2] ?? 1_000_000);
  const dir = process.argv[3] ?? path.join(import.meta.dirname, 'data');
  const started = Date.now();
  const out = await generate(lines, dir);
  console.log(`${out.json}\n${out.csv}\n(${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
