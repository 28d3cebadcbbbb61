import { describe, expect, it } from 'vitest';
import { isChanged } from '../../src/action/changed-lines.js';
import type { ActionContext } from '../../src/action/context.js';
import { GitHubApiError } from '../../src/action/github.js';
import { loadChangedLines } from '../../src/action/pull-request.js';
import { MemoryGitHub } from './fake-api.js';

const base: ActionContext = {
  eventName: 'pull_request',
  owner: 'acme',
  repo: 'platform',
  workspace: '/w',
  apiUrl: 'http://x',
};

describe('loadChangedLines', () => {
  it('reads the pull request files', async () => {
    const api = new MemoryGitHub();
    api.pullRequestFiles = async () => [
      { filename: 'lastseen.yml', status: 'modified', patch: '@@ -1 +1,2 @@\n a\n+b' },
    ];
    const scope = await loadChangedLines(
      api,
      { ...base, pullRequest: { number: 4, changedFiles: 1, fork: false } },
      'changed',
    );
    expect(scope.failScope).toBe('changed');
    expect(isChanged(scope.changed, 'lastseen.yml', 2)).toBe(true);
    expect(isChanged(scope.changed, 'lastseen.yml', 1)).toBe(false);
    expect(scope.warnings).toEqual([]);
  });

  it('compares a merge group base and head', async () => {
    const api = new MemoryGitHub();
    const asked: string[] = [];
    api.compareFiles = async (from, to) => {
      asked.push(`${from}...${to}`);
      return [{ filename: 'lastseen.yml', status: 'modified', patch: '@@ -9,0 +10 @@\n+x' }];
    };
    const scope = await loadChangedLines(
      api,
      { ...base, eventName: 'merge_group', mergeGroup: { baseSha: 'aaa', headSha: 'bbb' } },
      'changed',
    );
    expect(asked).toEqual(['aaa...bbb']);
    expect(isChanged(scope.changed, 'lastseen.yml', 10)).toBe(true);
    expect(isChanged(scope.changed, 'lastseen.yml', 9)).toBe(false);
  });

  it('counts everything as changed, with a warning naming the permission, when the files cannot be read', async () => {
    const api = new MemoryGitHub();
    api.pullRequestFiles = async () => {
      throw new GitHubApiError(
        'GET /repos/acme/platform/pulls/4/files',
        403,
        'pull-requests: read',
        false,
        'Resource not accessible by integration',
      );
    };
    const scope = await loadChangedLines(
      api,
      { ...base, pullRequest: { number: 4, fork: false } },
      'changed',
    );
    expect(scope.failScope).toBe('all');
    expect(isChanged(scope.changed, 'lastseen.yml', 1)).toBe(true);
    expect(scope.warnings).toEqual([
      'lastseen could not read the changed lines: GET /repos/acme/platform/pulls/4/files failed (403: Resource not accessible by integration); it needs a token with `pull-requests: read`; every finding counts as changed',
    ]);
  });

  it('counts everything as changed without a token or a pull request', async () => {
    expect(
      (await loadChangedLines(undefined, { ...base, pullRequest: { number: 4, fork: false } }, 'changed'))
        .summary,
    ).toEqual(['PR scope: no token to read the changed lines, so every finding counts (fail-scope: all).']);
    expect(
      (await loadChangedLines(new MemoryGitHub(), { ...base, eventName: 'push' }, 'changed')).summary,
    ).toEqual(['PR scope: the push event names no pull request, so every finding counts (fail-scope: all).']);
  });
});
