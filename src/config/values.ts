// The two value forms of lastseen.yml that YAML does not know: durations (90d) and dates (ISO 8601).
import { DAY, HOUR, WEEK } from '../model/time.js';

const UNIT: Record<string, number> = { h: HOUR, d: DAY, w: WEEK };
/** Longer than this is a typo (90000d), and would overflow exact millisecond arithmetic besides. */
export const MAX_DURATION = 100 * 365 * DAY;

/** `36h`, `90d`, `12w` → milliseconds; undefined when the text is not such a duration. */
export function parseDuration(text: string): number | undefined {
  const match = /^(\d{1,6})([hdw])$/.exec(text);
  if (!match) return undefined;
  const ms = Number(match[1]) * UNIT[match[2]];
  return ms <= MAX_DURATION ? ms : undefined;
}

const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?([Zz]|([+-])(\d{2})(?::?(\d{2}))?))?$/;

/**
 * A config date → epoch ms. A bare date is UTC midnight; a date and time needs a zone (Z or ±hh:mm),
 * since a zone-less time in a shared file means something different on every laptop. Calendar-checked:
 * 2026-02-30 is not a date. Returns undefined for anything else.
 */
export function parseConfigDate(text: string): number | undefined {
  const m = DATE_TIME.exec(text);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const midnight = Date.UTC(year, month - 1, day);
  const check = new Date(midnight);
  if (year < 1970 || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  if (m[4] === undefined) return midnight;
  const [hour, minute, second] = [Number(m[4]), Number(m[5]), Number(m[6] ?? 0)];
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const millis = m[7] ? Math.floor(Number(`0.${m[7]}`) * 1000) : 0;
  let offset = 0;
  if (m[9]) {
    const [offsetHours, offsetMinutes] = [Number(m[10]), Number(m[11] ?? 0)];
    if (offsetHours > 14 || offsetMinutes > 59) return undefined;
    offset = (m[9] === '-' ? -1 : 1) * (offsetHours * HOUR + offsetMinutes * 60_000);
  }
  return midnight + hour * HOUR + minute * 60_000 + second * 1000 + millis - offset;
}
