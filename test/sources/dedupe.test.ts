import { describe, expect, it } from 'vitest';
import { DaysSeen, RecentIds } from '../../src/sources/dedupe.js';

const day = (iso: string) => Date.parse(`${iso}T12:00:00Z`);

describe('RecentIds', () => {
  it('recognises a repeat within its capacity and forgets the oldest beyond it', () => {
    const recent = new RecentIds(3);
    expect(['a', 'b', 'a', 'c', 'd'].map((id) => recent.seen(id))).toEqual([
      false,
      false,
      true,
      false,
      false,
    ]);
    // 'a' was the oldest of a, b, c when d arrived: forgotten.
    expect(recent.seen('a')).toBe(false);
    expect(recent.seen('d')).toBe(true);
  });
});

describe('DaysSeen', () => {
  it('marks one bit per key and UTC day, in any order of days', () => {
    const days = new DaysSeen();
    expect(days.mark('U1', day('2026-11-10'))).toBe(false);
    expect(days.mark('U1', Date.parse('2026-11-10T23:59:59Z'))).toBe(true);
    expect(days.mark('U2', day('2026-11-10'))).toBe(false);
    expect(days.mark('U1', day('2025-01-03'))).toBe(false);
    expect(days.mark('U1', day('2027-06-30'))).toBe(false);
    expect(days.mark('U1', day('2025-01-03'))).toBe(true);
    expect(days.mark('U1', day('2026-11-10'))).toBe(true);
    expect(days.mark('U1', day('2026-11-11'))).toBe(false);
  });

  it('does not track days outside 1970–2169, so a stray date cannot grow memory', () => {
    const days = new DaysSeen();
    expect(days.mark('U1', day('9999-01-01'))).toBe(false);
    expect(days.mark('U1', day('9999-01-01'))).toBe(false);
  });
});
