import { describe, expect, it } from 'vitest';
import { HOUR } from '../../src/model/time.js';
import { inactivityThreshold, judgeSubject, policyFor } from '../../src/rules/verdict.js';
import {
  AUDIT,
  DAY,
  NOW,
  REPORT,
  ago,
  at,
  credential,
  events,
  identity,
  policy,
  snapshot,
  subject,
  usage,
} from './helpers.js';

const judge = (s: ReturnType<typeof subject>, stale: string[] = []) =>
  judgeSubject(s, { policy: policyFor(policy(), s.identity), now: NOW, staleSources: new Set(stale) });

const usedAt = (t: number | null | undefined, over = {}) =>
  subject({ credentials: [credential('access_key_1', { lastUsedAt: t, ...over })] });

describe('inactivity is strictly "more than" the threshold', () => {
  it('idle exactly 90 days is active', () => {
    const v = judge(usedAt(ago(90 * DAY)));
    expect(v.status).toBe('active');
    expect(v.idleMs).toBe(90 * DAY);
    expect(v.neverUsed).toBe(false);
  });

  it('idle 90 days and 1 ms is inactive', () => {
    const v = judge(usedAt(ago(90 * DAY + 1)));
    expect(v.status).toBe('inactive');
    expect(v.idleMs).toBe(90 * DAY + 1);
  });

  it('a key used 96 days ago is inactive at 90d, from the credential report', () => {
    const v = judge(usedAt(at('2026-08-21T12:00:00Z')));
    expect(v).toMatchObject({
      status: 'inactive',
      neverUsed: false,
      lastMeaningfulUse: at('2026-08-21T12:00:00Z'),
      lastUse: at('2026-08-21T12:00:00Z'),
      threshold: 90 * DAY,
      idleMs: 96 * DAY,
      sources: [REPORT],
    });
    expect(v.credentials.get('access_key_1')?.status).toBe('inactive');
  });
});

describe('coverage first', () => {
  it('no covering source: unknown, "no source covers it"', () => {
    const v = judge(subject({ coverage: { sources: [] } }));
    expect(v).toMatchObject({
      status: 'unknown',
      neverUsed: null,
      lastMeaningfulUse: null,
      reason: 'no source covers it',
    });
  });

  it('a source that could not be read covers nothing', () => {
    const v = judge(subject({ coverage: { sources: [snapshot({ failed: true })] } }));
    expect(v.status).toBe('unknown');
    expect(v.reason).toBe(`its source could not be read (${REPORT})`);
  });

  it('a stale source covers nothing, even with a last use in it', () => {
    const v = judge(usedAt(ago(5 * DAY)), [REPORT]);
    expect(v.status).toBe('unknown');
    expect(v.reason).toBe(`covered only by stale telemetry (${REPORT})`);
    expect(v.credentials.get('access_key_1')).toMatchObject({
      status: 'unknown',
      reason: `covered only by stale telemetry (${REPORT})`,
    });
  });

  it('an event window shorter than the threshold with no use seen is unknown, never inactive', () => {
    const v = judge(subject({ coverage: { sources: [events(ago(30 * DAY))] } }));
    expect(v).toMatchObject({
      status: 'unknown',
      neverUsed: null,
      idleMs: null,
      reason: 'the covering window (30 days) is shorter than the inactivity threshold (90 days)',
    });
  });

  it('an event window of exactly the threshold cannot prove more-than-threshold idleness', () => {
    const v = judge(subject({ coverage: { sources: [events(ago(90 * DAY))] } }));
    expect(v.status).toBe('unknown');
    expect(v.reason).toBe(
      'the covering window (90 days) is no longer than the inactivity threshold (90 days)',
    );
  });

  it('no use in an event window longer than the threshold is inactive, neverUsed unknown', () => {
    const v = judge(subject({ coverage: { sources: [events(ago(180 * DAY))] } }));
    expect(v).toMatchObject({
      status: 'inactive',
      neverUsed: null,
      lastMeaningfulUse: null,
      idleMs: 180 * DAY,
      silentSince: ago(180 * DAY),
      sources: [AUDIT],
    });
  });

  it('event windows that touch are one window; a gap cuts it', () => {
    const joined = [
      events(ago(200 * DAY), ago(100 * DAY), { label: 'a' }),
      events(ago(100 * DAY), NOW, { label: 'b' }),
    ];
    expect(judge(subject({ coverage: { sources: joined } })).silentSince).toBe(ago(200 * DAY));
    const gapped = [
      events(ago(300 * DAY), ago(200 * DAY), { label: 'a' }),
      events(ago(50 * DAY), NOW, { label: 'b' }),
    ];
    const v = judge(subject({ coverage: { sources: gapped } }));
    expect(v.status).toBe('unknown');
    expect(v.reason).toBe('the covering window (50 days) is shorter than the inactivity threshold (90 days)');
  });

  it('a format without a usage field is unknown with its reason', () => {
    const s = subject({
      coverage: {
        sources: [snapshot({ label: 'github-actions-secrets secrets.json', type: 'github-actions-secrets' })],
        noUsageField: 'GitHub does not record when an Actions secret is used',
      },
      credentials: [],
    });
    expect(judge(s)).toMatchObject({
      status: 'unknown',
      reason: 'GitHub does not record when an Actions secret is used',
    });
  });

  it('AWS N/A on a key older than 2015-04-22 is unknown, not never-used', () => {
    const reason = 'N/A: AWS cannot tell never from before it began tracking on 2015-04-22';
    const s = usedAt(undefined, { createdAt: at('2014-06-01T00:00:00Z'), lastUsedUnknownReason: reason });
    const v = judge(s);
    expect(v.credentials.get('access_key_1')).toMatchObject({
      status: 'unknown',
      neverUsed: null,
      lastMeaningfulUse: null,
      reason,
    });
    expect(v).toMatchObject({ status: 'unknown', neverUsed: null, reason });
  });
});

describe('never used', () => {
  it('a last-used field that says never is never-used (the platform tracked it since creation)', () => {
    const v = judge(usedAt(null, { createdAt: ago(200 * DAY) }));
    expect(v.credentials.get('access_key_1')).toMatchObject({
      status: 'never-used',
      neverUsed: true,
      inGrace: false,
      idleMs: 200 * DAY,
    });
    expect(v).toMatchObject({ status: 'never-used', neverUsed: true, sources: [REPORT] });
  });

  it('an event log proves never only when its window starts at or before the creation', () => {
    const created = ago(120 * DAY);
    const reaches = judge(subject({ createdAt: created, coverage: { sources: [events(created)] } }));
    expect(reaches).toMatchObject({ status: 'never-used', neverUsed: true });
    const short = judge(subject({ createdAt: created - 1, coverage: { sources: [events(created)] } }));
    expect(short).toMatchObject({ status: 'inactive', neverUsed: null });
  });

  it('grace: created exactly the threshold ago is in grace; 1 ms older is not', () => {
    expect(judge(usedAt(null, { createdAt: ago(90 * DAY) })).credentials.get('access_key_1')?.inGrace).toBe(
      true,
    );
    expect(
      judge(usedAt(null, { createdAt: ago(90 * DAY + 1) })).credentials.get('access_key_1')?.inGrace,
    ).toBe(false);
  });

  it('the declared `created` starts the grace period when telemetry has no creation time', () => {
    const s = subject({
      createdAt: undefined,
      identity: identity('ci', { created: ago(10 * DAY) }),
      coverage: { sources: [events(ago(200 * DAY))] },
    });
    expect(judge(s)).toMatchObject({ status: 'never-used', inGrace: true, createdAt: ago(10 * DAY) });
  });

  it('a young identity with no use in a window that misses its creation is unknown, not inactive', () => {
    const s = subject({ createdAt: ago(60 * DAY), coverage: { sources: [events(ago(40 * DAY))] } });
    expect(judge(s)).toMatchObject({ status: 'unknown', inGrace: true });
  });
});

describe('threshold', () => {
  it('is max(inactive-after, 2 × cadence)', () => {
    const p = policy();
    expect(inactivityThreshold(p, 'quarterly')).toBe(182 * DAY);
    expect(inactivityThreshold(p, 'yearly')).toBe(730 * DAY);
    expect(inactivityThreshold(p, 'monthly')).toBe(90 * DAY);
    expect(inactivityThreshold(p, 'hourly')).toBe(90 * DAY);
    expect(inactivityThreshold(p, 'on-demand')).toBe(90 * DAY);
    expect(inactivityThreshold(policy({ inactiveAfter: 1 * HOUR }), 'daily')).toBe(2 * DAY);
  });

  it('a quarterly identity is active at 182 days idle and inactive 1 ms later', () => {
    const quarterly = (t: number) =>
      subject({
        identity: identity('ci', { cadence: 'quarterly' }),
        credentials: [credential('access_key_1', { lastUsedAt: t })],
      });
    expect(judge(quarterly(ago(182 * DAY)))).toMatchObject({ status: 'active', threshold: 182 * DAY });
    expect(judge(quarterly(ago(182 * DAY + 1)))).toMatchObject({ status: 'inactive', threshold: 182 * DAY });
  });

  it("an identity's own policy overrides the config's", () => {
    const s = subject({
      identity: identity('ci', { policy: { inactiveAfter: 30 * DAY } }),
      credentials: [credential('k', { lastUsedAt: ago(31 * DAY) })],
    });
    expect(judge(s)).toMatchObject({ status: 'inactive', threshold: 30 * DAY });
  });
});

describe('a subject folds over its principals and credentials', () => {
  it('takes the latest meaningful use of any; an idle second key is judged on its own', () => {
    const s = subject({
      lastUsedAt: ago(300 * DAY),
      credentials: [
        credential('access_key_1', { lastUsedAt: ago(10 * DAY) }),
        credential('access_key_2', { lastUsedAt: ago(200 * DAY) }),
      ],
    });
    const v = judge(s);
    expect(v).toMatchObject({ status: 'active', lastMeaningfulUse: ago(10 * DAY) });
    expect(v.credentials.get('access_key_2')).toMatchObject({ status: 'inactive', idleMs: 200 * DAY });
  });

  it('uses events as well as last-used fields, and logins only for lastUse', () => {
    const s = subject({
      usage: usage({
        lastMeaningfulUse: ago(20 * DAY),
        lastUse: ago(2 * DAY),
        events: 5,
        meaningfulEvents: 3,
        loginEvents: 2,
      }),
      coverage: { sources: [events(ago(180 * DAY))] },
    });
    expect(judge(s)).toMatchObject({
      status: 'active',
      lastMeaningfulUse: ago(20 * DAY),
      lastUse: ago(2 * DAY),
      idleMs: 20 * DAY,
      sources: [AUDIT],
    });
  });

  it('judges an undeclared subject too', () => {
    const v = judge(
      subject({ declared: false, credentials: [credential('access_key_1', { lastUsedAt: ago(100 * DAY) })] }),
    );
    expect(v.status).toBe('inactive');
  });

  it('a declared credential no source reports is judged by the event logs that cover its subject', () => {
    const s = subject({
      coverage: { sources: [events(ago(180 * DAY))] },
      usage: usage({ lastMeaningfulUse: ago(1 * DAY) }),
      credentials: [
        credential('token:3001', {
          sources: [],
          declared: true,
          createdAt: ago(365 * DAY),
          createdFrom: 'declared',
        }),
      ],
    });
    expect(judge(s).credentials.get('token:3001')).toMatchObject({
      status: 'inactive',
      neverUsed: null,
      idleMs: 180 * DAY,
    });
  });
});
