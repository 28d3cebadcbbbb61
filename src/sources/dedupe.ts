// Duplicate detection that keeps memory bounded (DESIGN.md §3: memory grows with principals, never with
// events). Overlapping exports repeat records at their edges, and a source entry may glob several files,
// so the state lives for one read of one source entry: it is keyed by the sink that read.ts hands every
// file of that read (a fresh object per read), and dropped with it.
import { DAY } from '../model/time.js';
import type { ReadContext } from './types.js';

const STATE = new WeakMap<object, Map<string, unknown>>();

/** State shared by every file of one source read, created on first use under `name`. */
export function perSource<T>(ctx: ReadContext, name: string, create: () => T): T {
  let states = STATE.get(ctx.sink);
  if (!states) {
    states = new Map();
    STATE.set(ctx.sink, states);
  }
  if (!states.has(name)) states.set(name, create());
  return states.get(name) as T;
}

export const RECENT_IDS = 100_000;

/** 2170-01-01: beyond it DaysSeen does not track days. */
const MAX_DAY = 73_049;

/**
 * The last `capacity` event ids, oldest forgotten first. Duplicates from overlapping exports sit close
 * together (the end of one export, the start of the next), so a window of recent ids finds them while
 * memory stays fixed; a repeat further apart than `capacity` events is not recognised.
 */
export class RecentIds {
  private readonly ids = new Set<string>();
  private readonly order: string[] = [];
  private next = 0;

  constructor(private readonly capacity = RECENT_IDS) {}

  /** True when `id` was seen among the recent ids; otherwise remembers it. */
  seen(id: string): boolean {
    if (this.ids.has(id)) return true;
    if (this.order.length < this.capacity) {
      this.order.push(id);
    } else {
      this.ids.delete(this.order[this.next]);
      this.order[this.next] = id;
      this.next = (this.next + 1) % this.capacity;
    }
    this.ids.add(id);
    return false;
  }
}

/**
 * One bit per principal per UTC day: exact duplicate detection for day-granular data, in memory that
 * grows with principals times the days the data spans (a year is 46 bytes a principal).
 */
export class DaysSeen {
  private readonly days = new Map<string, { first: number; bits: Uint8Array }>();

  /** True when (`key`, day of `t`) was already marked; otherwise marks it. */
  mark(key: string, t: number): boolean {
    const day = Math.floor(t / DAY);
    // A stray far date must not grow one principal's bitmap to megabytes: such days go unchecked.
    if (!(day >= 0 && day < MAX_DAY)) return false;
    let entry = this.days.get(key);
    if (!entry) {
      entry = { first: day, bits: new Uint8Array(8) };
      this.days.set(key, entry);
    }
    if (day < entry.first) {
      const shift = Math.ceil((entry.first - day) / 8) * 8;
      const grown = new Uint8Array(entry.bits.length + shift / 8);
      grown.set(entry.bits, shift / 8);
      entry = { first: entry.first - shift, bits: grown };
      this.days.set(key, entry);
    }
    const offset = day - entry.first;
    if (offset >= entry.bits.length * 8) {
      const grown = new Uint8Array(Math.max(entry.bits.length * 2, (offset >> 3) + 1));
      grown.set(entry.bits);
      entry.bits = grown;
    }
    const mask = 1 << (offset & 7);
    if (entry.bits[offset >> 3] & mask) return true;
    entry.bits[offset >> 3] |= mask;
    return false;
  }
}
