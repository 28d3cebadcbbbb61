// UsageAccumulator's fold for many principals at once, packed: one row of a single buffer per principal
// (or credential) holds its times, counts, a day bitmap and its hour-of-week profile. A reader folding
// millions of events over thousands of principals is bound by memory, not arithmetic: an event touches
// one to three cache lines of one row here, where separate objects and arrays cost twice that in
// dependent loads. The semantics are UsageAccumulator.record's, to the tie; rows leave as UsageSummary.
import type { UsageSummary } from '../model/records.js';
import { DAY, HOUR } from '../model/time.js';
import { DayBits } from './day-bits.js';

const MAX_SAMPLES = 5;
// A row: the slots every event touches first (one cache line), then the day bitmap (the next line),
// then what only some events touch (logins, interactive samples), then the hour-of-week counters.
// Float64 slots:
const FIRST_USE = 0;
const LAST_USE = 1;
const FIRST_MEANINGFUL = 2;
const LAST_MEANINGFUL = 3;
const EVENTS = 4;
const MEANINGFUL_EVENTS = 5;
// First day of the row's bitmap, centred on the first meaningful day (events come in any order), in
// whole words; NaN until a meaningful use.
const DAY_BASE = 6;
const FAILED_EVENTS = 7;
// The bitmap covers DAY_WORDS × 32 days around the first meaningful day; others go to `farDays`.
const DAY_WORDS = 16;
const DAYS_F64 = 8; // DAY_WORDS Uint32 words take the Float64 slots 8 to 15
const LAST_LOGIN = DAYS_F64 + DAY_WORDS / 2;
const LOGIN_EVENTS = LAST_LOGIN + 1;
const INTERACTIVE_EVENTS = LAST_LOGIN + 2;
const SAMPLES = LAST_LOGIN + 3; // interactive samples held + 8 × the index of the oldest
const SAMPLE_AT = SAMPLES + 1; // five times, then five detail numbers
const SAMPLE_DETAIL = SAMPLE_AT + MAX_SAMPLES;
// Slots up to SAMPLE_DETAIL + MAX_SAMPLES (30), rounded up to whole cache lines; so are rows, and a
// large buffer starts on a page: every row's first slots share one line.
const SCALARS = 32;
const ROW_BYTES = Math.ceil((SCALARS * 8 + 168 * 4) / 64) * 64;
const ROW_F64 = ROW_BYTES / 8;
const ROW_U32 = ROW_BYTES / 4;
const DAYS_AT = DAYS_F64 * 2;
const HOURS_AT = SCALARS * 2;

/** A table as plain data, to hand to another thread (the buffer can be transferred, not copied). */
export interface UsageTableState {
  buffer: ArrayBuffer;
  rows: number;
  farDays: [number, number[]][];
}

export class UsageTable {
  private f64: Float64Array;
  private u32: Uint32Array;
  private capacity: number;
  rows = 0;
  /** Days outside a row's bitmap (a log spanning more than a year and a quarter). */
  private readonly farDays = new Map<number, DayBits>();

  constructor(capacity = 4096, state?: UsageTableState) {
    const buffer = state?.buffer ?? new ArrayBuffer(capacity * ROW_BYTES);
    this.capacity = buffer.byteLength / ROW_BYTES;
    this.f64 = new Float64Array(buffer);
    this.u32 = new Uint32Array(buffer);
    if (state) {
      this.rows = state.rows;
      for (const [row, days] of state.farDays) {
        const bits = new DayBits();
        bits.addSorted(days);
        this.farDays.set(row, bits);
      }
    }
  }

  /** The table as plain data; post `state.buffer` as a transferable, and use this table no more. */
  state(): UsageTableState {
    return {
      buffer: this.f64.buffer as ArrayBuffer,
      rows: this.rows,
      farDays: [...this.farDays].map(([row, days]) => [row, days.toArray()]),
    };
  }

  /** A new, empty row. */
  addRow(): number {
    if (this.rows === this.capacity) this.grow();
    const row = this.rows++;
    const at = row * ROW_F64;
    this.f64[at + FIRST_USE] = Infinity;
    this.f64[at + LAST_USE] = -Infinity;
    this.f64[at + FIRST_MEANINGFUL] = Infinity;
    this.f64[at + LAST_MEANINGFUL] = -Infinity;
    this.f64[at + LAST_LOGIN] = -Infinity;
    this.f64[at + DAY_BASE] = NaN;
    return row;
  }

  /** UsageAccumulator.record for one row; `detail` numbers an interactive detail (-1: not interactive). */
  record(row: number, at: number, ok: boolean, login: boolean, meaningful: boolean, detail: number): void {
    const f = this.f64;
    const base = row * ROW_F64;
    f[base + EVENTS]++;
    if (!ok) {
      f[base + FAILED_EVENTS]++;
      return;
    }
    if (at < f[base + FIRST_USE]) f[base + FIRST_USE] = at;
    if (at > f[base + LAST_USE]) f[base + LAST_USE] = at;
    if (login) {
      f[base + LOGIN_EVENTS]++;
      if (at > f[base + LAST_LOGIN]) f[base + LAST_LOGIN] = at;
    }
    if (detail !== -1) {
      f[base + INTERACTIVE_EVENTS]++;
      this.sample(row, at, detail);
    }
    if (!meaningful) return;
    f[base + MEANINGFUL_EVENTS]++;
    if (at < f[base + FIRST_MEANINGFUL]) f[base + FIRST_MEANINGFUL] = at;
    if (at > f[base + LAST_MEANINGFUL]) f[base + LAST_MEANINGFUL] = at;
    const day = Math.floor(at / DAY);
    this.addDay(row, day);
    // Epoch day 0 was a Thursday; hour 0 of the profile is Monday 00:00 UTC.
    const hour = Math.floor((at - day * DAY) / HOUR);
    const weekday = (((day + 3) % 7) + 7) % 7;
    this.u32[row * ROW_U32 + HOURS_AT + weekday * 24 + hour]++;
  }

  private farDay(row: number, day: number): void {
    let days = this.farDays.get(row);
    if (!days) {
      days = new DayBits();
      this.farDays.set(row, days);
    }
    days.add(day);
  }

  /** UsageAccumulator's sampling: the newest five; a newer one replaces the first of the oldest. */
  private sample(row: number, at: number, detail: number): void {
    const f = this.f64;
    const base = row * ROW_F64;
    const state = f[base + SAMPLES];
    const count = state & 7;
    if (count < MAX_SAMPLES) {
      f[base + SAMPLE_AT + count] = at;
      f[base + SAMPLE_DETAIL + count] = detail;
      f[base + SAMPLES] = count + 1 === MAX_SAMPLES ? MAX_SAMPLES + 8 * this.oldest(base) : count + 1;
      return;
    }
    const oldest = state >> 3;
    if (f[base + SAMPLE_AT + oldest] < at) {
      f[base + SAMPLE_AT + oldest] = at;
      f[base + SAMPLE_DETAIL + oldest] = detail;
      f[base + SAMPLES] = MAX_SAMPLES + 8 * this.oldest(base);
    }
  }

  private oldest(base: number): number {
    const f = this.f64;
    let oldest = 0;
    for (let i = 1; i < MAX_SAMPLES; i++)
      if (f[base + SAMPLE_AT + i] < f[base + SAMPLE_AT + oldest]) oldest = i;
    return oldest;
  }

  /**
   * The row as a UsageSummary, interactive details named by `details`. Its hourOfWeek is a view into
   * this table (no copy per row): the receiving fold may keep it, so the table is not used after.
   */
  summary(
    row: number,
    principal: string,
    credential: string | undefined,
    details: readonly string[],
  ): UsageSummary {
    const f = this.f64;
    const base = row * ROW_F64;
    const summary: UsageSummary = {
      principal,
      events: f[base + EVENTS],
      meaningfulEvents: f[base + MEANINGFUL_EVENTS],
      loginEvents: f[base + LOGIN_EVENTS],
      failedEvents: f[base + FAILED_EVENTS],
      interactiveEvents: f[base + INTERACTIVE_EVENTS],
    };
    // The row's bitmap as a view (no copy); days outside it, rarely any, as a list.
    const first = f[base + DAY_BASE];
    if (first === first) {
      const words = row * ROW_U32 + DAYS_AT;
      summary.dayWords = { base: first, words: this.u32.subarray(words, words + DAY_WORDS) };
      const far = this.farDays.get(row);
      if (far) summary.days = far.toArray();
    }
    if (credential !== undefined) summary.credential = credential;
    // Infinite means none: set one by one, no intermediate arrays (this runs once per principal).
    if (f[base + FIRST_USE] !== Infinity) summary.firstUse = f[base + FIRST_USE];
    if (f[base + LAST_USE] !== -Infinity) summary.lastUse = f[base + LAST_USE];
    if (f[base + FIRST_MEANINGFUL] !== Infinity) summary.firstMeaningfulUse = f[base + FIRST_MEANINGFUL];
    if (f[base + LAST_MEANINGFUL] !== -Infinity) summary.lastMeaningfulUse = f[base + LAST_MEANINGFUL];
    if (f[base + LAST_LOGIN] !== -Infinity) summary.lastLogin = f[base + LAST_LOGIN];
    const count = f[base + SAMPLES] & 7;
    if (count > 0) {
      summary.interactive = [];
      for (let i = 0; i < count; i++) {
        summary.interactive.push({
          at: f[base + SAMPLE_AT + i],
          detail: details[f[base + SAMPLE_DETAIL + i]],
        });
      }
    }
    if (f[base + MEANINGFUL_EVENTS] > 0) {
      const hours = row * ROW_U32 + HOURS_AT;
      summary.hourOfWeek = this.u32.subarray(hours, hours + 168);
    }
    return summary;
  }

  private addDay(row: number, day: number): void {
    const base = row * ROW_F64;
    let first = this.f64[base + DAY_BASE];
    if (first !== first) {
      first = day - (day & 31) - (DAY_WORDS / 2) * 32;
      this.f64[base + DAY_BASE] = first;
    }
    const offset = day - first;
    if (offset >= 0 && offset < DAY_WORDS * 32)
      this.u32[row * ROW_U32 + DAYS_AT + (offset >> 5)] |= 1 << (offset & 31);
    else this.farDay(row, day);
  }

  private grow(): void {
    this.capacity *= 2;
    const buffer = new ArrayBuffer(this.capacity * ROW_BYTES);
    const f64 = new Float64Array(buffer);
    f64.set(this.f64);
    this.f64 = f64;
    this.u32 = new Uint32Array(buffer);
  }
}
