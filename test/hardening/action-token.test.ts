// The token is never logged: the bundled Action, run as a runner runs it on a pull request, hands the
// token to the runner's mask (::add-mask::) and to the API, and writes it nowhere else — not in the
// log, the summary, the outputs, the report files or the PR comment.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, expect, test } from 'vitest';
import { FakeGitHub } from '../action/fake-github.js';
import { BUNDLE, checkout, ROOT, runAction } from '../action/run-action.js';

const TOKEN = ['ghs', 'Hardening0Token1For2The3Fake4Api5Zz'].join('_');

beforeAll(() => {
  if (!existsSync(BUNDLE))
    execFileSync(process.execPath, [path.join(ROOT, 'scripts/bundle.mjs')], { cwd: ROOT });
});

let github: FakeGitHub;
beforeEach(async () => {
  github = new FakeGitHub();
  await github.start();
});
afterEach(async () => {
  await github.stop();
});

test('the token reaches the mask and the API, and nothing else', async () => {
  const workspace = checkout();
  github.pullFiles.set(42, []);
  const run = await runAction({
    workspace,
    eventName: 'pull_request',
    event: 'pull_request.synchronize.json',
    inputs: { now: '2026-11-25T12:00:00Z', token: TOKEN },
    apiUrl: github.url,
  });
  const logLines = `${run.stdout}\n${run.stderr}`.split('\n').filter((line) => line.includes(TOKEN));
  expect(logLines).toEqual([`::add-mask::${TOKEN}`]);
  expect(run.summary).not.toContain(TOKEN);
  expect(JSON.stringify(run.outputs)).not.toContain(TOKEN);
  expect(readFileSync(path.join(workspace, 'lastseen.json'), 'utf8')).not.toContain(TOKEN);
  expect(readFileSync(path.join(workspace, 'lastseen.sarif'), 'utf8')).not.toContain(TOKEN);
  const bodies = github.requests.map((request) => JSON.stringify(request.body ?? {}));
  expect(bodies.join('\n')).not.toContain(TOKEN);
  expect(github.requests.length).toBeGreaterThan(0);
  expect(github.requests.every((request) => request.authorization === `token ${TOKEN}`)).toBe(true);
});
