// outside-cadence: a scheduled identity used at hours of the week when its schedule never runs.
import { formatDuration, iso } from '../model/time.js';
import { fromSources, isoDate } from './describe.js';
import { expectedHoursOfWeek } from './cron.js';
import type { SubjectRule } from './types.js';

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** "Wednesday 14:00 UTC". */
export function hourOfWeekText(hour: number): string {
  return `${WEEKDAYS[Math.floor(hour / 24)]} ${String(hour % 24).padStart(2, '0')}:00 UTC`;
}

export const outsideCadence: SubjectRule = (subject, ctx) => {
  const schedule = subject.identity?.schedule;
  // Only a scheduled identity's profile is read: reading it builds it (UsageStats.hourOfWeek).
  if (!schedule) return [];
  const histogram = subject.usage.hourOfWeek;
  if (histogram.length !== 168) return [];
  let expected: Set<number>;
  try {
    expected = expectedHoursOfWeek(schedule, ctx.now);
  } catch {
    // The config stage validates cron expressions; one it let through that we cannot read proves nothing.
    return [];
  }
  const outside = histogram
    .map((events, hour) => ({ hour, events }))
    .filter((h) => h.events > 0 && !expected.has(h.hour))
    .sort((a, b) => b.events - a.events || a.hour - b.hour);
  if (!outside.length) return [];
  const total = outside.reduce((sum, h) => sum + h.events, 0);
  const busiest = outside
    .slice(0, 3)
    .map((h) => `${hourOfWeekText(h.hour)} (${h.events})`)
    .join(', ');
  // The profile keeps hours of the week, not the events: the span of use says when they happened.
  const { firstMeaningfulUse: first, lastMeaningfulUse: last } = subject.usage;
  const span =
    first !== undefined && last !== undefined ? ` between ${isoDate(first)} and ${isoDate(last)}` : '';
  const sources = subject.coverage.sources.filter((s) => !s.failed).map((s) => s.label);
  return [
    {
      credential: null,
      message: `${subject.id} is scheduled "${schedule.cron}"${schedule.tz ? ` (${schedule.tz})` : ''} with ${formatDuration(schedule.tolerance)} tolerance, but ${total} of its ${subject.usage.meaningfulEvents} meaningful events${span} fell outside it: ${busiest} (${fromSources(sources)})`,
      evidence: {
        cron: schedule.cron,
        tz: schedule.tz ?? 'UTC',
        toleranceMinutes: schedule.tolerance / 60_000,
        outsideEvents: total,
        firstMeaningfulUse: iso(first),
        lastMeaningfulUse: iso(last),
        sources,
        meaningfulEvents: subject.usage.meaningfulEvents,
        outsideHours: outside
          .slice(0, 10)
          .map((h) => ({ hourOfWeek: h.hour, at: hourOfWeekText(h.hour), events: h.events })),
      },
      vars: { threshold: formatDuration(schedule.tolerance) },
    },
  ];
};
