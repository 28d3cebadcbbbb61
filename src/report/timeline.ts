// Activity by week, for the sparklines (last 26 weeks) and the HTML timeline (calendar weeks over the
// coverage window, up to two years). A week that no source could observe is null, never 0: silence
// outside the evidence is not idleness, and drawing it as idle would invent a dormant gap.
import type { Config } from '../model/config.js';
import type { SubjectTimeline } from '../model/report.js';
import type { Subject } from '../model/subject.js';
import { DAY, WEEK, endOfUtcDay, iso } from '../model/time.js';
import { dormantGaps } from '../rules/reactivated.js';
import { inactivityThreshold, policyFor } from '../rules/verdict.js';

/** An interval (epoch ms, inclusive) in which meaningful use would have been seen. */
export interface ObservedSpan {
  from: number;
  to: number;
}

const SPARKLINE_WEEKS = 26;
const TIMELINE_MIN_WEEKS = 26;
const TIMELINE_MAX_WEEKS = 104;

/**
 * Where the subject's evidence could have seen meaningful use. An event log observes its whole window;
 * a last-used snapshot only proves that nothing happened after the last use it reports (or, when it
 * says "never", over its whole window): before that, a snapshot cannot tell idle weeks from busy ones.
 */
export function observedSpans(
  subject: Pick<Subject, 'coverage'>,
  verdict: { lastMeaningfulUse: number | null; neverUsed: boolean | null },
): ObservedSpan[] {
  const spans: ObservedSpan[] = [];
  for (const source of subject.coverage.sources) {
    if (source.failed || source.windowFrom === undefined || source.windowTo === undefined) continue;
    let from = source.windowFrom;
    if (source.kind === 'snapshot') {
      if (verdict.lastMeaningfulUse !== null) from = Math.max(from, verdict.lastMeaningfulUse);
      else if (verdict.neverUsed !== true) continue;
    }
    if (from <= source.windowTo) spans.push({ from, to: source.windowTo });
  }
  return spans;
}

function overlaps(spans: ObservedSpan[], from: number, to: number): boolean {
  return spans.some((span) => span.from < to && span.to >= from);
}

/**
 * Days with meaningful use in each of the last 26 seven-day spans ending at `now` (oldest first);
 * null for a span that `observed` does not reach. Without `observed`, every span counts as observed.
 */
export function weeklyActivity(days: number[], now: number, observed?: ObservedSpan[]): (number | null)[] {
  const end = Math.floor(now / DAY);
  const weeks = new Array<number | null>(SPARKLINE_WEEKS).fill(0);
  if (observed) {
    for (let i = 0; i < SPARKLINE_WEEKS; i++) {
      const ago = SPARKLINE_WEEKS - 1 - i;
      const lastDay = end - 7 * ago;
      if (!overlaps(observed, (lastDay - 6) * DAY, (lastDay + 1) * DAY)) weeks[i] = null;
    }
  }
  // Indexed (here and in subjectTimeline): a thousand subjects' days are a few hundred thousand steps,
  // and for-of makes each an iterator result while the code is not yet compiled.
  for (let k = 0; k < days.length; k++) {
    const day = days[k];
    const ago = Math.floor((end - day) / 7);
    const i = SPARKLINE_WEEKS - 1 - ago;
    // A day of use is evidence of observation in itself (a snapshot's own last-used day).
    if (ago >= 0 && ago < SPARKLINE_WEEKS) weeks[i] = (weeks[i] ?? 0) + 1;
  }
  return weeks;
}

/** Monday 00:00 UTC of the week holding `t` (1970-01-01 was a Thursday). */
export function weekStart(t: number): number {
  const day = Math.floor(t / DAY);
  return (day - ((day + 3) % 7)) * DAY;
}

/** The subject's calendar-week timeline, with the thresholds and dormant gaps to draw over it. */
export function subjectTimeline(
  subject: Subject,
  verdict: { lastMeaningfulUse: number | null; neverUsed: boolean | null },
  config: Pick<Config, 'policy'>,
  now: number,
): SubjectTimeline {
  const policy = policyFor(config.policy, subject.identity);
  const observed = observedSpans(subject, verdict);
  const last = weekStart(now);
  // Start where the evidence starts, or at the credentials' creation or rotation, to draw them too.
  const lifecycle = subject.credentials.flatMap((c) => [c.createdAt, c.rotatedAt]);
  const earliest = Math.min(
    ...observed.map((span) => span.from),
    ...(subject.usage.days.length ? [subject.usage.days[0] * DAY] : []),
    ...lifecycle.filter((t): t is number => typeof t === 'number'),
    now,
  );
  const span = Math.round((last - weekStart(earliest)) / WEEK) + 1;
  const count = Math.min(TIMELINE_MAX_WEEKS, Math.max(TIMELINE_MIN_WEEKS, span));
  const from = last - (count - 1) * WEEK;

  const weeks: (number | null)[] = [];
  for (let i = 0; i < count; i++) {
    const start = from + i * WEEK;
    weeks.push(overlaps(observed, start, start + WEEK) ? 0 : null);
  }
  const { days } = subject.usage;
  for (let k = 0; k < days.length; k++) {
    const day = days[k];
    const i = Math.floor((day * DAY - from) / WEEK);
    if (i >= 0 && i < count && day * DAY <= now) weeks[i] = (weeks[i] ?? 0) + 1;
  }

  return {
    from: iso(from)!,
    weeks,
    lastLogin: iso(subject.usage.lastLogin),
    logins: subject.usage.loginEvents,
    thresholdDays: inactivityThreshold(policy, subject.identity?.cadence) / DAY,
    reactivationGapDays: policy.reactivationGap / DAY,
    gaps: dormantGaps(subject.usage, policy.reactivationGap).map((gap) => ({
      from: iso(endOfUtcDay(gap.fromDay * DAY))!,
      to: iso(endOfUtcDay(gap.toDay * DAY))!,
      days: gap.toDay - gap.fromDay,
    })),
  };
}
