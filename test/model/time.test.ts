import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAY, iso } from '../../src/model/time.js';

describe('iso', () => {
  it('is toISOString for any instant, asked in any order and again (its cache never answers for another)', () => {
    const instant = fc.oneof(
      fc.integer({ min: -8.64e15, max: 8.64e15 }),
      // Days and weeks of one year, which share cache slots most.
      fc.integer({ min: 0, max: 400 }).map((day) => Date.UTC(2026, 0, 1) + day * DAY),
      fc.integer({ min: 0, max: 400 }).map((day) => Date.UTC(2026, 0, 1) + day * DAY + 1),
    );
    fc.assert(
      fc.property(fc.array(instant, { maxLength: 2000 }), (times) => {
        for (const t of [...times, ...times.reverse()]) expect(iso(t)).toBe(new Date(t).toISOString());
      }),
      { numRuns: 200 },
    );
  });

  it('is null for no instant', () => {
    expect([iso(null), iso(undefined), iso(NaN), iso(Infinity), iso(-Infinity)]).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(iso(-0)).toBe('1970-01-01T00:00:00.000Z');
  });
});
