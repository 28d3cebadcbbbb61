import { describe, expect, test } from 'vitest';
import { parseConfigDate, parseDuration } from '../../src/config/index.js';
import { DAY, HOUR, WEEK } from '../../src/model/time.js';

describe('parseDuration', () => {
  test('hours, days and weeks', () => {
    expect(parseDuration('36h')).toBe(36 * HOUR);
    expect(parseDuration('90d')).toBe(90 * DAY);
    expect(parseDuration('12w')).toBe(12 * WEEK);
    expect(parseDuration('0d')).toBe(0);
  });

  test('anything else, minutes and absurd lengths included, is not a duration', () => {
    for (const text of ['90', '90 d', '90D', '1.5d', '-1d', '30m', '1y', 'd', '', '999999w']) {
      expect(parseDuration(text)).toBeUndefined();
    }
  });
});

describe('parseConfigDate', () => {
  test('a bare date is UTC midnight', () => {
    expect(parseConfigDate('2027-01-15')).toBe(Date.parse('2027-01-15T00:00:00.000Z'));
  });

  test('a date and time with a zone', () => {
    expect(parseConfigDate('2026-11-24T06:00:00Z')).toBe(Date.parse('2026-11-24T06:00:00Z'));
    expect(parseConfigDate('2026-11-24T06:00Z')).toBe(Date.parse('2026-11-24T06:00:00Z'));
    expect(parseConfigDate('2026-11-24T08:00:00+02:00')).toBe(Date.parse('2026-11-24T06:00:00Z'));
    expect(parseConfigDate('2026-11-24T01:00:00-0500')).toBe(Date.parse('2026-11-24T06:00:00Z'));
    expect(parseConfigDate('2026-11-24 06:00:00.1234567Z')).toBe(Date.parse('2026-11-24T06:00:00.123Z'));
  });

  test('calendar and range checks', () => {
    for (const text of [
      '2026-02-29',
      '2026-13-01',
      '2026-04-31',
      '1969-12-31',
      '2026-01-01T24:00:00Z',
      '2026-01-01T10:00:00',
      '2026-1-1',
      'soon',
    ]) {
      expect(parseConfigDate(text)).toBeUndefined();
    }
    expect(parseConfigDate('2028-02-29')).toBe(Date.parse('2028-02-29T00:00:00Z'));
  });
});
