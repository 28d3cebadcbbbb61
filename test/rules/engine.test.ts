import { describe, expect, it } from 'vitest';
import { blocks, compareFindings, evaluate, RULE_NAMES, SUBJECT_RULES } from '../../src/rules/index.js';
import {
  DAY,
  NOW,
  REPORT,
  ago,
  at,
  config,
  credential,
  events,
  findingsOf,
  identity,
  policy,
  snapshot,
  subject,
} from './helpers.js';

const dormantKey = () =>
  subject({
    credentials: [
      credential('access_key_1', { lastUsedAt: at('2026-08-21T12:00:00Z'), rotatedAt: undefined }),
    ],
  });

describe('evaluate', () => {
  it('reports a key used 96 days ago as inactive, with what was seen, when and from where', () => {
    const findings = findingsOf([dormantKey()]);
    expect(findings).toEqual([
      {
        rule: 'inactive',
        severity: 'high',
        subject: 'ci',
        credential: null,
        message: `ci: no meaningful use for 96 days (last on 2026-08-21, from ${REPORT}); the threshold is 90 days.`,
        remediation:
          'Ask @acme/platform whether ci is still needed. If not, disable its credentials now and delete it after a grace period; if it is, record why it is idle so rarely (a `cadence:` or a suppression with a reason and an end date).',
        location: { path: 'lastseen.yml', line: 10 },
        blocking: true,
        evidence: {
          status: 'inactive',
          lastMeaningfulUse: '2026-08-21T12:00:00.000Z',
          lastUse: '2026-08-21T12:00:00.000Z',
          idleDays: 96,
          thresholdDays: 90,
          createdAt: new Date(ago(400 * DAY)).toISOString(),
          inGrace: false,
          neverUsed: false,
          silentSince: null,
          sources: [REPORT],
          coverage: { sources: [REPORT], window: { from: null, to: null } },
          blindSpots: [],
          state: null,
        },
      },
    ]);
  });

  it('an inactive key is not unrotated, though it is 400 days old and never rotated', () => {
    expect(findingsOf([dormantKey()]).map((f) => f.rule)).toEqual(['inactive']);
  });

  it('returns the verdicts by subject id, with the credential verdicts', () => {
    const { verdicts } = evaluate({
      subjects: [dormantKey()],
      config: config(),
      sources: [snapshot()],
      now: NOW,
      failOn: 'high',
    });
    expect(verdicts.get('ci')?.status).toBe('inactive');
    expect(verdicts.get('ci')?.credentials.get('access_key_1')?.status).toBe('inactive');
  });

  it('has a function for every rule that has metadata, and metadata for every rule', () => {
    const scanWide = ['stale-telemetry', 'secret-in-config'];
    expect([...Object.keys(SUBJECT_RULES), ...scanWide].sort()).toEqual([...RULE_NAMES].sort());
    expect(RULE_NAMES).toHaveLength(19);
  });
});

describe('fail-on', () => {
  it('blocks at or above the level, never with none', () => {
    expect(blocks('high', 'high')).toBe(true);
    expect(blocks('critical', 'high')).toBe(true);
    expect(blocks('medium', 'high')).toBe(false);
    expect(blocks('low', 'low')).toBe(true);
    expect(blocks('critical', 'none')).toBe(false);
  });

  it('sets blocking on each finding', () => {
    expect(findingsOf([dormantKey()], { failOn: 'critical' })[0].blocking).toBe(false);
    expect(findingsOf([dormantKey()], { failOn: 'none' })[0].blocking).toBe(false);
    expect(findingsOf([dormantKey()], { failOn: 'medium' })[0].blocking).toBe(true);
  });
});

describe('policy.rules overrides', () => {
  const withRules = (
    rules: Record<string, { enabled?: boolean; severity?: 'low' | 'medium' | 'high' | 'critical' }>,
  ) => config({ identities: [identity('ci')], policy: policy({ rules }) });

  it('changes the severity, and so whether it blocks', () => {
    const [finding] = findingsOf([dormantKey()], { config: withRules({ inactive: { severity: 'low' } }) });
    expect(finding).toMatchObject({ rule: 'inactive', severity: 'low', blocking: false });
  });

  it('turns a rule off', () => {
    expect(findingsOf([dormantKey()], { config: withRules({ inactive: { enabled: false } }) })).toEqual([]);
  });

  it("never-used past grace takes inactive's overridden severity unless it has its own", () => {
    const unused = subject({ credentials: [credential('access_key_1', { lastUsedAt: null })] });
    expect(
      findingsOf([unused], { config: withRules({ inactive: { severity: 'medium' } }) })[0],
    ).toMatchObject({ rule: 'never-used', severity: 'medium' });
    const own = withRules({ inactive: { severity: 'medium' }, 'never-used': { severity: 'critical' } });
    expect(findingsOf([unused], { config: own })[0]).toMatchObject({
      rule: 'never-used',
      severity: 'critical',
    });
  });
});

describe('suppressions', () => {
  const suppressed = (until: number, extra = {}) => {
    const ident = identity('ci', {
      suppress: [
        {
          rule: 'inactive',
          until,
          reason: 'DR role, exercised at the next game day',
          by: '@alice',
          location: { path: 'lastseen.yml', line: 20 },
          ...extra,
        },
      ],
    });
    return subject({ identity: ident, credentials: dormantKey().credentials });
  };

  it('an active suppression hides the finding: suppressed, never blocking, the suppression in evidence', () => {
    const findings = findingsOf([suppressed(at('2027-02-01T00:00:00Z'))]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'inactive', suppressed: true, blocking: false });
    expect(findings[0].evidence.suppression).toEqual({
      until: '2027-02-01T00:00:00.000Z',
      reason: 'DR role, exercised at the next game day',
      by: '@alice',
      location: { path: 'lastseen.yml', line: 20 },
    });
  });

  it('a suppression until now has lapsed: the finding stands and suppression-expired says so', () => {
    const findings = findingsOf([suppressed(NOW)]);
    expect(findings.map((f) => [f.rule, f.severity, f.blocking, f.suppressed])).toEqual([
      ['inactive', 'high', true, undefined],
      ['suppression-expired', 'low', false, undefined],
    ]);
    expect(findings[1]).toMatchObject({
      credential: null,
      location: { path: 'lastseen.yml', line: 20 },
      message:
        'the suppression of inactive on ci expired on 2026-11-25, 0 days ago (by @alice: "DR role, exercised at the next game day")',
    });
    expect(findings[1].remediation).toBe(
      'Fix what the suppression of inactive on ci was hiding and delete the suppression at lastseen.yml:20, or, if the exception still holds, renew it with a new `until`, `reason` and `by`.',
    );
  });

  it('a suppression limited to a credential hides only that credential’s findings', () => {
    const s = subject({
      identity: identity('ci', {
        suppress: [
          {
            rule: 'inactive',
            credential: 'access_key_2',
            until: ago(-DAY),
            reason: 'spare key',
            by: '@alice',
            location: { path: 'lastseen.yml', line: 20 },
          },
        ],
      }),
      credentials: [
        credential('access_key_1', { lastUsedAt: ago(DAY) }),
        credential('access_key_2', { lastUsedAt: ago(100 * DAY) }),
      ],
    });
    expect(findingsOf([s]).map((f) => [f.rule, f.credential, f.suppressed ?? false])).toEqual([
      ['inactive', 'access_key_2', true],
    ]);
    const broad = subject({
      ...s,
      identity: identity('ci', { suppress: [{ ...s.identity!.suppress[0], credential: 'access_key_1' }] }),
    });
    expect(findingsOf([broad]).map((f) => [f.rule, f.credential, f.suppressed ?? false])).toEqual([
      ['inactive', 'access_key_2', false],
    ]);
  });
});

describe('order and location', () => {
  it('sorts by severity, then subject, rule and credential', () => {
    const a = subject({ id: 'b-team', identity: identity('b-team', { owner: null }), lastUsedAt: ago(DAY) });
    const b = subject({
      id: 'a-team',
      identity: identity('a-team', { reviewed: undefined }),
      credentials: dormantKey().credentials,
    });
    const findings = findingsOf([a, b]);
    expect(findings.map((f) => `${f.severity} ${f.subject} ${f.rule}`)).toEqual([
      'high a-team inactive',
      'high b-team unowned',
      'medium a-team review-overdue',
    ]);
    expect([...findings].sort(compareFindings)).toEqual(findings);
  });

  it("a credential finding points at the credential's declaration", () => {
    const s = subject({
      credentials: [
        credential('access_key_1', { lastUsedAt: ago(DAY) }),
        credential('access_key_2', {
          lastUsedAt: ago(100 * DAY),
          location: { path: 'lastseen.yml', line: 15 },
          declared: true,
        }),
      ],
    });
    expect(findingsOf([s])[0]).toMatchObject({
      rule: 'inactive',
      credential: 'access_key_2',
      location: { path: 'lastseen.yml', line: 15 },
    });
  });
});

describe('coverage of other sources', () => {
  it('an event log proves nothing for a subject whose use it cannot see beyond its window', () => {
    const s = subject({ coverage: { sources: [events(ago(30 * DAY))] } });
    expect(findingsOf([s]).map((f) => [f.rule, f.message])).toEqual([
      [
        'no-telemetry',
        'the activity of ci cannot be judged: the covering window (30 days) is shorter than the inactivity threshold (90 days); its inactivity threshold is 90 days',
      ],
    ]);
  });
});
