// Lenient, fast parsing of the times that exports write (DESIGN.md §3 rule 5): ISO 8601 with `T` or a
// space, any number of fractional digits, `Z`, `UTC`, `+00`, `+0000`, `+00:00` or `-8:00`; no zone means
// UTC; a bare date is day-granular and means the end of that UTC day. Written by hand because it runs
// once per event and Date.parse is both slower and looser (it reads zone-less times as local time).
import { DAY } from '../model/time.js';

const ZERO = 48;

function digits(s: string, from: number, count: number): number {
  let n = 0;
  for (let i = from; i < from + count; i++) {
    // Past the end charCodeAt is NaN, which no comparison rejects: test for the digit range instead.
    const c = s.charCodeAt(i) - ZERO;
    if (!(c >= 0 && c <= 9)) return -1;
    n = n * 10 + c;
  }
  return n;
}

function daysFromCivil(y: number, m: number, d: number): number {
  // Howard Hinnant's days_from_civil: exact for the proleptic Gregorian calendar.
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function validDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > MONTH_DAYS[m - 1]) return false;
  if (m === 2 && d === 29) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return true;
}

/** Parses an ISO-like time; returns epoch ms, or undefined when the text is not a time. */
export function parseTime(text: string): number | undefined {
  const s =
    text.length > 0 && (text.charCodeAt(0) === 32 || text.charCodeAt(text.length - 1) === 32)
      ? text.trim()
      : text;
  if (s.length < 10) return undefined;
  const y = digits(s, 0, 4);
  const sep = s[4];
  if (y < 0 || (sep !== '-' && sep !== '/') || s[7] !== sep) return undefined;
  const mo = digits(s, 5, 2);
  const d = digits(s, 8, 2);
  if (mo < 0 || d < 0 || !validDate(y, mo, d)) return undefined;
  const day = daysFromCivil(y, mo, d) * DAY;
  if (s.length === 10) return day + DAY - 1;
  const t = s[10];
  if (t !== 'T' && t !== ' ' && t !== 't') return undefined;
  const h = digits(s, 11, 2);
  if (h < 0 || h > 24 || s[13] !== ':') return undefined;
  const mi = digits(s, 14, 2);
  if (mi < 0 || mi > 59) return undefined;
  let i = 16;
  let sec = 0;
  let ms = 0;
  if (s[i] === ':') {
    sec = digits(s, i + 1, 2);
    if (sec < 0 || sec > 60) return undefined;
    i += 3;
    if (s[i] === '.' || s[i] === ',') {
      i++;
      // Milliseconds from the first three digits; further digits (7 in .NET exports) are truncated.
      const start = i;
      while (i < s.length) {
        const c = s.charCodeAt(i) - ZERO;
        if (c < 0 || c > 9) break;
        if (i - start < 3) ms = ms * 10 + c;
        i++;
      }
      if (i === start) return undefined;
      for (let n = i - start; n < 3; n++) ms *= 10;
    }
  }
  let offset = 0;
  if (i < s.length) {
    let c = s[i];
    if (c === ' ') {
      i++;
      c = s[i];
    }
    const rest = s.slice(i);
    if (rest === 'Z' || rest === 'z' || rest === 'UTC' || rest === 'GMT') {
      offset = 0;
    } else if (c === '+' || c === '-') {
      const m = /^[+-](\d{1,2})(?::?(\d{2}))?$/.exec(rest);
      if (!m) return undefined;
      const oh = Number(m[1]);
      const om = m[2] ? Number(m[2]) : 0;
      if (oh > 14 || om > 59) return undefined;
      offset = (c === '-' ? -1 : 1) * (oh * 60 + om) * 60_000;
    } else {
      return undefined;
    }
  }
  if (h === 24 && (mi !== 0 || sec !== 0 || ms !== 0)) return undefined;
  return day + h * 3_600_000 + mi * 60_000 + sec * 1000 + ms - offset;
}

/** True when the text is a bare date (day-granular). */
export function isBareDate(text: string): boolean {
  return /^\s*\d{4}-\d{2}-\d{2}\s*$/.test(text);
}

/** Epoch seconds or milliseconds (told apart by magnitude) as written in JSON exports. */
export function fromEpoch(n: number): number | undefined {
  if (!Number.isFinite(n) || n < 0) return undefined;
  const ms = n < 1e11 ? Math.round(n * 1000) : Math.round(n);
  // Past year 9999 is not a time an export means, and Date cannot print it (toISOString throws).
  return ms > MAX_TIME ? undefined : ms;
}

/** 9999-12-31T23:59:59.999Z: the last instant ISO 8601's four-digit years can write. */
const MAX_TIME = 253_402_300_799_999;

/** A time that may be a string or an epoch number. */
export function parseTimeValue(value: unknown): number | undefined {
  if (typeof value === 'number') return fromEpoch(value);
  if (typeof value === 'string') {
    if (/^\d{10,13}(\.\d+)?$/.test(value)) return fromEpoch(Number(value));
    return parseTime(value);
  }
  return undefined;
}
