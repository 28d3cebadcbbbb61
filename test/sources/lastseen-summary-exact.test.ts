// With a sink that takes summaries (the pipeline's fold), a lastseen-summary row folds exactly: its
// times, its event counts and its active days, per principal and per credential.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SourceEntry } from '../../src/model/config.js';
import { lastseenSummaryReader as reader } from '../../src/sources/lastseen-summary.js';
import { readSource } from '../../src/sources/read.js';
import { UsageFold } from '../../src/usage/fold.js';
import { FIXTURES } from '../helpers/collect.js';

const t = (iso: string): number => Date.parse(iso);
const DAY = 86_400_000;
const DEPLOYER = 'arn:aws:iam::111122223333:user/svc-ci-deployer';

async function fold(file: string): Promise<UsageFold> {
  const usage = new UsageFold();
  const entry: SourceEntry = {
    type: reader.type,
    path: file,
    baseDir: path.join(FIXTURES, 'lastseen-summary'),
    options: {},
    location: { path: 'lastseen.yml', line: 1 },
  };
  await readSource(entry, reader, usage.sinkFor(0, 'summary'), {
    workspace: FIXTURES,
    now: t('2026-11-25T12:00:00Z'),
  });
  return usage;
}

describe('lastseen-summary, folded exactly', () => {
  it('carries the counts and active days of a principal row and of a credential row', async () => {
    const usage = await fold('athena-result.csv');
    const principal = usage.principals.get(DEPLOYER)!.usage.toStats();
    expect(principal).toMatchObject({
      firstUse: t('2026-06-01T02:00:00Z'),
      lastUse: t('2026-11-24T02:00:03.250Z'),
      lastMeaningfulUse: t('2026-11-24T02:00:03.250Z'),
      events: 48230,
      meaningfulEvents: 48190,
      activeDays: 176,
      // Only the day of the last meaningful use is known; the other 175 are counted, not invented.
      days: [Math.floor(t('2026-11-24T02:00:03.250Z') / DAY)],
    });
    const key = usage.credentials.get(`${DEPLOYER}\nAKIAEXAMPLEKEY000001`)!.usage.toStats();
    expect([key.events, key.meaningfulEvents, key.activeDays]).toEqual([48210, 48190, 176]);
    const reader = usage.principals.get('arn:aws:iam::111122223333:role/etl-reader')!.usage.toStats();
    expect(reader).toMatchObject({
      firstUse: t('2026-07-15T09:00:00Z'),
      lastUse: t('2026-10-01T09:00:00Z'),
      lastMeaningfulUse: undefined,
      events: 12,
      meaningfulEvents: 0,
    });
    expect(usage.principals.get('arn:aws:iam::111122223333:user/idle')!.usage.toStats().events).toBe(0);
  });

  it('sums a principal listed only through its credentials, bounding its active days', async () => {
    const usage = await fold('credentials-only.csv');
    expect(usage.principals.get('svc-etl')!.usage.toStats()).toMatchObject({
      firstUse: t('2026-08-01T00:00:00Z'),
      lastUse: t('2026-11-20T00:00:00Z'),
      lastMeaningfulUse: t('2026-11-19T00:00:00Z'),
      events: 65,
      meaningfulEvents: 50,
      activeDays: 15,
    });
    expect(usage.credentials.get('svc-etl\nkey-a')!.usage.toStats().events).toBe(40);
    expect(usage.principals.get('svc-quiet')!.usage.toStats().events).toBe(0);
  });
});
