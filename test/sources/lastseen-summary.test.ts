import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/model/errors.js';
import { lastseenSummaryReader as reader } from '../../src/sources/lastseen-summary.js';
import { collect } from '../helpers/collect.js';
import { readText } from './in-memory.js';

const t = (iso: string): number => Date.parse(iso);
const DEPLOYER = 'arn:aws:iam::111122223333:user/svc-ci-deployer';

describe('lastseen-summary', () => {
  it('turns each row into its principal and the use times the fold needs', async () => {
    const out = await collect(reader, 'lastseen-summary/athena-result.csv');
    expect(out.result.coverage).toBe('events');
    expect(out.accepted).toBe(4);
    expect(out.usage.filter((e) => e.credential === 'AKIAEXAMPLEKEY000001')).toEqual([
      {
        principal: DEPLOYER,
        credential: 'AKIAEXAMPLEKEY000001',
        ok: true,
        line: 2,
        at: t('2026-11-24T02:00:03.250Z'),
        meaningful: true,
      },
      {
        principal: DEPLOYER,
        credential: 'AKIAEXAMPLEKEY000001',
        ok: true,
        line: 2,
        at: t('2026-06-01T02:00:00Z'),
        meaningful: false,
      },
    ]);
    // Used, but never meaningfully: only non-meaningful times.
    expect(
      out.usage.filter((e) => e.principal.endsWith('role/etl-reader')).map((e) => [e.at, e.meaningful]),
    ).toEqual([
      [t('2026-10-01T09:00:00Z'), false],
      [t('2026-07-15T09:00:00Z'), false],
    ]);
    // Listed with no use: a principal, no events.
    expect(out.principals.map((p) => p.principal)).toContain('arn:aws:iam::111122223333:user/idle');
    expect(out.usage.some((e) => e.principal.endsWith('user/idle'))).toBe(false);
  });

  it('rejects inconsistent rows with their line', async () => {
    const out = await collect(reader, 'lastseen-summary/athena-result.csv');
    expect(out.rejected).toEqual([
      { line: 6, reason: 'first_use is after last_use' },
      { line: 7, reason: 'meaningful_events is more than events' },
      { line: 8, reason: 'events is not a whole number' },
    ]);
  });

  it('reads BigQuery times and the window the query covered', async () => {
    const out = await collect(reader, 'lastseen-summary/bigquery-window.csv');
    expect(out.rejected).toEqual([]);
    expect(out.result.summary.window).toEqual({
      from: '2026-08-27T00:00:00.000Z',
      to: '2026-11-25T00:00:00.000Z',
    });
    expect(out.result.summary.generatedAtFrom).toBe('export');
    expect(out.usage.find((e) => e.meaningful)?.at).toBe(t('2026-11-19T12:00:00Z'));
  });

  it('takes the window from the entry when the file does not say', async () => {
    const out = await collect(
      reader,
      'lastseen-summary/athena-result.csv',
      {},
      { generatedAt: t('2026-11-25T00:00:00Z'), window: 180 * 86_400_000 },
    );
    expect(out.result.summary.window).toEqual({
      from: '2026-05-29T00:00:00.000Z',
      to: '2026-11-25T00:00:00.000Z',
    });
  });

  it('refuses a file without the summary columns', async () => {
    await expect(readText(reader, 'user,last\nx,2026-01-01\n')).rejects.toThrow(InputError);
  });

  it('never crashes, and every row is accepted or rejected', async () => {
    const cell = fc.oneof(
      fc.constantFrom('', 'svc', 'k1', '2026-01-01 00:00:00', '2026-12-31T00:00:00Z', '0', '5', '-1', 'x'),
      fc.string({ maxLength: 5 }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(cell, { minLength: 8, maxLength: 8 }), { maxLength: 8 }),
        async (rows) => {
          const body = rows.map((r) => r.map((v) => `"${v.replace(/"/g, '""')}"`).join(','));
          const text = [
            'principal,credential,first_use,last_use,last_meaningful_use,events,meaningful_events,active_days',
            ...body,
          ].join('\n');
          const out = await readText(reader, text, {}, 11);
          expect(out.accepted + out.rejected.length).toBe(rows.length);
        },
      ),
      { seed: 42, numRuns: 300 },
    );
  });
});
