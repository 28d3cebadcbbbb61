import { describe, expect, it } from 'vitest';
import { ISSUE_MARKER, issueTitle, syncTrackingIssue } from '../../src/action/tracking-issue.js';
import { MemoryGitHub } from './fake-api.js';
import { finding, report } from './report-fixture.js';

const dirty = report([
  finding({ rule: 'inactive', subject: 'legacy-backup' }),
  finding({ rule: 'unowned', subject: 'ancient-sync', blocking: false, severity: 'medium' }),
]);
const clean = report([]);

describe('syncTrackingIssue', () => {
  it('opens one labelled issue, updates it in place, then closes it with a note when clean', async () => {
    const api = new MemoryGitHub();
    api.issues.push({
      number: 1,
      title: 'Tune thresholds',
      body: 'no marker',
      state: 'open',
      labels: ['lastseen'],
    });
    api.issues.push({
      number: 2,
      title: 'A PR',
      body: ISSUE_MARKER,
      state: 'open',
      labels: ['lastseen'],
      pull_request: {},
    });

    expect(await syncTrackingIssue(api, dirty)).toMatchObject({ action: 'created', number: 3 });
    expect(api.issues[2]).toMatchObject({
      title: 'lastseen: 2 findings in non-human identities (1 blocking)',
      labels: ['lastseen'],
      state: 'open',
    });
    expect(api.issues[2].body?.startsWith(ISSUE_MARKER)).toBe(true);

    expect(
      await syncTrackingIssue(api, dirty, 'https://github.com/acme/platform/actions/runs/9'),
    ).toMatchObject({ action: 'updated', number: 3 });
    expect(api.issues).toHaveLength(3);

    expect(
      await syncTrackingIssue(api, clean, 'https://github.com/acme/platform/actions/runs/10'),
    ).toMatchObject({ action: 'closed', number: 3 });
    expect(api.issues[2]).toMatchObject({
      state: 'closed',
      state_reason: 'completed',
      title: 'lastseen: no findings in non-human identities',
    });
    expect(api.comments.get(3)?.[0].body).toBe(
      'All clear: the scan at 2026-11-25T12:00:00.000Z found no findings ([run](https://github.com/acme/platform/actions/runs/10)). Closing.',
    );
    expect(api.calls.filter((c) => !c.startsWith('GET'))).toEqual([
      'POST issue',
      'PATCH issue 3',
      'POST comment 3',
      'PATCH issue 3',
    ]);

    expect(await syncTrackingIssue(api, clean)).toEqual({
      action: 'skipped',
      reason: 'no findings and no open tracking issue',
    });
  });

  it('titles a single finding in the singular', () => {
    expect(issueTitle(report([finding({ rule: 'inactive', subject: 'a' })]))).toBe(
      'lastseen: 1 finding in non-human identities (1 blocking)',
    );
  });
});
