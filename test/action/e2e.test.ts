// The bundled Action end to end, as a runner runs it, against a local stand-in for the REST API.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FakeGitHub } from './fake-github.js';
import { additionPatch, BUNDLE, checkout, ROOT, runAction } from './run-action.js';

const NOW = '2026-11-25T12:00:00Z';
const MARKER = '<!-- lastseen:pr-comment -->';
const ISSUE_MARKER = '<!-- lastseen:tracking-issue -->';

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

/** The line numbers of the legacy-backup block, which the pull request adds at the end of lastseen.yml. */
function legacyBackupBlock(text: string): { from: number; to: number; idLine: number } {
  const lines = text.replace(/\n$/, '').split('\n');
  const idLine = lines.indexOf('  - id: legacy-backup') + 1;
  return { from: idLine - 1, to: lines.length, idLine };
}

/** The PR's files as the files API lists them: the inventory, the telemetry, and a binary file. */
function seedPullRequest(number: number, workspace: string): number {
  const inventory = readFileSync(path.join(workspace, 'lastseen.yml'), 'utf8');
  const block = legacyBackupBlock(inventory);
  github.pullFiles.set(number, [
    {
      filename: 'lastseen.yml',
      status: 'modified',
      additions: block.to - block.from + 1,
      deletions: 0,
      patch: additionPatch(inventory, block.from, block.to),
    },
    {
      filename: 'telemetry/credential-report.csv',
      status: 'modified',
      additions: 1,
      deletions: 0,
      patch: '@@ -2,0 +3 @@\n+svc-legacy-backup,…',
    },
    // Binary: the API gives no patch, so every line of it counts as changed.
    { filename: 'docs/inventory.png', status: 'added', additions: 0, deletions: 0 },
  ]);
  return block.idLine;
}

/** The pull request fixes its finding: legacy-backup is deleted from the inventory and its telemetry. */
function removeLegacyBackup(workspace: string): void {
  const file = path.join(workspace, 'lastseen.yml');
  const text = readFileSync(file, 'utf8');
  const lines = text.replace(/\n$/, '').split('\n');
  const { from } = legacyBackupBlock(text);
  writeFileSync(file, `${lines.slice(0, from - 1).join('\n')}\n`);
  const csv = path.join(workspace, 'telemetry/credential-report.csv');
  writeFileSync(
    csv,
    readFileSync(csv, 'utf8')
      .split('\n')
      .filter((line) => !line.startsWith('svc-legacy-backup'))
      .join('\n'),
  );
}

/** Rotates ci-deployer's key in the telemetry, which clears the last finding. */
function rotateCiDeployer(workspace: string): void {
  const csv = path.join(workspace, 'telemetry/credential-report.csv');
  writeFileSync(
    csv,
    readFileSync(csv, 'utf8').replace('true,2026-03-01T09:30:00+00:00', 'true,2026-11-01T09:30:00+00:00'),
  );
}

function expectNoStackTrace(text: string): void {
  expect(text).not.toMatch(/^\s+at .+\(.+:\d+:\d+\)$/m);
  expect(text).not.toContain('internal error');
}

describe('pull request', () => {
  it('blocks on an inactive identity the PR adds, annotates its line, and keeps one comment up to date', async () => {
    const workspace = checkout();
    const idLine = seedPullRequest(42, workspace);
    const run = () =>
      runAction({
        workspace,
        eventName: 'pull_request',
        event: 'pull_request.synchronize.json',
        inputs: { now: NOW },
        apiUrl: github.url,
      });

    const first = await run();
    expectNoStackTrace(first.stdout + first.stderr);
    expect(first.code).toBe(1);
    expect(first.outputs.findings).toBe('2');
    expect(first.outputs.blocking).toBe('1');
    expect(first.outputs.report).toBe(path.join(workspace, 'lastseen.json'));
    expect(first.outputs.sarif).toBe(path.join(workspace, 'lastseen.sarif'));
    expect(first.outputs.html).toBe('');
    expect(existsSync(path.join(workspace, 'lastseen.html'))).toBe(false);
    // The added identity's `id:` line is an error; ci-deployer's old key (line 18, untouched) only warns.
    expect(first.stdout).toContain(
      `::error title=lastseen/inactive%3A legacy-backup (high),file=lastseen.yml,line=${idLine},col=5::legacy-backup: no meaningful use for 96 days`,
    );
    expect(first.stdout).toMatch(
      /::warning title=lastseen\/unrotated%3A ci-deployer \/ access_key_1 \(high%2C pre-existing\),file=lastseen.yml,line=18,col=5::/,
    );
    expect(first.stdout).not.toMatch(/::error [^:]*line=18/);
    expect(first.stdout).toContain(
      '::error::lastseen: 1 blocking finding on lines this pull request changes (fail-on: high)',
    );
    // Every page of the files API was read (2 per page here), with the workflow's token.
    const filePages = github.requests.filter((r) => r.path === '/repos/acme/platform/pulls/42/files');
    expect(filePages.map((r) => r.query.get('page') ?? '1')).toEqual(['1', '2']);
    expect(filePages[0].query.get('per_page')).toBe('100');
    expect(filePages[0].authorization).toBe('token ghs_test_token_for_the_fake_api');

    expect(github.comments.get(42)).toHaveLength(1);
    const comment = github.comments.get(42)![0];
    expect(comment.body.startsWith(MARKER)).toBe(true);
    expect(comment.body).toContain('**1 blocking finding**');
    expect(comment.body).toContain('### Blocking (1)');
    expect(comment.body).toContain('### Pre-existing, on lines this pull request does not change (1)');
    expect(comment.body).toContain('https://github.com/acme/platform/actions/runs/7311');

    expect(first.summary).toContain('### Blocking (1)');
    expect(first.summary).toContain('`legacy-backup`');
    expect(first.summary).toContain('PR comment created');
    const report = JSON.parse(readFileSync(path.join(workspace, 'lastseen.json'), 'utf8'));
    expect(report.summary.blocking).toBe(1);
    expect(
      report.findings.map((f: { subject: string; changed: boolean; blocking: boolean }) => [
        f.subject,
        f.changed,
        f.blocking,
      ]),
    ).toEqual([
      ['ci-deployer', false, false],
      ['legacy-backup', true, true],
    ]);
    const sarif = JSON.parse(readFileSync(path.join(workspace, 'lastseen.sarif'), 'utf8'));
    expect(sarif.runs[0].results.map((r: { ruleId: string; level: string }) => [r.ruleId, r.level])).toEqual([
      ['lastseen/unrotated', 'warning'],
      ['lastseen/inactive', 'error'],
    ]);

    // A second run edits the same comment in place.
    const second = await run();
    expect(second.code).toBe(1);
    expect(github.comments.get(42)).toHaveLength(1);
    const writes = github.writes().map((r) => `${r.method} ${r.path}`);
    expect(writes).toEqual([
      'POST /repos/acme/platform/issues/42/comments',
      `PATCH /repos/acme/platform/issues/comments/${comment.id}`,
    ]);

    // The author removes the identity: the PR is clean, and the comment says so in the same place.
    removeLegacyBackup(workspace);
    // The PR still changes 3 files (changed_files in the event), none of them the inventory.
    github.pullFiles.set(42, [
      {
        filename: 'README.md',
        status: 'modified',
        additions: 1,
        deletions: 1,
        patch: '@@ -1 +1 @@\n-old\n+new',
      },
      {
        filename: 'CHANGELOG.md',
        status: 'modified',
        additions: 1,
        deletions: 0,
        patch: '@@ -0,0 +1 @@\n+- legacy-backup',
      },
      { filename: 'docs/inventory.png', status: 'added', additions: 0, deletions: 0 },
    ]);
    const third = await run();
    expect(third.code).toBe(0);
    expect(third.outputs.blocking).toBe('0');
    expect(github.comments.get(42)).toHaveLength(1);
    expect(github.comments.get(42)![0].body).toContain(
      '**All clear:** nothing on the lines this pull request changes',
    );
  });

  it('on a fork, where the token is read-only, warns about the comment and lets the findings decide', async () => {
    github.readOnly = true;
    const workspace = checkout();
    seedPullRequest(43, workspace);
    const blocked = await runAction({
      workspace,
      eventName: 'pull_request',
      event: 'pull_request.fork.json',
      inputs: { now: NOW },
      apiUrl: github.url,
    });
    expectNoStackTrace(blocked.stdout + blocked.stderr);
    expect(blocked.code).toBe(1);
    expect(blocked.stdout).toContain(
      '::warning::lastseen could not write the PR comment: POST /repos/acme/platform/issues/43/comments failed (403: Resource not accessible by integration); it needs a token with `pull-requests: write`',
    );
    expect(blocked.outputs.blocking).toBe('1');

    // Nothing blocks at fail-on critical: the failed write alone does not fail the job.
    const passed = await runAction({
      workspace,
      eventName: 'pull_request',
      event: 'pull_request.fork.json',
      inputs: { now: NOW, 'fail-on': 'critical' },
      apiUrl: github.url,
    });
    expect(passed.code).toBe(0);
    expect(passed.stdout).toContain('needs a token with `pull-requests: write`');
    expect(passed.stdout).not.toContain('::error');
    expect(github.comments.get(43)).toBeUndefined();
  });
});

describe('scheduled scan', () => {
  it('opens a tracking issue, updates it in place, and closes it when the scan is clean', async () => {
    // An unrelated issue with the same label, and a pull request (which the issues API lists too).
    github.addIssue({ title: 'Tune lastseen thresholds', body: 'Discuss.', labels: ['lastseen'] });
    github.addIssue({ title: 'Bump lastseen', body: ISSUE_MARKER, labels: ['lastseen'], pullRequest: true });
    const workspace = checkout();
    const run = () =>
      runAction({
        workspace,
        eventName: 'schedule',
        event: 'schedule.json',
        inputs: { now: NOW, issue: 'true' },
        apiUrl: github.url,
      });

    const first = await run();
    expectNoStackTrace(first.stdout + first.stderr);
    expect(first.code).toBe(1);
    expect(first.outputs.findings).toBe('2');
    expect(first.outputs.blocking).toBe('2');
    const created = github.issues[2];
    expect(created).toMatchObject({
      number: 3,
      state: 'open',
      labels: ['lastseen'],
      title: 'lastseen: 2 findings in non-human identities (2 blocking)',
    });
    expect(created.body.startsWith(ISSUE_MARKER)).toBe(true);
    expect(created.body).toContain('`legacy-backup`');
    expect(first.summary).toContain('Tracking issue #3 created: https://github.com/acme/platform/issues/3');

    const second = await run();
    expect(second.code).toBe(1);
    expect(github.issues).toHaveLength(3);
    expect(github.writes().map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /repos/acme/platform/issues',
      'PATCH /repos/acme/platform/issues/3',
    ]);

    removeLegacyBackup(workspace);
    rotateCiDeployer(workspace);
    const third = await run();
    expect(third.code).toBe(0);
    expect(third.outputs.findings).toBe('0');
    expect(github.issues[2]).toMatchObject({
      state: 'closed',
      state_reason: 'completed',
      title: 'lastseen: no findings in non-human identities',
    });
    expect(github.comments.get(3)?.[0].body).toMatch(
      /^All clear: the scan at 2026-11-25T12:00:00.000Z found no findings/,
    );
    expect(github.issues[0].state).toBe('open');

    // Clean again: nothing to open, nothing to close.
    const fourth = await run();
    expect(fourth.code).toBe(0);
    expect(github.writes()).toHaveLength(4);
  });

  it('writes the HTML report when the html input names a file, and gives its path as an output', async () => {
    const workspace = checkout();
    const run = await runAction({
      workspace,
      eventName: 'schedule',
      event: 'schedule.json',
      inputs: { now: NOW, html: 'reports/lastseen.html' },
      apiUrl: github.url,
    });
    expectNoStackTrace(run.stdout + run.stderr);
    expect(run.code).toBe(1);
    const file = path.join(workspace, 'reports/lastseen.html');
    expect(run.outputs.html).toBe(file);
    const html = readFileSync(file, 'utf8');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    // The same report as the JSON one: its subjects are in the page's data.
    const report = JSON.parse(readFileSync(path.join(workspace, 'lastseen.json'), 'utf8'));
    for (const subject of report.subjects as { id: string }[]) expect(html).toContain(subject.id);
    expect(html).toContain('legacy-backup');
  });

  it('warns, naming issues: write, when the token may not open the issue', async () => {
    github.readOnly = true;
    const workspace = checkout();
    const run = await runAction({
      workspace,
      eventName: 'workflow_dispatch',
      event: 'schedule.json',
      inputs: { now: NOW, issue: 'true', 'fail-on': 'none' },
      apiUrl: github.url,
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      '::warning::lastseen could not update the tracking issue: POST /repos/acme/platform/issues failed (403: Resource not accessible by integration); it needs a token with `issues: write`',
    );
  });
});

describe('errors', () => {
  it('fails a bad config with an annotation on the line at fault and no stack trace', async () => {
    const workspace = checkout();
    const file = path.join(workspace, 'lastseen.yml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('    purpose: Nightly S3', '    purpos: Nightly S3'),
    );
    const run = await runAction({
      workspace,
      eventName: 'push',
      event: 'schedule.json',
      inputs: { now: NOW },
      apiUrl: github.url,
    });
    expect(run.code).toBe(1);
    expectNoStackTrace(run.stdout + run.stderr);
    expect(run.stdout).toContain(
      '::error title=lastseen%3A configuration error,file=lastseen.yml,line=30,col=5::unknown key "purpos" in identities[1], did you mean "purpose"?',
    );
    expect(run.stdout).toContain(
      '::error::lastseen.yml:30:5: unknown key "purpos" in identities[1], did you mean "purpose"?',
    );
    expect(github.requests).toHaveLength(0);
  });

  it('fails a bad input with a message naming the input', async () => {
    const workspace = checkout();
    const run = await runAction({
      workspace,
      eventName: 'push',
      event: 'schedule.json',
      inputs: { 'fail-on': 'severe' },
      apiUrl: github.url,
    });
    expect(run.code).toBe(1);
    expectNoStackTrace(run.stdout + run.stderr);
    expect(run.stdout).toContain(
      '::error::input fail-on: "severe" is not one of none, low, medium, high, critical',
    );
  });
});
