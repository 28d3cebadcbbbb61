import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { oktaSystemLog } from '../../src/sources/okta-system-log.js';
import { collect } from '../helpers/collect.js';
import { collectGzipped } from '../helpers/gzip.js';
import { readText } from '../helpers/read-text.js';

const t = (iso: string) => Date.parse(iso);

describe('okta-system-log', () => {
  it('reads the documented event array with the semantics of each event', async () => {
    const out = await collect(oktaSystemLog, 'okta-system-log/main-example.json');
    expect(out.rejected).toEqual([]);
    expect(out.accepted).toBe(8);
    const byType = (type: string, at?: string) =>
      out.usage.find((e) => e.action === type && (at === undefined || e.at === t(at)));

    // An API-token call is logged as the token's creator; the token is the credential.
    expect(byType('group.user_membership.add', '2026-11-20T14:03:11.512Z')).toEqual({
      principal: '00u1svcprov',
      credential: 'api-token:00T1provtoken',
      at: t('2026-11-20T14:03:11.512Z'),
      action: 'group.user_membership.add',
      meaningful: true,
      interactive: false,
      ok: true,
      line: 2,
    });
    // Denied: not use.
    expect(byType('group.user_membership.add', '2026-11-22T14:03:11.000Z')).toMatchObject({
      ok: false,
      meaningful: false,
    });
    // A browser session start is a login, and interactive.
    expect(byType('user.session.start', '2026-11-21T08:00:00.000Z')).toMatchObject({
      principal: '00u1alice',
      login: true,
      meaningful: false,
      interactive: true,
      detail: 'SAFARI on Mac OS X',
      ok: true,
    });
    // An admin acting in the console: meaningful and interactive.
    expect(byType('user.lifecycle.deactivate')).toMatchObject({ meaningful: true, interactive: true });
    // A token grant to a service app: a login, not use.
    expect(byType('app.oauth2.as.token.grant.access_token')).toMatchObject({
      principal: '0oa1reportapp',
      login: true,
      meaningful: false,
      interactive: false,
    });
    // Changing one's own password is lifecycle, not use; a failed sign-in is not ok.
    expect(byType('user.account.update_password')).toMatchObject({ meaningful: false, ok: true });
    expect(byType('user.session.start', '2026-11-22T09:29:00.000Z')).toMatchObject({
      ok: false,
      login: true,
    });
  });

  it('names each actor once, with its alternateId in lower case, and keeps Okta itself out of scope', async () => {
    const out = await collect(oktaSystemLog, 'okta-system-log/main-example.json');
    expect(out.principals.map((p) => [p.principal, p.aliases, p.outOfScope ?? false])).toEqual([
      ['00u1svcprov', ['svc-provisioner@acme.example'], false],
      ['00u1alice', ['alice@acme.example'], false],
      ['0oa1reportapp', ['reporting-service'], false],
      ['00u1bob', ['bob@acme.example'], false],
      ['0oa1okta', ['system@okta.com'], true],
    ]);
  });

  it('is an event log: its window runs from the oldest to the newest event', async () => {
    const out = await collect(oktaSystemLog, 'okta-system-log/main-example.json');
    expect(out.result.coverage).toBe('events');
    expect(out.result.platform).toBe('okta');
    expect(out.result.summary.window).toEqual({
      from: '2026-11-20T14:03:11.512Z',
      to: '2026-11-23T00:00:00.000Z',
    });
    expect(out.result.summary.blindSpots?.[0]).toMatch(/90 days/);
  });

  it('reads a list of pages', async () => {
    const out = await collect(oktaSystemLog, 'okta-system-log/pages.json');
    expect(out.usage.map((e) => e.action)).toEqual(['user.lifecycle.create', 'user.lifecycle.activate']);
  });

  it('counts an event repeated by overlapping exports once, by uuid', async () => {
    const out = await collect(oktaSystemLog, 'okta-system-log/overlapping-lines.jsonl');
    expect(out.accepted).toBe(4);
    expect(out.result.summary.duplicates).toBe(1);
    expect(out.usage).toHaveLength(3);
  });

  it('finds duplicates across the files of one entry', async () => {
    const out = await collect(oktaSystemLog, 'okta-system-log/{pages.json,overlapping-lines.jsonl}');
    expect(out.usage).toHaveLength(3);
    expect(out.result.summary.duplicates).toBe(3);
  });

  it('rejects malformed events with their line', async () => {
    const out = await collect(oktaSystemLog, 'okta-system-log/malformed-element.jsonl');
    expect(out.accepted).toBe(1);
    expect(out.rejected.map((r) => r.line)).toEqual([2, 3, 4, 5, 5, 5, 7]);
    expect(out.rejected[1].reason).toBe('no actor.id');
    expect(out.rejected[2].reason).toBe('published is missing or not a time');
    expect(out.rejected[3].reason).toBe('[0]: expected an object, found a string');
    expect(out.rejected[6].reason).toBe('no eventType');
  });

  it('reads a gzipped export', async () => {
    const out = await collectGzipped(oktaSystemLog, 'okta-system-log/main-example.json');
    expect(out.accepted).toBe(8);
  });

  it('never throws, and every event is accepted or rejected (property)', async () => {
    const event = fc.record(
      {
        uuid: fc.oneof(fc.uuid(), fc.constant('dup')),
        published: fc.oneof(
          fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
          fc.string(),
        ),
        eventType: fc.constantFrom(
          'user.session.start',
          'user.lifecycle.create',
          'app.oauth2.token.grant',
          '',
        ),
        actor: fc.record(
          { id: fc.string(), type: fc.constantFrom('User', 'SystemPrincipal'), alternateId: fc.string() },
          { requiredKeys: [] },
        ),
        outcome: fc.record({ result: fc.constantFrom('SUCCESS', 'FAILURE', 'DENY', 'SKIPPED', 'CHALLENGE') }),
        transaction: fc.record({
          type: fc.constantFrom('WEB', 'JOB'),
          detail: fc.oneof(fc.constant(null), fc.record({ requestApiTokenId: fc.string() })),
        }),
        client: fc.jsonValue(),
        target: fc.jsonValue(),
      },
      { requiredKeys: [] },
    );
    const item = fc.oneof(
      event,
      fc.jsonValue().filter((v) => !Array.isArray(v)),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(item, { maxLength: 10 }), fc.boolean(), async (items, lines) => {
        const body = lines ? items.map((i) => JSON.stringify(i)).join('\n') : JSON.stringify(items);
        const out = await readText(oktaSystemLog, body);
        expect(out.accepted + out.rejected.length).toBe(items.length);
        for (const r of out.rejected) expect(r.reason.length).toBeGreaterThan(0);
        for (const e of out.usage) expect(e.meaningful && (e.login || !e.ok)).toBe(false);
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it('never throws on arbitrary text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 400 }), async (text) => {
        await readText(oktaSystemLog, text);
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});
