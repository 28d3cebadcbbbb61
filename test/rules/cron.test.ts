import { describe, expect, it } from 'vitest';
import { expectedHoursOfWeek, parseCron } from '../../src/rules/cron.js';
import { NOW } from './helpers.js';

describe('parseCron', () => {
  it('reads numbers, ranges, lists, steps and names; weekdays count from Monday', () => {
    const cron = parseCron('*/15 9-17 * * MON-FRI');
    expect([...cron.minutes]).toEqual([0, 15, 30, 45]);
    expect([...cron.hours]).toEqual([9, 10, 11, 12, 13, 14, 15, 16, 17]);
    expect([...cron.weekdays].sort()).toEqual([0, 1, 2, 3, 4]);
    expect([...parseCron('0 3 * * 0').weekdays]).toEqual([6]);
    expect([...parseCron('0 3 * * 7').weekdays]).toEqual([6]);
  });

  it('a day of the month can fall on any weekday', () => {
    expect(parseCron('0 4 1 * *').weekdays.size).toBe(7);
    expect(parseCron('@monthly').weekdays.size).toBe(7);
  });

  it('throws on what it cannot read', () => {
    expect(() => parseCron('0 2 * *')).toThrow('a cron expression has 5 fields, not 4');
    expect(() => parseCron('0 25 * * *')).toThrow('"25" is not between 0 and 23');
    expect(() => parseCron('0 2 L * *')).toThrow();
  });
});

describe('expectedHoursOfWeek', () => {
  it('widens each run by its tolerance', () => {
    const hours = expectedHoursOfWeek({ cron: '30 2 * * 1', tolerance: 3_600_000 }, NOW);
    expect([...hours].sort((a, b) => a - b)).toEqual([1, 2, 3]);
  });

  it('wraps around the end of the week', () => {
    const hours = expectedHoursOfWeek({ cron: '0 0 * * 1', tolerance: 3_600_000 }, NOW);
    expect([...hours].sort((a, b) => a - b)).toEqual([0, 1, 167]);
  });
});
