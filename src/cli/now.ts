// --now: an ISO 8601 time (a bare date is UTC midnight), so every run can be reproduced.
import { InputError } from '../model/errors.js';
import { parseTime } from '../sources/parse-time.js';
import { DAY } from '../model/time.js';

/** Parses --now; a bare date means 00:00 UTC that day. */
export function parseNow(text: string): number {
  const bare = /^\d{4}-\d{2}-\d{2}$/.test(text.trim());
  const t = parseTime(text);
  if (t === undefined) {
    throw new InputError(
      `--now ${JSON.stringify(text)} is not a time; expected ISO 8601, e.g. 2026-11-25T12:00:00Z or 2026-11-25`,
    );
  }
  // parseTime reads a bare date as the end of that day (telemetry semantics); --now means its start.
  return bare ? t - DAY + 1 : t;
}
