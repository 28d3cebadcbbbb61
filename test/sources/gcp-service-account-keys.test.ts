import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gcpServiceAccountKeys } from '../../src/sources/gcp-service-account-keys.js';
import { collect } from '../helpers/collect.js';
import { collectGzipped } from '../helpers/gzip.js';
import { readText } from '../helpers/read-text.js';

const iso = (t: number | null | undefined): string | null | undefined =>
  typeof t === 'number' ? new Date(t).toISOString() : t;
const DEPLOYER = 'ci-deployer@acme-prod.iam.gserviceaccount.com';

describe('gcp-service-account-keys', () => {
  it('reads gcloud keys list output, one file per service account, globbed', async () => {
    const out = await collect(gcpServiceAccountKeys, 'gcp-service-account-keys/main-*.json');
    expect(out.rejected).toEqual([]);
    expect(out.accepted).toBe(3);
    expect(
      out.credentials.map((c) => ({
        principal: c.principal,
        credential: c.credential,
        active: c.active,
        state: c.state,
        providerRotated: c.providerRotated,
        createdAt: iso(c.createdAt),
        expiresAt: iso(c.expiresAt),
        lastUsedAt: c.lastUsedAt,
      })),
    ).toEqual([
      {
        principal: DEPLOYER,
        credential: '3f1c2b9a8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a',
        active: true,
        state: undefined,
        providerRotated: false,
        createdAt: '2026-02-01T10:00:00.000Z',
        expiresAt: null,
        lastUsedAt: undefined,
      },
      {
        principal: DEPLOYER,
        credential: 'a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9',
        active: true,
        state: undefined,
        providerRotated: true,
        createdAt: '2026-11-14T03:12:44.000Z',
        expiresAt: '2026-12-01T03:12:44.000Z',
        lastUsedAt: undefined,
      },
      {
        principal: 'bq-exporter@acme-prod.iam.gserviceaccount.com',
        credential: '11aa22bb33cc44dd55ee66ff77aa88bb99cc00dd',
        active: false,
        state: 'disabled',
        providerRotated: false,
        createdAt: '2025-03-10T08:00:00.000Z',
        expiresAt: '2027-03-10T08:00:00.000Z',
        lastUsedAt: undefined,
      },
    ]);
    expect(out.credentials[0].lastUsedUnknownReason).toBe(
      'the key list has no last-used field (gcp-activity has it)',
    );
    expect(out.result.summary.generatedAt).toBe('2026-11-14T03:12:44.000Z');
    expect(out.result.summary.generatedAtFrom).toBe('data');
    expect(out.result.platform).toBe('gcp');
    expect(out.result.summary.blindSpots).toEqual([
      'service account keys have no last-used field; read gcp-activity for their use',
    ]);
  });

  it('reads 9999-12-31 as no expiry, a past validBeforeTime as expired, and lower-cases e-mails', async () => {
    const out = await collect(gcpServiceAccountKeys, 'gcp-service-account-keys/sentinels.json');
    expect(out.rejected).toEqual([]);
    expect(out.credentials.map((c) => [c.principal, c.active, c.state, iso(c.expiresAt)])).toEqual([
      ['legacy-batch@acme-prod.iam.gserviceaccount.com', false, 'expired', '2025-01-01T00:00:00.000Z'],
      ['legacy-batch@acme-prod.iam.gserviceaccount.com', true, undefined, undefined],
      ['112233445566778899001', true, undefined, null],
    ]);
  });

  it('parses lenient offsets and fractional seconds', async () => {
    const out = await collect(gcpServiceAccountKeys, 'gcp-service-account-keys/offsets.json');
    expect(out.rejected).toEqual([]);
    expect([iso(out.credentials[0].createdAt), iso(out.credentials[0].expiresAt)]).toEqual([
      '2026-03-01T08:00:00.123Z',
      '2027-03-01T18:00:00.000Z',
    ]);
  });

  it('counts a key listed again in an overlapping export once', async () => {
    const out = await collect(gcpServiceAccountKeys, 'gcp-service-account-keys/duplicates-*.json');
    expect(out.result.summary.records).toBe(2);
    expect(out.result.summary.duplicates).toBe(1);
    expect(out.credentials).toHaveLength(1);
  });

  it('reads the REST envelope and a list of its pages', async () => {
    const envelope = await collect(gcpServiceAccountKeys, 'gcp-service-account-keys/rest-envelope.json');
    expect(envelope.rejected).toEqual([]);
    expect(envelope.credentials.map((c) => [c.principal, c.credential])).toEqual([
      ['api-gateway@acme-prod.iam.gserviceaccount.com', '0000000000000000000000000000000000000030'],
    ]);
    const pages = await collect(gcpServiceAccountKeys, 'gcp-service-account-keys/list-of-pages.json');
    expect(pages.rejected).toEqual([]);
    expect(pages.credentials.map((c) => [c.credential, c.providerRotated])).toEqual([
      ['0000000000000000000000000000000000000031', false],
      ['0000000000000000000000000000000000000032', true],
    ]);
  });

  it('reads a gzipped export', async () => {
    const out = await collectGzipped(gcpServiceAccountKeys, 'gcp-service-account-keys/main-deployer.json');
    expect(out.rejected).toEqual([]);
    expect(out.credentials).toHaveLength(2);
  });

  it('rejects malformed keys with their line and a reason, and never carries private key data', async () => {
    const out = await collect(gcpServiceAccountKeys, 'gcp-service-account-keys/malformed-element.json');
    expect(out.credentials.map((c) => c.principal)).toEqual([
      'fine@acme-prod.iam.gserviceaccount.com',
      'secret@acme-prod.iam.gserviceaccount.com',
    ]);
    expect(out.rejected).toEqual([
      { line: 7, reason: 'not an object' },
      { line: 8, reason: 'a key has no name' },
      { line: 9, reason: 'name is not projects/P/serviceAccounts/SA/keys/KEY' },
      { line: 10, reason: 'validAfterTime is not a time' },
    ]);
    expect(JSON.stringify(out)).not.toContain('ZmFrZS1wcml2YXRl');
  });

  it('never throws on arbitrary input, and counts every key once', async () => {
    const key = fc.record(
      {
        name: fc.oneof(
          fc.constant('projects/p/serviceAccounts/a@p.iam.gserviceaccount.com/keys/k1'),
          fc.string(),
          fc.anything(),
        ),
        validAfterTime: fc.oneof(fc.constant('2026-01-01T00:00:00Z'), fc.anything()),
        validBeforeTime: fc.oneof(fc.constant('9999-12-31T23:59:59Z'), fc.anything()),
        keyType: fc.oneof(fc.constantFrom('USER_MANAGED', 'SYSTEM_MANAGED'), fc.anything()),
        disabled: fc.anything(),
      },
      { requiredKeys: [] },
    );
    const element = fc.oneof(
      key,
      fc.anything().filter((v) => !Array.isArray(v) && !(typeof v === 'object' && v !== null && 'keys' in v)),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(element, { maxLength: 6 }), async (elements) => {
        const out = await readText(gcpServiceAccountKeys, JSON.stringify(elements));
        expect(out.accepted + out.rejected.length).toBe(elements.length);
        for (const r of out.rejected) expect(r.line).toBeGreaterThanOrEqual(1);
      }),
      { seed: 42, numRuns: 300 },
    );
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.json(), fc.string()), async (text) => {
        const out = await readText(gcpServiceAccountKeys, text);
        for (const r of out.rejected) expect(r.reason.length).toBeGreaterThan(0);
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});
