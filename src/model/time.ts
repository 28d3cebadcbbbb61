// Durations and instants shared by every stage. Internally times are epoch milliseconds (UTC).

export const HOUR = 3_600_000;
export const DAY = 86_400_000;
export const WEEK = 7 * DAY;

/** The end of the UTC day that contains `t` (day-granular values mean "some time that day"). */
export function endOfUtcDay(t: number): number {
  return Math.floor(t / DAY) * DAY + DAY - 1;
}

/** ISO 8601 UTC, or null. */
export function iso(t: number | null | undefined): string | null {
  return t === null || t === undefined || !Number.isFinite(t) ? null : new Date(t).toISOString();
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
