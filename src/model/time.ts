// Durations and instants shared by every stage. Internally times are epoch milliseconds (UTC).

export const HOUR = 3_600_000;
export const DAY = 86_400_000;
export const WEEK = 7 * DAY;

/** The end of the UTC day that contains `t` (day-granular values mean "some time that day"). */
export function endOfUtcDay(t: number): number {
  return Math.floor(t / DAY) * DAY + DAY - 1;
}

/**
 * The last instants formatted, direct-mapped by time: a report names the same few instants again and
 * again (the week starts of every timeline, the scan's own time), ~10,000 times for a thousand subjects.
 */
const ISO_CACHE = 512;
const isoTimes = new Float64Array(ISO_CACHE).fill(NaN);
const isoTexts: string[] = new Array<string>(ISO_CACHE).fill('');

/** ISO 8601 UTC, or null. */
export function iso(t: number | null | undefined): string | null {
  if (t === null || t === undefined || !Number.isFinite(t)) return null;
  // Fibonacci hashing of the second: days and weeks, multiples of 2^7 seconds, spread over the slots.
  const at = Math.imul((t / 1000) | 0, 0x9e3779b1) >>> 23;
  if (isoTimes[at] === t) return isoTexts[at];
  const text = new Date(t).toISOString();
  isoTimes[at] = t;
  isoTexts[at] = text;
  return text;
}

/** Whole days in a duration, for messages ("96 days"). */
export function days(ms: number): number {
  return Math.floor(ms / DAY);
}

/** A duration as people write it in lastseen.yml: 90d, 36h. */
export function formatDuration(ms: number): string {
  if (ms % DAY === 0) return `${ms / DAY}d`;
  if (ms % HOUR === 0) return `${ms / HOUR}h`;
  return `${Math.round(ms / 60_000)}m`;
}
