import { describe, expect, it } from 'vitest';
import { readContext, resolveMode } from '../../src/action/context.js';
import { parseInputs } from '../../src/action/inputs.js';
import { InputError } from '../../src/model/errors.js';

const given = (values: Record<string, string>) => (name: string) => values[name] ?? '';

describe('parseInputs', () => {
  it('applies the defaults of DESIGN.md §6 and leaves config, fail-on and now to the config file', () => {
    expect(parseInputs(given({}))).toEqual({
      mode: 'auto',
      failScope: 'changed',
      comment: 'on-findings',
      issue: false,
      report: 'lastseen.json',
      sarif: 'lastseen.sarif',
    });
  });

  it('reads every input', () => {
    expect(
      parseInputs(
        given({
          config: ' .github/lastseen.yml ',
          mode: 'scan',
          'fail-on': 'Critical',
          'fail-scope': 'all',
          comment: 'never',
          issue: 'True',
          report: 'out/report.json',
          sarif: 'out/lastseen.sarif',
          html: ' out/lastseen.html ',
          token: 'ghs_x',
          now: '2026-11-25',
        }),
      ),
    ).toEqual({
      config: '.github/lastseen.yml',
      mode: 'scan',
      failOn: 'critical',
      failScope: 'all',
      comment: 'never',
      issue: true,
      report: 'out/report.json',
      sarif: 'out/lastseen.sarif',
      html: 'out/lastseen.html',
      token: 'ghs_x',
      now: Date.UTC(2026, 10, 25),
    });
  });

  it('names the input at fault', () => {
    expect(() => parseInputs(given({ 'fail-scope': 'some' }))).toThrow(
      new InputError('input fail-scope: "some" is not one of changed, all'),
    );
    expect(() => parseInputs(given({ issue: 'yes' }))).toThrow(
      'input issue: "yes" is not a boolean; use true or false',
    );
    expect(() => parseInputs(given({ now: 'yesterday' }))).toThrow('input now: "yesterday" is not a time');
  });
});

describe('resolveMode', () => {
  it('maps pull request events to pr and everything else to scan', () => {
    expect(
      ['pull_request', 'pull_request_target', 'merge_group', 'schedule', 'workflow_dispatch', 'push'].map(
        (e) => resolveMode('auto', e),
      ),
    ).toEqual(['pr', 'pr', 'pr', 'scan', 'scan', 'scan']);
    expect(resolveMode('scan', 'pull_request')).toBe('scan');
  });
});

describe('readContext', () => {
  const env = {
    GITHUB_REPOSITORY: 'acme/platform',
    GITHUB_WORKSPACE: '/w',
    GITHUB_EVENT_PATH: '/e.json',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '5',
  };
  const pr = (head: unknown) => ({
    number: 42,
    pull_request: {
      number: 42,
      changed_files: 3,
      head: { repo: head },
      base: { repo: { full_name: 'acme/platform' } },
    },
  });

  it('reads a pull request, and tells a fork by its head repository', () => {
    const read = (payload: unknown) =>
      readContext({ ...env, GITHUB_EVENT_NAME: 'pull_request' }, () => JSON.stringify(payload));
    expect(read(pr({ full_name: 'acme/platform' }))).toEqual({
      eventName: 'pull_request',
      owner: 'acme',
      repo: 'platform',
      workspace: '/w',
      apiUrl: 'https://api.github.com',
      runUrl: 'https://github.com/acme/platform/actions/runs/5',
      pullRequest: { number: 42, changedFiles: 3, fork: false },
    });
    expect(read(pr({ full_name: 'mallory/platform' })).pullRequest?.fork).toBe(true);
    expect(read(pr(null)).pullRequest?.fork).toBe(true);
  });

  it('reads a merge group, which has no pull request number', () => {
    const context = readContext(
      { ...env, GITHUB_EVENT_NAME: 'merge_group', GITHUB_API_URL: 'https://ghe.example/api/v3' },
      () =>
        JSON.stringify({
          merge_group: {
            head_sha: 'b'.repeat(40),
            base_sha: 'a'.repeat(40),
            head_ref: 'refs/heads/gh-readonly-queue/main/pr-42-x',
          },
        }),
    );
    expect(context.pullRequest).toBeUndefined();
    expect(context.mergeGroup).toEqual({ baseSha: 'a'.repeat(40), headSha: 'b'.repeat(40) });
    expect(context.apiUrl).toBe('https://ghe.example/api/v3');
  });

  it('refuses to run without a repository', () => {
    expect(() => readContext({})).toThrow('GITHUB_REPOSITORY is "", not owner/name');
  });
});
