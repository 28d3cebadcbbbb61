import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { githubPats } from '../../src/sources/github-pats.js';
import { collect } from '../helpers/collect.js';
import { collectGzipped } from '../helpers/gzip.js';
import { readText } from '../helpers/read-text.js';

const t = (iso: string) => Date.parse(iso);

describe('github-pats', () => {
  it('reads the documented response: one principal and one credential per grant', async () => {
    const out = await collect(githubPats, 'github-pats/main-example.json');
    expect(out.rejected).toEqual([]);
    expect(out.accepted).toBe(3);
    expect(out.principals.map((p) => [p.principal, p.aliases])).toEqual([
      ['pat:3001', ['token:3001']],
      ['pat:3002', ['token:3002']],
      ['pat:3003', ['token:3003']],
    ]);
    const [release, report, triage] = out.credentials;
    expect(release).toMatchObject({
      principal: 'pat:3001',
      credential: 'token:3001',
      createdAt: t('2026-03-02T17:15:00Z'),
      expiresAt: t('2027-03-02T17:15:00Z'),
      lastUsedAt: t('2026-11-20T04:00:12Z'),
      active: true,
      credentialKind: 'fine-grained-pat',
    });
    expect(release.state).toBeUndefined();
    // null last use is "never used"; null expiry is "does not expire".
    expect(report).toMatchObject({ lastUsedAt: null, expiresAt: null, active: true });
    expect(triage).toMatchObject({ active: false, state: 'expired', lastUsedAt: t('2026-08-30T17:45:00Z') });
    expect(out.principals[2]).toMatchObject({ disabled: true, state: 'expired', kind: 'api-token' });
    expect(out.result.coverage).toBe('snapshot');
    expect(out.result.summary.blindSpots?.length).toBe(2);
  });

  it('never keeps the owner as a principal or alias', async () => {
    const out = await collect(githubPats, 'github-pats/main-example.json');
    const ids = out.principals.flatMap((p) => [p.principal, ...p.aliases]);
    expect(ids.some((id) => id.includes('alice') || id.includes('release-bot'))).toBe(false);
  });

  it('treats a token past its expiry at evaluation time as expired', async () => {
    const out = await collect(githubPats, 'github-pats/main-example.json', {}, {}, t('2027-04-01T00:00:00Z'));
    expect(out.credentials[0]).toMatchObject({ active: false, state: 'expired' });
  });

  it('reads a list of pages', async () => {
    const out = await collect(githubPats, 'github-pats/pages.json');
    expect(out.rejected).toEqual([]);
    expect(out.credentials.map((c) => c.credential)).toEqual(['token:3001', 'token:3002']);
  });

  it('counts an identical grant from an overlapping page once, but keeps a later snapshot', async () => {
    const out = await collect(githubPats, 'github-pats/duplicates.json');
    expect(out.accepted).toBe(3);
    expect(out.result.summary.duplicates).toBe(1);
    expect(out.credentials.map((c) => c.lastUsedAt)).toEqual([
      t('2026-11-20T04:00:12Z'),
      t('2026-11-24T08:00:00Z'),
    ]);
  });

  it('rejects malformed elements with their line and keeps the rest', async () => {
    const out = await collect(githubPats, 'github-pats/malformed-element.json');
    expect(out.accepted).toBe(2);
    expect(out.rejected).toEqual([
      { line: 3, reason: 'expected an object, found a string' },
      { line: 4, reason: 'no token_id (is this the response of /orgs/{org}/personal-access-tokens?)' },
      { line: 5, reason: 'access_granted_at is not a time' },
    ]);
    // A grant without token_last_used_at says nothing about use: unknown, with the reason.
    expect(out.credentials[1]).toMatchObject({ credential: 'token:3010', lastUsedAt: undefined });
    expect(out.credentials[1].lastUsedUnknownReason).toMatch(/no token_last_used_at/);
  });

  it('reports a saved API error instead of reading it as a grant', async () => {
    const out = await collect(githubPats, 'github-pats/api-error.json');
    expect(out.accepted).toBe(0);
    expect(out.rejected).toEqual([
      {
        line: 1,
        reason: 'the saved response is an API error: Resource not accessible by personal access token',
      },
    ]);
  });

  it('reads a gzipped response', async () => {
    const out = await collectGzipped(githubPats, 'github-pats/main-example.json');
    expect(out.accepted).toBe(3);
    expect(out.credentials[0].lastUsedAt).toBe(t('2026-11-20T04:00:12Z'));
  });

  it('never throws, and every item is accepted or rejected (property)', async () => {
    const grant = fc.record(
      {
        token_id: fc.oneof(fc.integer(), fc.string(), fc.constant(null)),
        access_granted_at: fc.oneof(
          fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
          fc.string(),
        ),
        token_expires_at: fc.oneof(fc.constant(null), fc.string(), fc.integer()),
        token_last_used_at: fc.oneof(
          fc.constant(null),
          fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
        ),
        token_expired: fc.oneof(fc.boolean(), fc.string()),
      },
      { requiredKeys: [] },
    );
    // Arrays inside the list would be pages of their own; the list holds items only, so each is one record.
    const item = fc.oneof(
      grant,
      fc.jsonValue().filter((v) => !Array.isArray(v)),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(item, { maxLength: 8 }), fc.boolean(), async (items, paged) => {
        const body = paged ? JSON.stringify([items]) : JSON.stringify(items);
        const out = await readText(githubPats, body);
        expect(out.accepted + out.rejected.length).toBe(items.length);
        for (const r of out.rejected) expect(r.reason.length).toBeGreaterThan(0);
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it('never throws on arbitrary text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 400 }), async (text) => {
        const out = await readText(githubPats, text);
        for (const r of out.rejected) expect(r.line).toBeGreaterThanOrEqual(0);
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});
