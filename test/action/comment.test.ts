import { describe, expect, it } from 'vitest';
import {
  COMMENT_BUDGET,
  COMMENT_MARKER,
  commentBody,
  findMarkedComment,
  upsertPullRequestComment,
} from '../../src/action/comment.js';
import { GitHubApiError } from '../../src/action/github.js';
import { MemoryGitHub } from './fake-api.js';
import { finding, report } from './report-fixture.js';

describe('upsertPullRequestComment', () => {
  it('creates one comment when the PR has findings, then edits it in place', async () => {
    const api = new MemoryGitHub();
    api.comments.set(7, [{ id: 1, body: 'LGTM' }]);
    const first = await upsertPullRequestComment(api, 7, `${COMMENT_MARKER}\nfirst`, {
      policy: 'on-findings',
      hasFindings: true,
    });
    expect(first).toMatchObject({ action: 'created', id: 100 });
    const second = await upsertPullRequestComment(api, 7, `${COMMENT_MARKER}\nsecond`, {
      policy: 'on-findings',
      hasFindings: true,
    });
    expect(second).toMatchObject({ action: 'updated', id: 100 });
    expect(api.comments.get(7)!.map((c) => c.body)).toEqual(['LGTM', `${COMMENT_MARKER}\nsecond`]);
    expect(api.calls).toEqual(['GET comments 7', 'POST comment 7', 'GET comments 7', 'PATCH comment 100']);
  });

  it('with on-findings, creates nothing for a clean PR but updates an earlier comment to all clear', async () => {
    const api = new MemoryGitHub();
    expect(
      await upsertPullRequestComment(api, 7, 'x', { policy: 'on-findings', hasFindings: false }),
    ).toEqual({
      action: 'skipped',
      reason: 'no findings on the lines this pull request changes, and no earlier comment to update',
    });
    api.comments.set(7, [{ id: 5, body: `${COMMENT_MARKER}\nold findings` }]);
    expect(
      await upsertPullRequestComment(api, 7, `${COMMENT_MARKER}\nall clear`, {
        policy: 'on-findings',
        hasFindings: false,
      }),
    ).toMatchObject({
      action: 'updated',
      id: 5,
    });
    expect(api.comments.get(7)![0].body).toBe(`${COMMENT_MARKER}\nall clear`);
  });

  it('with always, comments on a clean PR; with never, makes no call at all', async () => {
    const api = new MemoryGitHub();
    expect(
      (await upsertPullRequestComment(api, 7, 'x', { policy: 'always', hasFindings: false })).action,
    ).toBe('created');
    const quiet = new MemoryGitHub();
    expect(
      (await upsertPullRequestComment(quiet, 7, 'x', { policy: 'never', hasFindings: true })).action,
    ).toBe('skipped');
    expect(quiet.calls).toEqual([]);
  });

  it('passes a forbidden write up as a GitHubApiError naming the permission', async () => {
    const api = new MemoryGitHub();
    api.readOnly = true;
    const error = await upsertPullRequestComment(api, 7, 'x', { policy: 'always', hasFindings: true }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(GitHubApiError);
    expect((error as GitHubApiError).forbidden).toBe(true);
    expect((error as Error).message).toBe(
      'POST comment 7 failed (403: Resource not accessible by integration); it needs a token with `pull-requests: write` (a pull request from a fork only ever gets a read-only token)',
    );
  });

  it('finds its own comment by the marker only', () => {
    expect(
      findMarkedComment([
        { id: 1, body: 'lastseen is great' },
        { id: 2, body: null },
        { id: 3, body: `x\n${COMMENT_MARKER}` },
      ])?.id,
    ).toBe(3);
  });
});

describe('commentBody', () => {
  it('starts with the marker, links the run, and stays within 65,536 characters however many findings', () => {
    const findings = Array.from({ length: 3000 }, (_, i) =>
      finding({
        rule: 'inactive',
        subject: `svc-${i}`,
        message: `svc-${i} has had no meaningful use for 400 days ✓`,
        changed: i < 10,
      }),
    );
    const body = commentBody(report(findings), 'https://github.com/acme/platform/actions/runs/1');
    expect(body.startsWith(`${COMMENT_MARKER}\n`)).toBe(true);
    expect(body.length).toBeLessThanOrEqual(COMMENT_BUDGET);
    expect(body).toMatch(
      /\d+ more findings did not fit here: see \[the full report\]\(https:\/\/github.com\/acme\/platform\/actions\/runs\/1\)/,
    );
    expect(
      body
        .trimEnd()
        .endsWith(
          '<sub>[The workflow run](https://github.com/acme/platform/actions/runs/1) has the annotations and the full summary.</sub>',
        ),
    ).toBe(true);
  });
});
