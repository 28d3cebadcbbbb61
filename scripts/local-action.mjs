// Runs the bundled Action (dist/index.js) on examples/demo the way a runner would for a
// workflow_dispatch event, without the GitHub API (no token: no comment, no issue), and prints what
// the run would show: the log with its annotations, the outputs and the job summary.
//
//   npm run local-action                      (bundles first)
//   node scripts/local-action.mjs [workspace] [--fail-on LEVEL] [--mode pr|scan]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : '';
};
const failOn = option('--fail-on');
const mode = option('--mode');
const workspace = path.resolve(args[0] ?? path.join(ROOT, 'examples/demo'));

const temp = mkdtempSync(path.join(tmpdir(), 'lastseen-local-action-'));
const files = {
  event: path.join(temp, 'event.json'),
  summary: path.join(temp, 'step-summary.md'),
  output: path.join(temp, 'github-output'),
};
// The fields of a real workflow_dispatch payload the Action could read.
const event = {
  inputs: {},
  ref: 'refs/heads/main',
  repository: { full_name: 'acme/platform', name: 'platform', owner: { login: 'acme' } },
  sender: { login: 'octocat', type: 'User' },
  workflow: '.github/workflows/nightly-scan.yml',
};
writeFileSync(files.event, JSON.stringify(event, null, 2));
writeFileSync(files.summary, '');
writeFileSync(files.output, '');

const env = {
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  GITHUB_ACTIONS: 'true',
  GITHUB_EVENT_NAME: 'workflow_dispatch',
  GITHUB_EVENT_PATH: files.event,
  GITHUB_REPOSITORY: 'acme/platform',
  GITHUB_WORKSPACE: workspace,
  GITHUB_STEP_SUMMARY: files.summary,
  GITHUB_OUTPUT: files.output,
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_RUN_ID: '1',
  // The runner passes every input, with hyphens kept in the name; '' means "not given".
  INPUT_CONFIG: '',
  INPUT_MODE: mode || 'auto',
  'INPUT_FAIL-ON': failOn,
  'INPUT_FAIL-SCOPE': 'changed',
  INPUT_COMMENT: 'never',
  INPUT_ISSUE: 'false',
  INPUT_REPORT: path.join(temp, 'lastseen.json'),
  INPUT_SARIF: path.join(temp, 'lastseen.sarif'),
  INPUT_TOKEN: '',
  // The demo's telemetry was generated on 2026-11-24: evaluate it the next day.
  INPUT_NOW: '2026-11-25T12:00:00Z',
};

const result = spawnSync(process.execPath, [path.join(ROOT, 'dist/index.js')], { env, encoding: 'utf8' });
process.stdout.write('── log (annotations are the ::error/::warning/::notice lines) ──\n');
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.stdout.write('\n── outputs ──\n');
process.stdout.write(readFileSync(files.output, 'utf8'));
process.stdout.write('\n── job summary ──\n');
process.stdout.write(readFileSync(files.summary, 'utf8'));
const outputs = readFileSync(files.output, 'utf8');
const verdict = result.status === 1 && outputs ? ' (something blocks: the step would fail, as designed)' : '';
process.stdout.write(`\n── the action exited ${result.status}${verdict}; its files are in ${temp} ──\n`);
// A run that got as far as its outputs worked, blocking or not; anything else (a configuration
// error, a crash) is this script's failure too.
process.exitCode = outputs ? 0 : (result.status ?? 1);
