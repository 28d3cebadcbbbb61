import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromEpoch, isBareDate, parseTime, parseTimeValue } from '../../src/sources/parse-time.js';

const t = (iso: string): number => Date.parse(iso);

describe('parseTime', () => {
  it.each([
    ['2026-11-24T06:00:00Z', '2026-11-24T06:00:00.000Z'],
    ['2026-11-24T06:00:00+00:00', '2026-11-24T06:00:00.000Z'],
    ['2026-11-24T06:00:00+0000', '2026-11-24T06:00:00.000Z'],
    ['2026-11-24T06:00:00+00', '2026-11-24T06:00:00.000Z'],
    ['2026-11-23T22:00:00-8:00', '2026-11-24T06:00:00.000Z'],
    ['2026-11-24T11:30:00+05:30', '2026-11-24T06:00:00.000Z'],
    ['2026-11-24 06:00:00 UTC', '2026-11-24T06:00:00.000Z'],
    ['2026-11-24 06:00:00 +0000', '2026-11-24T06:00:00.000Z'],
    ['2026-11-24T06:00Z', '2026-11-24T06:00:00.000Z'],
    ['2026-11-24t06:00:00z', '2026-11-24T06:00:00.000Z'],
    ['2026/11/24 06:00:00', '2026-11-24T06:00:00.000Z'],
    ['2026-11-24T06:00:00.1234567Z', '2026-11-24T06:00:00.123Z'],
    ['2026-11-24T06:00:00,5Z', '2026-11-24T06:00:00.500Z'],
    ['2026-11-24T06:00:00.999999999Z', '2026-11-24T06:00:00.999Z'],
    ['2024-02-29T00:00:00Z', '2024-02-29T00:00:00.000Z'],
    ['2026-11-24T24:00:00Z', '2026-11-25T00:00:00.000Z'],
    [' 2026-11-24T06:00:00Z ', '2026-11-24T06:00:00.000Z'],
  ])('reads %s', (text, expected) => {
    expect(new Date(parseTime(text) as number).toISOString()).toBe(expected);
  });

  it('reads a time without a zone as UTC', () => {
    expect(parseTime('2026-11-24T06:00:00')).toBe(t('2026-11-24T06:00:00Z'));
    expect(parseTime('2026-11-24 06:00:00.250')).toBe(t('2026-11-24T06:00:00.250Z'));
  });

  it('reads a bare date as the end of that UTC day', () => {
    expect(parseTime('2026-11-24')).toBe(t('2026-11-24T23:59:59.999Z'));
    expect(isBareDate('2026-11-24')).toBe(true);
    expect(isBareDate('2026-11-24T00:00:00Z')).toBe(false);
  });

  it.each([
    '2026-02-30',
    '2026-02-29T00:00:00Z',
    '2026-13-01',
    '2026-00-10',
    '2026-11-31T00:00:00Z',
    '2026-11-24T25:00:00Z',
    '2026-11-24T24:30:00Z',
    '2026-11-24T06:60:00Z',
    '2026-11-24T06:00:61Z',
    '2026-11-24T06',
    '2026-11-24T06:0',
    '2026-11-24T06:00:0',
    '2026-11-24T06:00:00.Z',
    '2026-11-24T06:00:00+15:00',
    '2026-11-24T06:00:00+05:60',
    '2026-11-24T06:00:00 PST',
    '2026-11-24X06:00:00',
    '2026-1-24',
    'yesterday',
    '',
    'N/A',
    '１２３４-11-24',
  ])('rejects %j', (text) => {
    expect(parseTime(text)).toBeUndefined();
  });

  it('agrees with Date.parse on every ISO string, in every zone form', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1971-01-01T00:00:00Z'),
          max: new Date('2099-12-31T23:59:59Z'),
          noInvalidDate: true,
        }),
        fc.integer({ min: -12 * 60, max: 14 * 60 }),
        fc.constantFrom('colon', 'plain', 'hours'),
        (date, offsetMinutes, form) => {
          const offset = form === 'hours' ? Math.trunc(offsetMinutes / 60) * 60 : offsetMinutes;
          const local = new Date(date.getTime() + offset * 60_000).toISOString().slice(0, 23);
          const sign = offset < 0 ? '-' : '+';
          const hh = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0');
          const mm = String(Math.abs(offset) % 60).padStart(2, '0');
          const zone =
            form === 'colon' ? `${sign}${hh}:${mm}` : form === 'plain' ? `${sign}${hh}${mm}` : `${sign}${hh}`;
          expect(parseTime(`${local}${zone}`)).toBe(date.getTime());
        },
      ),
      { seed: 42, numRuns: 300 },
    );
  });

  it('returns a number or undefined for any text, never NaN', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: fc.constantFrom(...'0123456789-:T.+Z ') })),
        (text) => {
          const value = parseTime(text);
          expect(value === undefined || Number.isFinite(value)).toBe(true);
        },
      ),
      { seed: 42, numRuns: 1000 },
    );
  });
});

describe('parseTimeValue', () => {
  it('reads epoch seconds and milliseconds, as numbers or digit strings', () => {
    expect(parseTimeValue(1795399200000)).toBe(1795399200000);
    expect(parseTimeValue(1795399200)).toBe(1795399200000);
    expect(parseTimeValue('1795399200000')).toBe(1795399200000);
    expect(parseTimeValue('1795399200.5')).toBe(1795399200500);
    expect(parseTimeValue('2026-11-24T06:00:00Z')).toBe(t('2026-11-24T06:00:00Z'));
  });

  it('refuses what is not a time', () => {
    expect(parseTimeValue(-1)).toBeUndefined();
    expect(parseTimeValue(Number.NaN)).toBeUndefined();
    expect(parseTimeValue(true)).toBeUndefined();
    expect(parseTimeValue(null)).toBeUndefined();
    expect(parseTimeValue({})).toBeUndefined();
    expect(fromEpoch(Infinity)).toBeUndefined();
  });
});
