import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { slackMemberAnalytics } from '../../src/sources/slack-member-analytics.js';
import { collect } from '../helpers/collect.js';
import { collectGzipped } from '../helpers/gzip.js';
import { readText } from '../helpers/read-text.js';

const t = (iso: string) => Date.parse(iso);
const DIR = 'slack-member-analytics';

describe('slack-member-analytics', () => {
  it('reads a daily file: an active member used Slack that day, at the end of the UTC day', async () => {
    const out = await collect(slackMemberAnalytics, `${DIR}/2026-11-20.json`);
    expect(out.rejected).toEqual([]);
    expect(out.accepted).toBe(4);
    expect(out.usage).toEqual([
      {
        principal: 'U0ALICE',
        at: t('2026-11-20T23:59:59.999Z'),
        action: 'active',
        meaningful: true,
        interactive: true,
        ok: true,
        line: 1,
        detail: 'Slack desktop, iOS client',
      },
      // Active only through apps and workflows: use, but not a person at a client.
      {
        principal: 'U0DEPLOYBOT',
        at: t('2026-11-20T23:59:59.999Z'),
        action: 'active',
        meaningful: true,
        interactive: false,
        ok: true,
        line: 2,
      },
    ]);
    // Alice's row from a second workspace adds no second use of the same day.
  });

  it('names each member once, by user id with the e-mail as an alias', async () => {
    const out = await collect(slackMemberAnalytics, `${DIR}/2026-11-20.json`);
    expect(out.principals).toEqual([
      {
        principal: 'U0ALICE',
        aliases: ['alice@acme.example'],
        createdAt: t('2022-04-26T19:06:40Z'),
        line: 1,
      },
      {
        principal: 'U0DEPLOYBOT',
        aliases: ['deploy-bot@acme.example'],
        createdAt: t('2023-11-14T22:13:20Z'),
        line: 2,
      },
      // date_claimed 0: an invitation never accepted, no creation time.
      { principal: 'U0IDLE', aliases: ['idle.contractor@partner.example'], line: 3 },
    ]);
  });

  it('covers exactly its date: an event log whose window is the whole day', async () => {
    const out = await collect(slackMemberAnalytics, `${DIR}/2026-11-20.json`);
    expect(out.result.coverage).toBe('events');
    expect(out.result.platform).toBe('slack');
    expect(out.result.summary.generatedAt).toBe('2026-11-20T23:59:59.999Z');
    expect(out.result.summary.window).toEqual({
      from: '2026-11-20T00:00:00.000Z',
      to: '2026-11-20T23:59:59.999Z',
    });
  });

  it('reads several days together, and names a member again once the claim date appears', async () => {
    const out = await collect(slackMemberAnalytics, `${DIR}/2026-11-2?.json`);
    expect(out.result.summary.window).toEqual({
      from: '2026-11-20T00:00:00.000Z',
      to: '2026-11-21T23:59:59.999Z',
    });
    expect(out.usage.map((e) => [e.principal, new Date(e.at).toISOString()])).toEqual([
      ['U0ALICE', '2026-11-20T23:59:59.999Z'],
      ['U0DEPLOYBOT', '2026-11-20T23:59:59.999Z'],
      ['U0IDLE', '2026-11-21T23:59:59.999Z'],
    ]);
    expect(out.principals.filter((p) => p.principal === 'U0IDLE').map((p) => p.createdAt)).toEqual([
      undefined,
      t('2025-11-21T00:00:00Z'),
    ]);
  });

  it('counts the rows of a date downloaded twice once', async () => {
    const out = await collect(slackMemberAnalytics, `${DIR}/*2026-11-20.json`);
    expect(out.accepted).toBe(8);
    expect(out.result.summary.duplicates).toBe(4);
    expect(out.usage).toHaveLength(2);
  });

  it('rejects malformed rows with their line', async () => {
    const out = await collect(slackMemberAnalytics, `${DIR}/malformed-element.json`);
    expect(out.accepted).toBe(1);
    expect(out.rejected.map((r) => [r.line, r.reason.replace(/:.*/, '')])).toEqual([
      [2, 'no user_id'],
      [3, 'date is missing or not a YYYY-MM-DD date'],
      [4, 'is_active is not true or false'],
      [5, 'not valid JSON'],
    ]);
  });

  it('reports a saved API error instead of a row', async () => {
    const out = await collect(slackMemberAnalytics, `${DIR}/api-error.json`);
    expect(out.rejected).toEqual([
      { line: 1, reason: 'the saved response is an API error: file_not_yet_available' },
    ]);
  });

  it('reads the gzipped file that the API returns', async () => {
    const out = await collectGzipped(slackMemberAnalytics, `${DIR}/2026-11-20.json`);
    expect(out.accepted).toBe(4);
    expect(out.usage).toHaveLength(2);
  });

  it('never throws, and every row is accepted or rejected (property)', async () => {
    const row = fc.record(
      {
        date: fc.oneof(
          fc
            .date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true })
            .map((d) => d.toISOString().slice(0, 10)),
          fc.string(),
        ),
        user_id: fc.oneof(fc.stringMatching(/^U[0-9A-Z]{1,4}$/), fc.constant(null)),
        team_id: fc.constantFrom('T1', 'T2'),
        email_address: fc.oneof(fc.emailAddress(), fc.constant(null)),
        is_active: fc.oneof(fc.boolean(), fc.constant('yes')),
        is_active_desktop: fc.boolean(),
        date_claimed: fc.oneof(fc.constant(0), fc.integer({ min: -5, max: 2_000_000_000 }), fc.string()),
      },
      { requiredKeys: [] },
    );
    const item = fc.oneof(
      row,
      fc.jsonValue().filter((v) => !Array.isArray(v)),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(item, { maxLength: 12 }), async (items) => {
        const out = await readText(slackMemberAnalytics, items.map((i) => JSON.stringify(i)).join('\n'));
        expect(out.accepted + out.rejected.length).toBe(items.length);
        for (const e of out.usage) expect(new Date(e.at).toISOString()).toMatch(/T23:59:59\.999Z$/);
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it('never throws on arbitrary text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 400 }), async (text) => {
        await readText(slackMemberAnalytics, text);
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});
