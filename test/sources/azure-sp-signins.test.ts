import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { azureSpSignins } from '../../src/sources/azure-sp-signins.js';
import { collect } from '../helpers/collect.js';
import { collectGzipped } from '../helpers/gzip.js';
import { readText } from '../helpers/read-text.js';

const iso = (t: number | null | undefined): string | null | undefined =>
  typeof t === 'number' ? new Date(t).toISOString() : t;
const NO_CLIENT = 'no client sign-in recorded (the tracking start is not documented)';

describe('azure-sp-signins', () => {
  it('takes the latest client-side sign-in as use, never the resource side or lastSignInActivity', async () => {
    const out = await collect(azureSpSignins, 'azure-sp-signins/main-doc-example.json');
    expect(out.rejected).toEqual([]);
    expect(out.accepted).toBe(2);
    expect(
      out.principals.map((p) => [p.principal, p.kind, iso(p.lastUsedAt), p.lastUsedUnknownReason]),
    ).toEqual([
      ['7d1f3a2e-9b4c-4c5d-8e6f-1a2b3c4d5e6f', 'service-principal', '2026-11-20T08:00:00.000Z', undefined],
      ['c2e4f6a8-1b3d-4e5f-9c0a-2b3c4d5e6f7a', 'service-principal', undefined, NO_CLIENT],
    ]);
    expect(out.usage).toEqual([]);
    expect(out.credentials).toEqual([]);
    // No generation time in the response: the newest time in it is the lower bound.
    expect(out.result.summary.generatedAt).toBe('2026-11-24T08:00:00.000Z');
    expect(out.result.summary.generatedAtFrom).toBe('data');
    expect(out.result.platform).toBe('azure');
    expect(out.result.coverage).toBe('snapshot');
  });

  it('reads null activities as unknown, not never, and lower-cases appIds', async () => {
    const out = await collect(azureSpSignins, 'azure-sp-signins/sentinels.json');
    expect(out.rejected).toEqual([]);
    expect(out.principals.map((p) => [p.principal, iso(p.lastUsedAt), p.lastUsedUnknownReason])).toEqual([
      ['e1a2b3c4-d5e6-4f70-8192-a3b4c5d6e7f8', undefined, NO_CLIENT],
      ['f0e1d2c3-b4a5-4968-8776-655443322110', undefined, NO_CLIENT],
      ['0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', '2025-12-31T23:00:00.000Z', undefined],
    ]);
  });

  it('parses lenient offsets, seven fractional digits and zone-less times as UTC', async () => {
    const out = await collect(azureSpSignins, 'azure-sp-signins/offsets.json');
    expect(out.rejected).toEqual([]);
    expect(out.principals.map((p) => iso(p.lastUsedAt))).toEqual([
      '2026-11-20T10:00:00.123Z',
      '2026-11-21T06:30:00.000Z',
    ]);
  });

  it('reads a list of @odata.nextLink pages and counts a repeated element once', async () => {
    const out = await collect(azureSpSignins, 'azure-sp-signins/list-of-pages.json');
    expect(out.rejected).toEqual([]);
    expect(out.result.summary.records).toBe(4);
    expect(out.result.summary.duplicates).toBe(1);
    expect(out.principals.map((p) => p.principal)).toEqual([
      'aaaaaaaa-0000-4000-8000-000000000001',
      'aaaaaaaa-0000-4000-8000-000000000002',
      'aaaaaaaa-0000-4000-8000-000000000003',
    ]);
  });

  it('reads pages saved one per line, rejecting with the page line and the place in it', async () => {
    const out = await collect(azureSpSignins, 'azure-sp-signins/pages-per-line.jsonl');
    expect(out.principals.map((p) => [p.principal, iso(p.lastUsedAt)])).toEqual([
      ['eeeeeeee-0000-4000-8000-000000000001', '2026-11-11T11:00:00.000Z'],
      ['eeeeeeee-0000-4000-8000-000000000002', '2026-11-12T12:00:00.000Z'],
    ]);
    expect(out.rejected).toEqual([{ line: 2, reason: 'value[1]: no appId' }]);
  });

  it('reads the single object that GET by id returns', async () => {
    const out = await collect(azureSpSignins, 'azure-sp-signins/single-object.json');
    expect(out.rejected).toEqual([]);
    expect(out.principals.map((p) => [p.principal, iso(p.lastUsedAt)])).toEqual([
      ['bbbbbbbb-0000-4000-8000-000000000009', '2026-09-09T09:09:09.000Z'],
    ]);
  });

  it('counts an identical element from overlapping exports once', async () => {
    const out = await collect(azureSpSignins, 'azure-sp-signins/duplicates-*.json');
    expect(out.result.summary.records).toBe(2);
    expect(out.result.summary.duplicates).toBe(1);
    expect(out.principals).toHaveLength(1);
  });

  it('reads a gzipped export', async () => {
    const out = await collectGzipped(azureSpSignins, 'azure-sp-signins/main-doc-example.json');
    expect(out.rejected).toEqual([]);
    expect(out.principals).toHaveLength(2);
  });

  it('rejects malformed elements with their place in the envelope and a reason', async () => {
    const out = await collect(azureSpSignins, 'azure-sp-signins/malformed-element.json');
    expect(out.principals.map((p) => p.principal)).toEqual(['dddddddd-0000-4000-8000-000000000001']);
    expect(out.rejected).toEqual([
      { line: 1, reason: 'value[1]: not an object' },
      { line: 1, reason: 'value[2]: no appId' },
      { line: 1, reason: 'value[3]: delegatedClientSignInActivity.lastSignInDateTime is not a time' },
      { line: 1, reason: 'value[4]: applicationAuthenticationResourceSignInActivity is not an object' },
    ]);
  });

  it('never throws on arbitrary input, and counts every element once', async () => {
    const activity = fc.oneof(
      fc.record(
        {
          lastSignInDateTime: fc.oneof(fc.constant('2026-11-01T00:00:00-8:00'), fc.anything()),
          lastSignInRequestId: fc.anything(),
        },
        { requiredKeys: [] },
      ),
      fc.anything(),
    );
    const element = fc.oneof(
      fc.record(
        {
          appId: fc.oneof(fc.uuid(), fc.anything()),
          delegatedClientSignInActivity: activity,
          applicationAuthenticationClientSignInActivity: activity,
          delegatedResourceSignInActivity: activity,
          lastSignInActivity: activity,
        },
        { requiredKeys: [] },
      ),
      fc
        .anything()
        .filter((v) => !Array.isArray(v) && !(typeof v === 'object' && v !== null && 'value' in v)),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(element, { maxLength: 6 }), async (elements) => {
        const out = await readText(azureSpSignins, JSON.stringify({ value: elements }, null, 2));
        expect(out.accepted + out.rejected.length).toBe(elements.length);
        for (const r of out.rejected) expect(r.line).toBeGreaterThanOrEqual(1);
      }),
      { seed: 42, numRuns: 300 },
    );
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.json(), fc.string()), async (text) => {
        const out = await readText(azureSpSignins, text);
        for (const r of out.rejected) expect(r.reason.length).toBeGreaterThan(0);
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});
