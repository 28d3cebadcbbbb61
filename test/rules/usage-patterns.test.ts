import { describe, expect, it } from 'vitest';
import { renewalSeverity, yearlySaving } from '../../src/rules/licence-reclaim.js';
import {
  AUDIT,
  DAY,
  NOW,
  REPORT,
  ago,
  credential,
  identity,
  ruleFindings,
  subject,
  usage,
} from './helpers.js';

describe('human-use', () => {
  const interactive = (kind: 'service-account' | 'licence') =>
    subject({
      identity: identity('ci', { kind }),
      lastUsedAt: ago(DAY),
      usage: usage({
        interactiveEvents: 2,
        interactive: [
          { at: ago(40 * DAY), detail: 'console password sign-in', source: REPORT },
          { at: ago(3 * DAY), detail: 'Mozilla/5.0 browser session', source: AUDIT },
        ],
      }),
    });

  it('fires for a machine identity used interactively, with the newest example', () => {
    const [finding] = ruleFindings('human-use', [interactive('service-account')]);
    expect(finding).toMatchObject({
      severity: 'high',
      message: `ci is a service-account but was used interactively 2 times, the latest on 2026-11-22 (Mozilla/5.0 browser session, from ${AUDIT})`,
    });
    expect(finding.evidence.examples).toHaveLength(2);
  });

  it('does not fire for a licence (a seat for a person)', () => {
    expect(ruleFindings('human-use', [interactive('licence')])).toEqual([]);
  });
});

describe('outside-cadence', () => {
  const scheduled = (hours: Record<number, number>, tz?: string) => {
    const hourOfWeek = new Array(168).fill(0);
    for (const [h, n] of Object.entries(hours)) hourOfWeek[Number(h)] = n;
    const total = Object.values(hours).reduce((a, b) => a + b, 0);
    return subject({
      identity: identity('ci', {
        cadence: 'daily',
        schedule: { cron: '0 2 * * *', tolerance: 3_600_000, tz },
      }),
      lastUsedAt: ago(DAY),
      usage: usage({ hourOfWeek, meaningfulEvents: total }),
    });
  };

  it('is quiet when every use falls within the schedule and its tolerance', () => {
    expect(ruleFindings('outside-cadence', [scheduled({ 1: 2, 2: 30, 3: 1, 50: 5 })])).toEqual([]);
  });

  it('fires for use at hours the schedule never runs', () => {
    const [finding] = ruleFindings('outside-cadence', [scheduled({ 2: 30, 62: 3, 160: 1 })]);
    expect(finding).toMatchObject({
      severity: 'medium',
      message: `ci is scheduled "0 2 * * *" with 1h tolerance, but 4 of its 34 meaningful events fell outside it: Wednesday 14:00 UTC (3), Sunday 16:00 UTC (1) (from ${REPORT})`,
      evidence: { outsideEvents: 4, meaningfulEvents: 34, tz: 'UTC', toleranceMinutes: 60 },
    });
  });

  it('reads the schedule in its time zone', () => {
    // 02:00 in New York is 06:00 or 07:00 UTC.
    expect(ruleFindings('outside-cadence', [scheduled({ 6: 10, 7: 10 }, 'America/New_York')])).toEqual([]);
    expect(ruleFindings('outside-cadence', [scheduled({ 2: 10 }, 'America/New_York')])).toHaveLength(1);
  });
});

describe('licence-reclaim', () => {
  const licensed = (renews: number | undefined, per: 'month' | 'year' = 'year', seats?: number) =>
    subject({
      identity: identity('design-seat', {
        kind: 'licence',
        licence: { cost: 1200, currency: 'USD', per, renews, seats },
      }),
      id: 'design-seat',
      credentials: [credential('k', { lastUsedAt: ago(120 * DAY) })],
    });

  it('computes the yearly saving', () => {
    expect(yearlySaving({ cost: 100, currency: 'EUR', per: 'month', seats: 3 })).toBe(3600);
    expect(yearlySaving({ cost: 1200, currency: 'USD', per: 'year' })).toBe(1200);
  });

  it('rises in severity as the renewal nears', () => {
    expect(renewalSeverity(NOW + 91 * DAY, NOW, 'low')).toBe('low');
    expect(renewalSeverity(NOW + 90 * DAY, NOW, 'low')).toBe('medium');
    expect(renewalSeverity(NOW + 31 * DAY, NOW, 'low')).toBe('medium');
    expect(renewalSeverity(NOW + 30 * DAY, NOW, 'low')).toBe('high');
    expect(renewalSeverity(undefined, NOW, 'low')).toBe('low');
    expect(renewalSeverity(NOW - DAY, NOW, 'low')).toBe('low');
  });

  it('puts the saving in the finding', () => {
    const [finding] = ruleFindings('licence-reclaim', [licensed(NOW + 51 * DAY, 'month', 2)]);
    expect(finding).toMatchObject({
      severity: 'medium',
      message: `design-seat holds a licence (USD 1200 per month × 2 seats) but no meaningful use for 120 days (last on 2026-07-28, from ${REPORT}); it renews on 2027-01-15, in 51 days; reclaiming it saves USD 28800 a year`,
      evidence: {
        yearlySaving: { amount: 28800, currency: 'USD', per: 'year' },
        renews: '2027-01-15T12:00:00.000Z',
        daysToRenewal: 51,
      },
    });
    expect(finding.remediation).toBe(
      'Reclaim the licence held by design-seat before it renews (2027-01-15) and save USD 28800 a year; ask @acme/platform first if the seat is kept for a reason.',
    );
  });

  it('does not fire for an active licence', () => {
    const active = subject({
      identity: identity('seat', { licence: { cost: 10, currency: 'USD', per: 'month' } }),
      lastUsedAt: ago(DAY),
    });
    expect(ruleFindings('licence-reclaim', [active])).toEqual([]);
  });
});
