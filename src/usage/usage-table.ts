// UsageAccumulator's fold for many principals at once, packed: a single buffer holds, per principal (or
// credential), its times, counts, a day bitmap and its hour-of-week profile. A reader folding millions of
// events over thousands of principals is bound by memory, not arithmetic, so the buffer is laid out by
// how often a part is touched: every event's slots and the day bitmap of all rows side by side (128 bytes
// a row: 13,000 rows in 1.7 MB, a few hundred pages), then what only logins and browsers touch, then the
// hour-of-week counters. Events are applied a batch at a time, in the order they came: a loop over a
// batch waits for several rows' cache lines at once. The semantics are UsageAccumulator.record's, to the
// tie; rows leave as UsageSummary.
import type { UsageSummary } from '../model/records.js';
import { DAY, HOUR } from '../model/time.js';
import { DayBits } from './day-bits.js';

const MAX_SAMPLES = 5;
// The hot part of a row, two cache lines: Float64 slots every event touches, then the day bitmap.
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
const DAYS_U32 = 16; // after the eight Float64 slots
const HOT_F64 = 16;
// The cold part, in its own region: logins and interactive samples (Float64 slots).
const LAST_LOGIN = 0;
const LOGIN_EVENTS = 1;
const INTERACTIVE_EVENTS = 2;
const SAMPLES = 3; // interactive samples held + 8 × the index of the oldest
const SAMPLE_AT = 4; // five times, then five detail numbers
const SAMPLE_DETAIL = SAMPLE_AT + MAX_SAMPLES;
const COLD_F64 = 16;
// The hour-of-week counters, in the third region: 16 bits each, carried past 65,535 into `carries`
// (few rows ever carry: a principal with 65,536 events in one hour of the week).
const HOURS = 168;
const CARRY = 0x10000;
/** Bytes per row over the three regions. */
const ROW_BYTES = HOT_F64 * 8 + COLD_F64 * 8 + HOURS * 2;

/** Events recorded before they are applied to the table (see record). */
const BATCH = 256;

/** A table as plain data, to hand to another thread (the buffer can be transferred, not copied). */
export interface UsageTableState {
  buffer: ArrayBuffer;
  rows: number;
  farDays: [number, number[]][];
  carries: [number, number[]][];
}

export class UsageTable {
  private f64: Float64Array;
  private u32: Uint32Array;
  private u16: Uint16Array;
  private capacity: number;
  /** Where the cold region starts (Float64 index), and the hours region (Uint16 index). */
  private cold: number;
  private hours: number;
  rows = 0;
  /** Days outside a row's bitmap (a log spanning more than a year and a quarter). */
  private readonly farDays = new Map<number, DayBits>();
  /** Per row that needs them, its hour counters' carries: how many times each went past 65,535. */
  private readonly carries = new Map<number, Uint32Array>();
  /** Events recorded and not yet applied, in order: row, flags and detail, time. */
  private readonly pendingRows = new Int32Array(BATCH);
  private readonly pendingFlags = new Int32Array(BATCH);
  private readonly pendingAt = new Float64Array(BATCH);
  private pending = 0;

  constructor(capacity = 4096, state?: UsageTableState) {
    const buffer = state?.buffer ?? new ArrayBuffer(capacity * ROW_BYTES);
    this.capacity = buffer.byteLength / ROW_BYTES;
    this.f64 = new Float64Array(buffer);
    this.u32 = new Uint32Array(buffer);
    this.u16 = new Uint16Array(buffer);
    this.cold = this.capacity * HOT_F64;
    this.hours = this.capacity * (HOT_F64 + COLD_F64) * 4;
    if (state) {
      this.rows = state.rows;
      for (const [row, days] of state.farDays) {
        const bits = new DayBits();
        bits.addSorted(days);
        this.farDays.set(row, bits);
      }
      for (const [row, carried] of state.carries) this.carries.set(row, Uint32Array.from(carried));
    }
  }

  /** The table as plain data; post `state.buffer` as a transferable, and use this table no more. */
  state(): UsageTableState {
    this.flush();
    return {
      buffer: this.f64.buffer as ArrayBuffer,
      rows: this.rows,
      farDays: [...this.farDays].map(([row, days]) => [row, days.toArray()]),
      carries: [...this.carries].map(([row, carried]) => [row, Array.from(carried)]),
    };
  }

  /** Forgets every row, as a new table would be, keeping the memory paged in so far. */
  clear(): void {
    // Events not yet applied belong to the rows forgotten.
    this.pending = 0;
    this.f64.fill(0, 0, this.rows * HOT_F64);
    this.f64.fill(0, this.cold, this.cold + this.rows * COLD_F64);
    this.u16.fill(0, this.hours, this.hours + this.rows * HOURS);
    this.rows = 0;
    this.farDays.clear();
    this.carries.clear();
  }

  /** A new, empty row. */
  addRow(): number {
    if (this.rows === this.capacity) this.grow();
    const row = this.rows++;
    const at = row * HOT_F64;
    this.f64[at + FIRST_USE] = Infinity;
    this.f64[at + LAST_USE] = -Infinity;
    this.f64[at + FIRST_MEANINGFUL] = Infinity;
    this.f64[at + LAST_MEANINGFUL] = -Infinity;
    this.f64[at + DAY_BASE] = NaN;
    this.f64[this.cold + row * COLD_F64 + LAST_LOGIN] = -Infinity;
    return row;
  }

  /**
   * UsageAccumulator.record for one row; `detail` numbers an interactive detail (-1: not interactive).
   * Events are applied in batches, in the order they came: a row is mostly not in the cache, and a batch
   * applied in one loop waits for several rows at once, where each event would wait for its own.
   */
  record(row: number, at: number, ok: boolean, login: boolean, meaningful: boolean, detail: number): void {
    const k = this.pending;
    this.pendingRows[k] = row;
    this.pendingAt[k] = at;
    this.pendingFlags[k] = (ok ? 1 : 0) | (login ? 2 : 0) | (meaningful ? 4 : 0) | ((detail + 1) << 3);
    if (++this.pending === BATCH) this.flush();
  }

  /** Applies the events recorded so far. */
  private flush(): void {
    const { pendingRows, pendingAt, pendingFlags } = this;
    for (let k = 0; k < this.pending; k++) {
      const flags = pendingFlags[k];
      this.apply(
        pendingRows[k],
        pendingAt[k],
        (flags & 1) !== 0,
        (flags & 2) !== 0,
        (flags & 4) !== 0,
        (flags >> 3) - 1,
      );
    }
    this.pending = 0;
  }

  private apply(
    row: number,
    at: number,
    ok: boolean,
    login: boolean,
    meaningful: boolean,
    detail: number,
  ): void {
    const f = this.f64;
    const base = row * HOT_F64;
    f[base + EVENTS]++;
    if (!ok) {
      f[base + FAILED_EVENTS]++;
      return;
    }
    if (at < f[base + FIRST_USE]) f[base + FIRST_USE] = at;
    if (at > f[base + LAST_USE]) f[base + LAST_USE] = at;
    if (login || detail !== -1) {
      const cold = this.cold + row * COLD_F64;
      if (login) {
        f[cold + LOGIN_EVENTS]++;
        if (at > f[cold + LAST_LOGIN]) f[cold + LAST_LOGIN] = at;
      }
      if (detail !== -1) {
        f[cold + INTERACTIVE_EVENTS]++;
        this.sample(cold, at, detail);
      }
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
    const slot = weekday * 24 + hour;
    const at16 = this.hours + row * HOURS + slot;
    const count = this.u16[at16] + 1;
    this.u16[at16] = count;
    if (count === CARRY) this.carry(row, slot);
  }

  /** An hour counter went past 65,535 (and now holds 0): its row keeps one more carry for that hour. */
  private carry(row: number, slot: number): void {
    let carried = this.carries.get(row);
    if (!carried) {
      carried = new Uint32Array(HOURS);
      this.carries.set(row, carried);
    }
    carried[slot]++;
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
  private sample(base: number, at: number, detail: number): void {
    const f = this.f64;
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
    this.flush();
    const f = this.f64;
    const base = row * HOT_F64;
    const cold = this.cold + row * COLD_F64;
    const summary: UsageSummary = {
      principal,
      events: f[base + EVENTS],
      meaningfulEvents: f[base + MEANINGFUL_EVENTS],
      loginEvents: f[cold + LOGIN_EVENTS],
      failedEvents: f[base + FAILED_EVENTS],
      interactiveEvents: f[cold + INTERACTIVE_EVENTS],
    };
    // The row's bitmap as a view (no copy); days outside it, rarely any, as a list.
    const first = f[base + DAY_BASE];
    if (first === first) {
      const words = row * HOT_F64 * 2 + DAYS_U32;
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
    if (f[cold + LAST_LOGIN] !== -Infinity) summary.lastLogin = f[cold + LAST_LOGIN];
    const count = f[cold + SAMPLES] & 7;
    if (count > 0) {
      summary.interactive = [];
      for (let i = 0; i < count; i++) {
        summary.interactive.push({
          at: f[cold + SAMPLE_AT + i],
          detail: details[f[cold + SAMPLE_DETAIL + i]],
        });
      }
    }
    if (f[base + MEANINGFUL_EVENTS] > 0) {
      const hours = this.u16.subarray(this.hours + row * HOURS, this.hours + (row + 1) * HOURS);
      const carried = this.carries.get(row);
      if (!carried) summary.hourOfWeek = hours;
      else summary.hourOfWeek = Array.from(hours, (count, slot) => count + carried[slot] * CARRY);
    }
    return summary;
  }

  private addDay(row: number, day: number): void {
    const base = row * HOT_F64;
    let first = this.f64[base + DAY_BASE];
    if (first !== first) {
      first = day - (day & 31) - (DAY_WORDS / 2) * 32;
      this.f64[base + DAY_BASE] = first;
    }
    const offset = day - first;
    if (offset >= 0 && offset < DAY_WORDS * 32)
      this.u32[2 * base + DAYS_U32 + (offset >> 5)] |= 1 << (offset & 31);
    else this.farDay(row, day);
  }

  /** Doubles the capacity: each region moves to its place in the larger buffer. */
  private grow(): void {
    const old = this.capacity;
    this.capacity *= 2;
    const f64 = new Float64Array(this.capacity * (ROW_BYTES / 8));
    const u32 = new Uint32Array(f64.buffer);
    const u16 = new Uint16Array(f64.buffer);
    const cold = this.capacity * HOT_F64;
    const hours = this.capacity * (HOT_F64 + COLD_F64) * 4;
    f64.set(this.f64.subarray(0, old * HOT_F64));
    f64.set(this.f64.subarray(this.cold, this.cold + old * COLD_F64), cold);
    u16.set(this.u16.subarray(this.hours, this.hours + old * HOURS), hours);
    this.f64 = f64;
    this.u32 = u32;
    this.u16 = u16;
    this.cold = cold;
    this.hours = hours;
  }
}
