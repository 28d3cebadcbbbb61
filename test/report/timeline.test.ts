import { describe, expect, it } from 'vitest';
import { observedSpans, subjectTimeline, weekStart, weeklyActivity } from '../../src/report/timeline.js';
import {
  DAY,
  NOW,
  at,
  config,
  credential,
  events,
  identity,
  snapshot,
  subject,
  usage,
} from '../rules/helpers.js';

const day = (iso: string) => Math.floor(at(iso) / DAY);
const known = (
  lastMeaningfulUse: number | null,
  neverUsed: boolean | null = lastMeaningfulUse === null ? null : false,
) => ({
  lastMeaningfulUse,
  neverUsed,
});

describe('weekStart', () => {
  it('is the Monday 00:00 UTC of the week', () => {
    expect(new Date(weekStart(at('2026-11-25T12:00:00Z'))).toISOString()).toBe('2026-11-23T00:00:00.000Z');
    expect(new Date(weekStart(at('2026-11-23T00:00:00Z'))).toISOString()).toBe('2026-11-23T00:00:00.000Z');
    expect(new Date(weekStart(at('2026-11-29T23:59:59Z'))).toISOString()).toBe('2026-11-23T00:00:00.000Z');
    expect(new Date(weekStart(at('2026-11-30T00:00:00Z'))).toISOString()).toBe('2026-11-30T00:00:00.000Z');
  });
});

describe('observedSpans', () => {
  it('is the whole window of an event log', () => {
    const s = subject({
      coverage: { sources: [events(at('2026-05-28T06:00:00Z'), at('2026-11-24T06:00:00Z'))] },
    });
    expect(observedSpans(s, known(null))).toEqual([
      { from: at('2026-05-28T06:00:00Z'), to: at('2026-11-24T06:00:00Z') },
    ]);
  });

  it('starts a snapshot at the last use it proves, or covers its window when it says never', () => {
    const s = subject({ coverage: { sources: [snapshot({ windowTo: at('2026-11-24T06:00:00Z') })] } });
    expect(observedSpans(s, known(at('2026-08-21T03:15:00Z')))).toEqual([
      { from: at('2026-08-21T03:15:00Z'), to: at('2026-11-24T06:00:00Z') },
    ]);
    expect(observedSpans(s, known(null, true))).toEqual([
      { from: at('2015-04-22T00:00:00Z'), to: at('2026-11-24T06:00:00Z') },
    ]);
  });

  it('has nothing from a snapshot that cannot tell, or a source that failed', () => {
    expect(observedSpans(subject({ coverage: { sources: [snapshot()] } }), known(null, null))).toEqual([]);
    expect(
      observedSpans(
        subject({ coverage: { sources: [events(at('2026-01-01T00:00:00Z'), NOW, { failed: true })] } }),
        known(null),
      ),
    ).toEqual([]);
  });
});

describe('weeklyActivity', () => {
  it('counts days with meaningful use in the 26 seven-day spans ending now', () => {
    const weeks = weeklyActivity(
      [
        day('2026-11-25T01:00:00Z'),
        day('2026-11-24T01:00:00Z'),
        day('2026-11-18T01:00:00Z'),
        day('2026-05-01T00:00:00Z'),
      ],
      NOW,
    );
    expect(weeks).toHaveLength(26);
    expect(weeks.slice(23)).toEqual([0, 1, 2]);
    expect(weeks.reduce((a, b) => (a ?? 0) + (b ?? 0), 0)).toBe(3);
  });

  it('leaves a week null when no source could observe it', () => {
    const observed = [{ from: NOW - 70 * DAY, to: NOW }];
    const weeks = weeklyActivity([day('2026-11-20T00:00:00Z')], NOW, observed);
    expect(weeks.slice(0, 15)).toEqual(new Array(15).fill(null));
    expect(weeks.slice(15)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
  });
});

describe('subjectTimeline', () => {
  // release-bot in the demo: weekly use until 10 July, silence, then use again on 18 and 20 November.
  const weekly = [
    '2026-06-05',
    '2026-06-12',
    '2026-06-19',
    '2026-06-26',
    '2026-07-03',
    '2026-07-10',
    '2026-11-18',
    '2026-11-20',
  ];
  const releaseBot = (cadence?: 'weekly' | 'quarterly') =>
    subject({
      id: 'release-bot',
      identity: identity('release-bot', { cadence }),
      usage: usage({
        days: weekly.map((d) => day(`${d}T02:00:00Z`)),
        lastLogin: at('2026-11-19T09:00:00Z'),
        loginEvents: 4,
      }),
      coverage: { sources: [events(at('2026-05-28T06:00:00Z'), at('2026-11-24T06:00:00Z'))] },
    });

  it('draws calendar weeks over the window, with the dormant gap and the thresholds', () => {
    const t = subjectTimeline(releaseBot('weekly'), known(at('2026-11-20T02:00:00Z')), config(), NOW);
    expect(t.from).toBe('2026-05-25T00:00:00.000Z');
    expect(t.weeks).toHaveLength(27);
    expect(t.weeks.slice(0, 8)).toEqual([0, 1, 1, 1, 1, 1, 1, 0]);
    expect(t.weeks.slice(8, 25).every((w) => w === 0)).toBe(true);
    expect(t.weeks.slice(25)).toEqual([2, 0]);
    expect(t.gaps).toEqual([{ from: '2026-07-10T23:59:59.999Z', to: '2026-11-18T23:59:59.999Z', days: 131 }]);
    expect(t.thresholdDays).toBe(90);
    expect(t.reactivationGapDays).toBe(90);
    expect(t.lastLogin).toBe('2026-11-19T09:00:00.000Z');
    expect(t.logins).toBe(4);
  });

  it('uses the cadence-aware threshold', () => {
    expect(subjectTimeline(releaseBot('quarterly'), known(null), config(), NOW).thresholdDays).toBe(182);
  });

  it('shows at least 26 weeks, leaving unobserved weeks null', () => {
    const s = subject({
      usage: usage({ days: [day('2026-11-24T02:04:00Z')] }),
      coverage: { sources: [snapshot()] },
    });
    const t = subjectTimeline(s, known(at('2026-11-24T02:04:00Z')), config(), NOW);
    expect(t.from).toBe('2026-06-01T00:00:00.000Z');
    expect(t.weeks).toEqual([...new Array(25).fill(null), 1]);
  });

  it('reaches back to a credential created within two years, and no further than two years', () => {
    const created = subject({
      credentials: [credential('access_key_1', { createdAt: at('2025-10-06T08:00:00Z'), rotatedAt: null })],
      coverage: { sources: [snapshot()] },
    });
    const t = subjectTimeline(created, known(null, null), config(), NOW);
    expect(t.from).toBe('2025-10-06T00:00:00.000Z');
    expect(t.weeks).toHaveLength(60);
    const never = subjectTimeline(
      subject({ coverage: { sources: [snapshot()] } }),
      known(null, true),
      config(),
      NOW,
    );
    expect(never.weeks).toEqual(new Array(104).fill(0));
    expect(never.from).toBe('2024-12-02T00:00:00.000Z');
  });
});
