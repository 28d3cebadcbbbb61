import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { UsageEvent } from '../../src/model/records.js';
import { readerFor } from '../../src/sources/registry.js';
import { principalOf, vaultAudit } from '../../src/sources/vault-audit.js';
import { collect } from '../helpers/collect.js';
import { collectGzipped } from '../helpers/gzip.js';
import { readText } from '../helpers/read-text.js';

const ETL_ENTITY = '7d2e4b1a-9c3f-4e5d-8a6b-1f2e3d4c5b6a';

/** The fields a user checks, times as ISO strings, absent flags left out. */
function summary(event: UsageEvent): Record<string, unknown> {
  const out: Record<string, unknown> = {
    principal: event.principal,
    at: new Date(event.at).toISOString(),
    action: event.action,
    meaningful: event.meaningful,
    ok: event.ok,
  };
  if (event.login) out.login = true;
  if (event.interactive) out.interactive = true;
  if (event.credential) out.credential = event.credential;
  return out;
}

describe('vault-audit', () => {
  it('is registered as an event log of platform vault', () => {
    expect(readerFor('vault-audit')).toBe(vaultAudit);
    expect(vaultAudit.platform).toBe('vault');
    expect(vaultAudit.coverage).toBe('events');
  });

  it('reads the file audit device: one operation per request/response pair, aliased by entity id', async () => {
    const out = await collect(vaultAudit, 'vault-audit/doc-example.jsonl');
    expect(out.rejected).toEqual([]);
    expect(out.accepted).toBe(4);
    expect(out.result.summary.duplicates).toBe(2);
    expect(out.usage.map(summary)).toEqual([
      {
        principal: 'approle:etl-writer',
        at: '2026-11-20T08:00:01.415Z',
        action: 'read secret/data/etl/warehouse',
        meaningful: true,
        ok: true,
      },
      {
        principal: 'approle:etl-writer',
        at: '2026-11-21T08:00:02.004Z',
        action: 'update secret/data/etl/checkpoint',
        meaningful: true,
        ok: true,
      },
    ]);
    expect(out.principals).toEqual([{ principal: 'approle:etl-writer', aliases: [ETL_ENTITY], line: 2 }]);
    expect(out.credentials).toEqual([]);
    expect(out.result.summary.window).toEqual({
      from: '2026-11-20T08:00:01.412Z',
      to: '2026-11-21T08:00:02.004Z',
    });
  });

  it('pairs interleaved requests and responses by request id; a lone request is not counted', async () => {
    const out = await collect(vaultAudit, 'vault-audit/pairs.jsonl');
    expect(out.rejected).toEqual([]);
    expect(out.accepted).toBe(5);
    expect(out.usage.map((e) => [e.principal, e.action])).toEqual([
      ['kubernetes:etl', 'read secret/data/apps/etl'],
      ['approle:etl-writer', 'read secret/data/etl/warehouse'],
    ]);
  });

  it('treats logins, lookup-self, renew-self and lease renewal as evidence of life, not use', async () => {
    const out = await collect(vaultAudit, 'vault-audit/logins-housekeeping.jsonl');
    expect(out.rejected).toEqual([]);
    expect(out.accepted).toBe(6);
    expect(out.usage.map(summary)).toEqual([
      {
        principal: 'approle:etl-writer',
        at: '2026-11-23T06:00:00.020Z',
        action: 'update auth/approle/login',
        meaningful: false,
        ok: true,
        login: true,
      },
      {
        principal: 'approle:etl-writer',
        at: '2026-11-23T06:00:01.000Z',
        action: 'read auth/token/lookup-self',
        meaningful: false,
        ok: true,
        login: true,
      },
      {
        principal: 'approle:etl-writer',
        at: '2026-11-23T06:30:00.000Z',
        action: 'update auth/token/renew-self',
        meaningful: false,
        ok: true,
        login: true,
      },
      {
        principal: 'approle:etl-writer',
        at: '2026-11-23T06:45:00.000Z',
        action: 'update sys/leases/renew',
        meaningful: false,
        ok: true,
        login: true,
      },
      {
        principal: 'userpass:alice',
        at: '2026-11-23T07:00:00.000Z',
        action: 'update auth/userpass/login/alice',
        meaningful: false,
        ok: true,
        login: true,
      },
    ]);
  });

  it('counts a request logged by several audit devices once', async () => {
    const out = await collect(vaultAudit, 'vault-audit/multiple-devices.jsonl');
    expect(out.rejected).toEqual([]);
    expect(out.accepted).toBe(4);
    expect(out.result.summary.duplicates).toBe(3);
    expect(out.usage.map((e) => [e.principal, e.action])).toEqual([
      ['approle:etl-writer', 'read secret/data/etl/warehouse'],
    ]);
  });

  it('treats an error response as a failed attempt; a failed login names nobody', async () => {
    const out = await collect(vaultAudit, 'vault-audit/error-responses.jsonl');
    expect(out.rejected).toEqual([]);
    expect(out.accepted).toBe(3);
    expect(out.usage.map((e) => [e.principal, e.action, e.ok, e.meaningful])).toEqual([
      ['approle:etl-writer', 'read secret/data/payments/stripe', false, false],
      ['approle:etl-writer', 'read database/creds/etl', false, false],
    ]);
  });

  it('reports a token without a TTL as a non-expiring credential, the root token out of scope', async () => {
    const out = await collect(vaultAudit, 'vault-audit/non-expiring-token.jsonl');
    expect(out.rejected).toEqual([]);
    expect(out.accepted).toBe(5);
    const root =
      'token-accessor:hmac-sha256:6ea34d1a9b3a1980380840e377b367b4f9e99487697171a5642b0da779457001';
    const backup =
      'token-accessor:hmac-sha256:3a7d8bb90564939eb14202d80d2a9644c517813711647290c36a3c9b76b9e0a0';
    expect(
      out.credentials.map((c) => ({ ...c, createdAt: new Date(c.createdAt as number).toISOString() })),
    ).toEqual([
      {
        principal: 'token:root',
        credential: root,
        createdAt: '2024-03-02T11:20:00.000Z',
        expiresAt: null,
        active: true,
        credentialKind: 'token',
        line: 1,
      },
      {
        principal: 'token:nightly-backup',
        credential: backup,
        createdAt: '2025-01-15T09:00:00.000Z',
        expiresAt: null,
        active: true,
        credentialKind: 'token',
        line: 2,
      },
      {
        principal: 'token:reporting-legacy',
        credential: 'token-accessor:hP2kLw9nRq4sTv7xYz1aBc3d',
        createdAt: '2023-06-30T16:45:12.000Z',
        expiresAt: null,
        active: true,
        credentialKind: 'token',
        line: 5,
      },
    ]);
    // Its use is the credential's use; a token with a TTL is not tracked as a credential.
    expect(out.usage.map((e) => [e.principal, e.credential])).toEqual([
      ['token:root', root],
      ['token:nightly-backup', backup],
      ['token:nightly-backup', backup],
      ['token:ci-runner', undefined],
      ['token:reporting-legacy', 'token-accessor:hP2kLw9nRq4sTv7xYz1aBc3d'],
    ]);
    expect(out.principals).toEqual([{ principal: 'token:root', aliases: [], outOfScope: true, line: 1 }]);
    expect(out.result.summary.blindSpots).toContain(
      'token accessors are HMAC-ed by this audit device (hmac_accessor=true): a non-expiring token is named by the HMAC the device writes',
    );
  });

  it('names the principal by auth method and role, else by display name less its mount', async () => {
    const out = await collect(vaultAudit, 'vault-audit/display-names.jsonl');
    expect(out.rejected).toEqual([]);
    expect(out.usage.map((e) => e.principal)).toEqual([
      'approle:etl-writer',
      'kubernetes:etl',
      'jwt:github-deploy',
      'aws:svc-reporting',
      'userpass:alice',
      'token:ci-runner',
      // An unnamed token is told apart by its accessor (here HMAC-ed).
      'token:hmac-sha256:7857f646acb0d623c688532d6b42f713aec71e2af135f090e12ebe3de44d4bde',
    ]);
    expect(principalOf({ display_name: 'approle-prod', metadata: { role_name: 'etl' } })).toEqual({
      principal: 'approle:etl',
    });
    expect(principalOf({ display_name: 'oidc-alice@example.com', metadata: { role: 'default' } })).toEqual({
      principal: 'oidc:default',
    });
    expect(principalOf({ display_name: 'ldap-svc-backup', metadata: { username: 'svc-backup' } })).toEqual({
      principal: 'ldap:svc-backup',
    });
    expect(principalOf({ display_name: 'github' })).toBeUndefined();
    expect(principalOf({ metadata: { role_name: 'etl' } })).toBeUndefined();
  });

  it('rejects what is not an audit entry, with its line and a reason', async () => {
    const out = await collect(vaultAudit, 'vault-audit/malformed.jsonl');
    expect(out.accepted).toBe(1);
    expect(out.rejected).toEqual([
      { line: 2, reason: "not valid JSON: Expected ',' or '}' after property value in JSON at position 81" },
      { line: 3, reason: 'not a JSON object' },
      { line: 4, reason: 'type is neither request nor response' },
      { line: 5, reason: 'no time' },
      { line: 6, reason: 'no time' },
      { line: 7, reason: 'no request object' },
      { line: 9, reason: 'no request.path' },
    ]);
    expect(out.result.summary.records).toBe(8);
  });

  it('reads a gzipped log the same as the plain one', async () => {
    const plain = await collect(vaultAudit, 'vault-audit/doc-example.jsonl');
    const gzipped = await collectGzipped(vaultAudit, 'vault-audit/doc-example.jsonl');
    expect(gzipped.usage).toEqual(plain.usage);
    expect(gzipped.accepted).toBe(plain.accepted);
    expect(gzipped.rejected).toEqual([]);
  });

  it('never throws on random input, and counts every line once', async () => {
    const auth = fc.record(
      {
        display_name: fc.constantFrom(
          'approle',
          'root',
          'token',
          'token-x',
          'kubernetes-a-b',
          'userpass-bob',
          '',
          '-',
        ),
        metadata: fc.oneof(
          fc.record({ role_name: fc.string(), role: fc.string() }, { requiredKeys: [] }),
          fc.anything(),
        ),
        accessor: fc.oneof(fc.constant('hmac-sha256:ab'), fc.anything()),
        entity_id: fc.oneof(fc.string(), fc.anything()),
        token_ttl: fc.oneof(fc.integer(), fc.anything()),
        token_issue_time: fc.oneof(fc.constant('2026-01-01T00:00:00Z'), fc.string()),
        token_type: fc.constantFrom('service', 'batch'),
        policy_results: fc.anything(),
      },
      { requiredKeys: [] },
    );
    const entry = fc.record(
      {
        time: fc.oneof(fc.constant('2026-11-20T08:00:01.412378Z'), fc.string(), fc.integer()),
        type: fc.constantFrom('request', 'response', 'other'),
        auth: fc.oneof(auth, fc.anything()),
        error: fc.oneof(fc.string(), fc.anything()),
        request: fc.oneof(
          fc.record(
            {
              id: fc.constantFrom('r1', 'r2', 'r3'),
              path: fc.constantFrom(
                'auth/approle/login',
                'auth/token/lookup-self',
                'secret/data/x',
                'sys/internal/ui/mounts',
              ),
              operation: fc.constantFrom('read', 'update'),
            },
            { requiredKeys: [] },
          ),
          fc.anything(),
        ),
        response: fc.oneof(fc.record({ auth }), fc.anything()),
      },
      { requiredKeys: [] },
    );
    const line = fc.oneof(
      entry.map((e) => JSON.stringify(e)),
      fc.string(),
      fc.jsonValue().map((v) => JSON.stringify(v)),
    );
    // A first line that is an entry keeps the file in JSON-lines shape whatever follows.
    const first =
      '{"time":"2026-11-20T08:00:01Z","type":"request","request":{"id":"r0","path":"secret/data/x"}}';
    await fc.assert(
      fc.asyncProperty(fc.array(line, { maxLength: 8 }), async (lines) => {
        const text = [first, ...lines].join('\n');
        const out = await readText(vaultAudit, text);
        const records = text.split('\n').filter((l) => l.trim() !== '').length;
        expect(out.accepted + out.rejected.length).toBe(records);
        for (const r of out.rejected) {
          expect(r.line).toBeGreaterThanOrEqual(1);
          expect(r.reason).not.toBe('');
        }
        for (const u of out.usage) expect(u.principal).toMatch(/^[^:]+:.+/);
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});
