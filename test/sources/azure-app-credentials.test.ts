import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { azureAppCredentials } from '../../src/sources/azure-app-credentials.js';
import { collect } from '../helpers/collect.js';
import { collectGzipped } from '../helpers/gzip.js';
import { readText } from '../helpers/read-text.js';

const iso = (t: number | null | undefined): string | null | undefined =>
  typeof t === 'number' ? new Date(t).toISOString() : t;

describe('azure-app-credentials', () => {
  it('reads secrets and certificates of each application, expired ones included', async () => {
    const out = await collect(azureAppCredentials, 'azure-app-credentials/main-doc-example.json');
    expect(out.rejected).toEqual([]);
    expect(out.accepted).toBe(2);
    expect(
      out.principals.map((p) => [p.principal, p.aliases, p.kind, iso(p.createdAt), p.outOfScope]),
    ).toEqual([
      [
        '9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a',
        ['ci-deployer'],
        'application',
        '2024-02-01T09:00:00.000Z',
        undefined,
      ],
      [
        '0e1f2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b',
        ['billing-api'],
        'application',
        '2025-07-07T07:07:07.000Z',
        undefined,
      ],
    ]);
    expect(
      out.credentials.map((c) => ({
        principal: c.principal,
        credential: c.credential,
        kind: c.credentialKind,
        active: c.active,
        state: c.state,
        createdAt: iso(c.createdAt),
        expiresAt: iso(c.expiresAt),
        lastUsedAt: c.lastUsedAt,
      })),
    ).toEqual([
      {
        principal: '9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a',
        credential: '1a2b3c4d-0000-4000-8000-00000000aaaa',
        kind: 'client-secret',
        active: true,
        state: undefined,
        createdAt: '2026-02-01T09:00:00.000Z',
        expiresAt: '2027-02-01T09:00:00.000Z',
        lastUsedAt: undefined,
      },
      {
        principal: '9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a',
        credential: '1a2b3c4d-0000-4000-8000-00000000bbbb',
        kind: 'certificate',
        active: false,
        state: 'expired',
        createdAt: '2025-01-15T00:00:00.000Z',
        expiresAt: '2026-01-15T00:00:00.000Z',
        lastUsedAt: undefined,
      },
    ]);
    expect(out.result.summary.generatedAt).toBe('2026-02-01T09:00:00.000Z');
    expect(out.result.summary.generatedAtFrom).toBe('data');
    expect(out.result.platform).toBe('azure');
  });

  it('never carries the secret hint or any key material', async () => {
    for (const fixture of ['main-doc-example', 'sentinels', 'duplicates-export-a']) {
      const out = await collect(azureAppCredentials, `azure-app-credentials/${fixture}.json`);
      const emitted = JSON.stringify([out.principals, out.credentials, out.rejected]);
      for (const hint of ['Q~7', 'xY1', 'zZ9', 'ov1', '52A8D1F0C3B7E6A9'])
        expect(emitted).not.toContain(hint);
    }
  });

  it('marks Microsoft first-party apps out of scope and reads lifetimes at the edges', async () => {
    const out = await collect(azureAppCredentials, 'azure-app-credentials/sentinels.json');
    expect(out.rejected).toEqual([]);
    expect(out.principals.map((p) => [p.principal, p.aliases, p.outOfScope])).toEqual([
      ['00000003-0000-0000-c000-000000000000', ['Microsoft Graph'], true],
      ['3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f', [], undefined],
    ]);
    expect(
      out.credentials.map((c) => [c.credential, c.credentialKind, c.active, c.state, iso(c.expiresAt)]),
    ).toEqual([
      ['2b3c4d5e-0000-4000-8000-00000000cccc', 'certificate', true, undefined, '2028-10-01T00:00:00.000Z'],
      [
        '3c4d5e6f-0000-4000-8000-000000000001',
        'client-secret',
        false,
        'not yet valid',
        '2027-12-24T00:00:00.000Z',
      ],
      ['3c4d5e6f-0000-4000-8000-000000000002', 'client-secret', true, undefined, undefined],
      ['3c4d5e6f-0000-4000-8000-000000000003', 'symmetric-key', false, 'expired', '2026-11-25T11:59:59.000Z'],
    ]);
  });

  it('parses lenient offsets and fractional seconds', async () => {
    const out = await collect(azureAppCredentials, 'azure-app-credentials/offsets.json');
    expect(out.rejected).toEqual([]);
    expect(iso(out.principals[0].createdAt)).toBe('2025-05-05T05:05:05.123Z');
    expect([iso(out.credentials[0].createdAt), iso(out.credentials[0].expiresAt)]).toEqual([
      '2026-05-05T13:05:05.000Z',
      '2027-05-05T03:05:05.000Z',
    ]);
  });

  it('reads a list of @odata.nextLink pages', async () => {
    const out = await collect(azureAppCredentials, 'azure-app-credentials/list-of-pages.json');
    expect(out.rejected).toEqual([]);
    expect(out.credentials.map((c) => [c.principal, c.credentialKind])).toEqual([
      ['5e6f7a8b-0000-4000-8000-000000000001', 'client-secret'],
      ['5e6f7a8b-0000-4000-8000-000000000002', 'certificate'],
    ]);
  });

  it('counts an identical application from overlapping exports once', async () => {
    const out = await collect(azureAppCredentials, 'azure-app-credentials/duplicates-*.json');
    expect(out.result.summary.records).toBe(2);
    expect(out.result.summary.duplicates).toBe(1);
    expect(out.credentials).toHaveLength(1);
  });

  it('reads a gzipped export', async () => {
    const out = await collectGzipped(azureAppCredentials, 'azure-app-credentials/main-doc-example.json');
    expect(out.rejected).toEqual([]);
    expect(out.credentials).toHaveLength(2);
  });

  it('rejects malformed applications with their place in the envelope and a reason', async () => {
    const out = await collect(azureAppCredentials, 'azure-app-credentials/malformed-element.json');
    expect(out.principals.map((p) => p.aliases)).toEqual([['fine']]);
    expect(out.rejected).toEqual([
      { line: 1, reason: 'value[1]: not an object' },
      { line: 1, reason: 'value[2]: no appId' },
      { line: 1, reason: 'value[3]: passwordCredentials[0]: no keyId' },
      { line: 1, reason: 'value[4]: keyCredentials[0]: endDateTime is not a time' },
      { line: 1, reason: 'value[5]: passwordCredentials is not a list' },
      { line: 1, reason: 'value[6]: createdDateTime is not a time' },
    ]);
  });

  it('never throws on arbitrary input, and counts every application once', async () => {
    const credential = fc.oneof(
      fc.record(
        {
          keyId: fc.oneof(fc.uuid(), fc.anything()),
          startDateTime: fc.oneof(fc.constant('2026-01-01T00:00:00Z'), fc.anything()),
          endDateTime: fc.oneof(fc.constant('2027-01-01T00:00:00Z'), fc.anything()),
          type: fc.anything(),
        },
        { requiredKeys: [] },
      ),
      fc.anything(),
    );
    const element = fc.oneof(
      fc.record(
        {
          appId: fc.oneof(fc.uuid(), fc.anything()),
          displayName: fc.anything(),
          createdDateTime: fc.oneof(fc.constant('2025-01-01T00:00:00Z'), fc.anything()),
          passwordCredentials: fc.oneof(fc.array(credential, { maxLength: 3 }), fc.anything()),
          keyCredentials: fc.oneof(fc.array(credential, { maxLength: 3 }), fc.anything()),
          appOwnerOrganizationId: fc.anything(),
        },
        { requiredKeys: [] },
      ),
      fc
        .anything()
        .filter((v) => !Array.isArray(v) && !(typeof v === 'object' && v !== null && 'value' in v)),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(element, { maxLength: 6 }), async (elements) => {
        const out = await readText(azureAppCredentials, JSON.stringify({ value: elements }, null, 2));
        expect(out.accepted + out.rejected.length).toBe(elements.length);
        for (const r of out.rejected) expect(r.line).toBeGreaterThanOrEqual(1);
      }),
      { seed: 42, numRuns: 300 },
    );
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.json(), fc.string()), async (text) => {
        const out = await readText(azureAppCredentials, text);
        for (const r of out.rejected) expect(r.reason.length).toBeGreaterThan(0);
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});
