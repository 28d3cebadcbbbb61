import { describe, expect, it } from 'vitest';
import { dormantGaps } from '../../src/rules/reactivated.js';
import {
  AUDIT,
  DAY,
  NOW,
  REPORT,
  ago,
  credential,
  events,
  findingsOf,
  identity,
  ruleFindings,
  subject,
  usage,
} from './helpers.js';

const TODAY = Math.floor(NOW / DAY);

describe('inactive', () => {
  it('judges one idle credential of a subject in use, at its own location', () => {
    const s = subject({
      credentials: [
        credential('access_key_1', { lastUsedAt: ago(DAY) }),
        credential('access_key_2', {
          lastUsedAt: ago(120 * DAY),
          location: { path: 'lastseen.yml', line: 16 },
        }),
      ],
    });
    const findings = findingsOf([s]);
    expect(findings.map((f) => [f.rule, f.credential, f.severity])).toEqual([
      ['inactive', 'access_key_2', 'high'],
    ]);
    expect(findings[0].message).toBe(
      `access_key_2 of ci: no meaningful use for 120 days (last on 2026-07-28, from ${REPORT}); the threshold is 90 days.`,
    );
    expect(findings[0].location).toEqual({ path: 'lastseen.yml', line: 16 });
    expect(findings[0].remediation).toContain('disable access_key_2 now');
  });

  it('reports a disabled identity at low severity, with its state', () => {
    const s = subject({
      disabled: true,
      state: 'disabled',
      credentials: [credential('k', { lastUsedAt: ago(100 * DAY) })],
    });
    const [finding] = ruleFindings('inactive', [s]);
    expect(finding).toMatchObject({ severity: 'low', blocking: false, evidence: { state: 'disabled' } });
    expect(finding.message).toBe(
      `ci: no meaningful use for 100 days (last on 2026-08-17, from ${REPORT}); the threshold is 90 days. It is disabled, but still exists and can be re-enabled.`,
    );
  });

  it('reports an inactive, disabled credential at low severity', () => {
    const s = subject({
      credentials: [
        credential('a', { lastUsedAt: ago(DAY) }),
        credential('b', { lastUsedAt: ago(100 * DAY), active: false, state: 'Inactive' }),
      ],
    });
    expect(ruleFindings('inactive', [s]).map((f) => [f.credential, f.severity, f.evidence.state])).toEqual([
      ['b', 'low', 'inactive'],
    ]);
  });

  it('names the cadence when it set the threshold', () => {
    const s = subject({
      identity: identity('ci', { cadence: 'quarterly' }),
      credentials: [credential('k', { lastUsedAt: ago(200 * DAY) })],
    });
    expect(ruleFindings('inactive', [s])[0].message).toMatch(
      /the threshold is 182 days \(2 × its quarterly cadence\)\.$/,
    );
  });

  it('says "more than" when the idle time rounds down to the threshold', () => {
    const s = subject({ credentials: [credential('k', { lastUsedAt: ago(90 * DAY + 1) })] });
    expect(ruleFindings('inactive', [s])[0].message).toContain('no meaningful use for more than 90 days');
  });

  it('with no use in an event log longer than the threshold, says since when', () => {
    const s = subject({ coverage: { sources: [events(ago(180 * DAY))] } });
    expect(ruleFindings('inactive', [s])[0].message).toBe(
      `ci: no meaningful use seen since 2026-05-29, when the covering window begins (from ${AUDIT}); the threshold is 90 days.`,
    );
  });
});

describe('never-used', () => {
  const neverUsed = (createdAt: number) =>
    subject({ credentials: [credential('access_key_1', { lastUsedAt: null, createdAt })], createdAt });

  it('replaces inactive: never both, at the severity inactive would have had past grace', () => {
    const findings = findingsOf([neverUsed(ago(200 * DAY))]);
    expect(findings.map((f) => [f.rule, f.credential, f.severity])).toEqual([['never-used', null, 'high']]);
    expect(findings[0].message).toBe(`ci: never used since its creation on 2026-05-09 (from ${REPORT}).`);
  });

  it('is low within grace: created exactly the threshold ago; high 1 ms later', () => {
    const young = ruleFindings('never-used', [neverUsed(ago(90 * DAY))]);
    expect(young.map((f) => f.severity)).toEqual(['low']);
    expect(young[0].message).toBe(
      `ci: never used since its creation on 2026-08-27 (from ${REPORT}). It was created 90 days ago, within the 90 days grace period.`,
    );
    expect(ruleFindings('never-used', [neverUsed(ago(90 * DAY + 1))]).map((f) => f.severity)).toEqual([
      'high',
    ]);
  });

  it('judges a never-used second key of a subject in use', () => {
    const s = subject({
      credentials: [
        credential('a', { lastUsedAt: ago(DAY) }),
        credential('b', { lastUsedAt: null, createdAt: ago(10 * DAY) }),
      ],
    });
    expect(findingsOf([s]).map((f) => [f.rule, f.credential, f.severity])).toEqual([
      ['never-used', 'b', 'low'],
    ]);
  });

  it('AWS N/A on a key from before 2015-04-22 gives no-telemetry, not never-used', () => {
    const reason = 'N/A: AWS cannot tell never from before it began tracking on 2015-04-22';
    const s = subject({
      createdAt: Date.parse('2014-06-01T00:00:00Z'),
      credentials: [
        credential('access_key_1', {
          lastUsedAt: undefined,
          lastUsedUnknownReason: reason,
          createdAt: Date.parse('2014-06-01T00:00:00Z'),
        }),
      ],
    });
    const findings = findingsOf([s]).filter((f) => f.rule !== 'unrotated');
    expect(findings.map((f) => f.rule)).toEqual(['no-telemetry']);
    expect(findings[0].message).toBe(
      `the activity of ci cannot be judged: ${reason}; its inactivity threshold is 90 days`,
    );
    expect(findings[0].remediation).toBe(
      `Add a source that records the use of ci (${reason}): an export covering at least 90d, or the platform's audit log. If it cannot be observed at all, say so with a suppression that gives the reason.`,
    );
  });
});

describe('reactivated', () => {
  const withDays = (days: number[], over = {}) =>
    subject({ lastUsedAt: ago(DAY), usage: usage({ days }), ...over });

  it('fires for a gap of exactly reactivation-gap, not for one day less', () => {
    expect(ruleFindings('reactivated', [withDays([TODAY - 100, TODAY - 11])])).toEqual([]);
    const [finding] = ruleFindings('reactivated', [withDays([TODAY - 100, TODAY - 10, TODAY - 9])]);
    expect(finding).toMatchObject({
      severity: 'high',
      credential: null,
      message:
        'ci was used again on 2026-11-15 after 90 days without meaningful use (last before on 2026-08-17); the reactivation gap is 90 days',
      evidence: {
        gap: { from: '2026-08-17T23:59:59.999Z', to: '2026-11-15T23:59:59.999Z', days: 90 },
        reactivationGapDays: 90,
        gaps: 1,
        reviewedOn: '2026-11-15T12:00:00.000Z',
      },
    });
  });

  it('is not resolved by later use, only by a re-attestation after the renewed use', () => {
    const days = [TODAY - 300, TODAY - 150, ...Array.from({ length: 20 }, (_, i) => TODAY - 149 + i * 7)];
    expect(
      ruleFindings('reactivated', [
        withDays(days, { identity: identity('ci', { reviewed: { by: '@a', on: ago(10 * DAY) } }) }),
      ]),
    ).toEqual([]);
    const stale = withDays(days, {
      identity: identity('ci', { reviewed: { by: '@a', on: (TODAY - 150) * DAY } }),
    });
    expect(ruleFindings('reactivated', [stale])[0].evidence.gap).toEqual({
      from: '2026-01-29T23:59:59.999Z',
      to: '2026-06-28T23:59:59.999Z',
      days: 150,
    });
  });

  it('flags a credential that woke up while its subject stayed busy', () => {
    const s = subject({
      lastUsedAt: ago(DAY),
      usage: usage({ days: [TODAY - 200, TODAY - 150, TODAY - 100, TODAY - 50, TODAY - 5] }),
      credentials: [
        credential('access_key_2', {
          lastUsedAt: ago(5 * DAY),
          usage: usage({ days: [TODAY - 200, TODAY - 5] }),
        }),
      ],
    });
    expect(ruleFindings('reactivated', [s]).map((f) => [f.credential, f.evidence.gap])).toEqual([
      ['access_key_2', { from: '2026-05-09T23:59:59.999Z', to: '2026-11-20T23:59:59.999Z', days: 195 }],
    ]);
  });

  it('dormantGaps lists every qualifying gap, oldest first', () => {
    expect(dormantGaps({ days: [1, 100, 101, 300] }, 90 * DAY)).toEqual([
      { fromDay: 1, toDay: 100 },
      { fromDay: 101, toDay: 300 },
    ]);
  });
});

describe('login-only', () => {
  it('fires when the subject authenticates but does nothing meaningful in the window', () => {
    const s = subject({
      createdAt: ago(400 * DAY),
      usage: usage({ events: 12, loginEvents: 12, lastLogin: ago(2 * DAY), lastUse: ago(2 * DAY) }),
      coverage: { sources: [events(ago(180 * DAY))], windowFrom: ago(180 * DAY), windowTo: NOW },
    });
    const findings = findingsOf([s]);
    expect(findings.map((f) => f.rule)).toEqual(['inactive', 'login-only']);
    expect(findings[1]).toMatchObject({
      severity: 'medium',
      message: `ci authenticated 12 times, the last on 2026-11-23, but did nothing meaningful since 2026-05-29 (from ${AUDIT})`,
    });
  });

  it('does not fire with meaningful use, or without logins', () => {
    const used = subject({
      usage: usage({ loginEvents: 3, meaningfulEvents: 1, lastMeaningfulUse: ago(DAY) }),
      coverage: { sources: [events(ago(180 * DAY))] },
    });
    expect(ruleFindings('login-only', [used])).toEqual([]);
    expect(
      ruleFindings('login-only', [subject({ coverage: { sources: [events(ago(180 * DAY))] } })]),
    ).toEqual([]);
  });
});
