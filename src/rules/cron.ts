// Just enough cron to know at which hours of the week a schedule runs (outside-cadence). Five fields,
// numbers, names, `*`, ranges, lists and steps; `?`, L, W and # are not supported (parseCron says so).
import { HOUR } from '../model/time.js';
import type { Schedule } from '../model/config.js';

export interface Cron {
  minutes: Set<number>;
  hours: Set<number>;
  /** Days of the week the schedule can run on, 0 = Monday (the hour-of-week convention). */
  weekdays: Set<number>;
}

const MACROS: Record<string, string> = {
  '@yearly': '0 0 1 1 *',
  '@annually': '0 0 1 1 *',
  '@monthly': '0 0 1 * *',
  '@weekly': '0 0 * * 0',
  '@daily': '0 0 * * *',
  '@midnight': '0 0 * * *',
  '@hourly': '0 * * * *',
};
const DAY_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function field(text: string, min: number, max: number, names: string[] = [], nameBase = min): Set<number> {
  const value = (token: string): number => {
    const named = names.indexOf(token.toLowerCase());
    const n = named >= 0 ? named + nameBase : /^\d+$/.test(token) ? Number(token) : NaN;
    if (!Number.isInteger(n) || n < min || n > max)
      throw new Error(`"${token}" is not between ${min} and ${max}`);
    return n;
  };
  const out = new Set<number>();
  for (const part of text.split(',')) {
    const [range, stepText] = part.split('/');
    const step = stepText === undefined ? 1 : Number(stepText);
    if (!Number.isInteger(step) || step < 1) throw new Error(`"${part}" has a bad step`);
    const [from, to] =
      range === '*'
        ? [min, max]
        : range.includes('-')
          ? range.split('-').map(value)
          : [value(range), stepText ? max : value(range)];
    if (from > to) throw new Error(`"${part}" is an empty range`);
    for (let n = from; n <= to; n += step) out.add(n);
  }
  return out;
}

/** Parses a five-field cron expression (or an @macro); throws with what is wrong. */
export function parseCron(expression: string): Cron {
  const text = MACROS[expression.trim().toLowerCase()] ?? expression.trim();
  const parts = text.split(/\s+/);
  if (parts.length !== 5) throw new Error(`a cron expression has 5 fields, not ${parts.length}`);
  const [minute, hour, dayOfMonth, month] = parts;
  const minutes = field(minute, 0, 59);
  const hours = field(hour, 0, 23);
  field(dayOfMonth, 1, 31);
  field(month, 1, 12, MONTH_NAMES, 1);
  // Cron counts Sunday as 0 or 7; with a day of the month set, any weekday can match.
  const cronDays = field(parts[4], 0, 7, DAY_NAMES, 0);
  const weekdays = new Set<number>();
  const anyDay = dayOfMonth !== '*' || parts[4] === '*';
  for (let d = 0; d < 7; d++)
    if (anyDay || cronDays.has(d) || (d === 0 && cronDays.has(7))) weekdays.add((d + 6) % 7);
  return { minutes, hours, weekdays };
}

/** The UTC offset of a time zone at `t`, in ms (0 for UTC or an unknown zone). */
function zoneOffset(tz: string, t: number): number {
  try {
    const parts = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      timeZoneName: 'longOffset',
    }).formatToParts(t);
    const name = parts.find((p) => p.type === 'timeZoneName')?.value ?? '';
    const m = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name);
    return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * HOUR + Number(m[3] ?? 0) * 60_000) : 0;
  } catch {
    return 0;
  }
}

const HOURS_IN_WEEK = 168;

/**
 * Hours of the week (0 = Monday 00:00 UTC) in which the schedule may run, each run widened by its
 * tolerance. With a time zone, both its winter and summer offsets count.
 */
export function expectedHoursOfWeek(schedule: Schedule, now: number): Set<number> {
  const cron = parseCron(schedule.cron);
  const tolerance = schedule.tolerance / 60_000;
  const offsets = schedule.tz
    ? [...new Set([zoneOffset(schedule.tz, now), zoneOffset(schedule.tz, now + 182 * 24 * HOUR)])]
    : [0];
  const hours = new Set<number>();
  for (const offset of offsets) {
    for (const day of cron.weekdays) {
      for (const hour of cron.hours) {
        for (const minute of cron.minutes) {
          const run = day * 1440 + hour * 60 + minute - offset / 60_000;
          // Every hour bucket that overlaps [run − tolerance, run + tolerance].
          const first = Math.floor((run - tolerance) / 60);
          const last = Math.floor((run + tolerance) / 60);
          for (let b = first; b <= last; b++)
            hours.add(((b % HOURS_IN_WEEK) + HOURS_IN_WEEK) % HOURS_IN_WEEK);
        }
      }
    }
  }
  return hours;
}
