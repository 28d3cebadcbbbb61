import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { endOfReportedDay, gcpActivity } from '../../src/sources/gcp-activity.js';
import { collect } from '../helpers/collect.js';
import { collectGzipped } from '../helpers/gzip.js';
import { readText } from '../helpers/read-text.js';

const iso = (t: number | null | undefined): string | null | undefined =>
  typeof t === 'number' ? new Date(t).toISOString() : t;
const sa = (name: string): string => `${name}@acme-prod.iam.gserviceaccount.com`;

describe('gcp-activity', () => {
  it('reads service account and key activities as the end of the reported day', async () => {
    const out = await collect(gcpActivity, 'gcp-activity/main-*.json');
    expect(out.rejected).toEqual([]);
    expect(out.accepted).toBe(3);
    expect(out.principals.map((p) => [p.principal, p.aliases, iso(p.lastUsedAt)])).toEqual([
      [sa('ci-deployer'), ['104857600000000000001'], undefined],
      [sa('ci-deployer'), ['104857600000000000001'], '2026-11-23T23:59:59.999Z'],
      [sa('nightly-report'), ['104857600000000000002'], '2026-06-30T23:59:59.999Z'],
    ]);
    expect(
      out.usage.map((e) => [e.principal, e.credential, iso(e.at), e.meaningful, e.ok, e.action]),
    ).toEqual([
      [
        sa('ci-deployer'),
        '3f1c2b9a8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a',
        '2026-11-22T23:59:59.999Z',
        true,
        true,
        'serviceAccountKeyLastAuthentication',
      ],
      [
        sa('ci-deployer'),
        undefined,
        '2026-11-23T23:59:59.999Z',
        true,
        true,
        'serviceAccountLastAuthentication',
      ],
      [
        sa('nightly-report'),
        undefined,
        '2026-06-30T23:59:59.999Z',
        true,
        true,
        'serviceAccountLastAuthentication',
      ],
    ]);
    expect(out.credentials).toEqual([]);
    const summary = out.result.summary;
    expect(summary.generatedAt).toBe('2026-11-25T07:00:00.000Z');
    expect(summary.generatedAtFrom).toBe('export');
    expect(summary.window).toEqual({ from: '2025-11-25T07:00:00.000Z', to: '2026-11-25T07:00:00.000Z' });
    expect(out.result.coverage).toBe('snapshot');
  });

  it('keeps each snapshot’s day, so a later snapshot reveals reactivation', async () => {
    const out = await collect(gcpActivity, 'gcp-activity/snapshot-*.json');
    expect(out.rejected).toEqual([]);
    expect(out.result.summary.records).toBe(4);
    expect(out.result.summary.duplicates).toBe(0);
    expect(out.usage.map((e) => [e.principal, iso(e.at)])).toEqual([
      [sa('quarterly-sync'), '2026-01-15T23:59:59.999Z'],
      [sa('steady'), '2026-05-30T23:59:59.999Z'],
      [sa('quarterly-sync'), '2026-11-10T23:59:59.999Z'],
    ]);
    expect(out.result.summary.window).toEqual({
      from: '2025-06-01T07:00:00.000Z',
      to: '2026-11-25T08:00:00.000Z',
    });
  });

  it('reads day marks at any midnight, bare dates, precise times, and no authentication as unknown', async () => {
    const out = await collect(gcpActivity, 'gcp-activity/sentinels.json');
    expect(out.rejected).toEqual([]);
    expect(out.accepted).toBe(5);
    expect(out.principals.map((p) => [p.principal, iso(p.lastUsedAt), p.lastUsedUnknownReason])).toEqual([
      [sa('utc-midnight'), '2026-11-20T23:59:59.999Z', undefined],
      [sa('bare-date'), '2026-11-20T23:59:59.999Z', undefined],
      [sa('precise'), '2026-11-20T23:59:59.999Z', undefined],
      [sa('silent'), undefined, 'no authentication within the observation period'],
      [sa('silent'), undefined, undefined],
    ]);
    expect(out.usage).toHaveLength(3);
    expect(iso(endOfReportedDay(Date.parse('2026-07-01T07:00:00Z')))).toBe('2026-07-01T23:59:59.999Z');
    expect(iso(endOfReportedDay(Date.parse('2026-01-01T08:00:00Z')))).toBe('2026-01-01T23:59:59.999Z');
  });

  it('parses lenient offsets', async () => {
    const out = await collect(gcpActivity, 'gcp-activity/offsets.json');
    expect(out.rejected).toEqual([]);
    expect(iso(out.principals[0].lastUsedAt)).toBe('2026-11-19T23:59:59.999Z');
    expect(out.result.summary.window).toEqual({
      from: '2025-11-25T07:00:00.000Z',
      to: '2026-11-25T07:00:00.000Z',
    });
  });

  it('counts an identical activity from overlapping exports once', async () => {
    const out = await collect(gcpActivity, 'gcp-activity/duplicates-*.json');
    expect(out.result.summary.records).toBe(2);
    expect(out.result.summary.duplicates).toBe(1);
    expect(out.usage).toHaveLength(1);
  });

  it('reads the REST envelope and a list of its pages', async () => {
    const envelope = await collect(gcpActivity, 'gcp-activity/rest-envelope.json');
    expect(envelope.rejected).toEqual([]);
    expect(envelope.usage.map((e) => [e.principal, e.credential])).toEqual([
      [sa('api-gateway'), '0000000000000000000000000000000000000030'],
    ]);
    const pages = await collect(gcpActivity, 'gcp-activity/list-of-pages.json');
    expect(pages.rejected).toEqual([]);
    expect(pages.principals.map((p) => p.principal)).toEqual([sa('page-one'), sa('page-two')]);
  });

  it('reads a gzipped export', async () => {
    const out = await collectGzipped(gcpActivity, 'gcp-activity/main-service-accounts.json');
    expect(out.rejected).toEqual([]);
    expect(out.usage).toHaveLength(2);
  });

  it('rejects malformed activities with their line and a reason', async () => {
    const out = await collect(gcpActivity, 'gcp-activity/malformed-element.json');
    expect(out.principals.map((p) => p.principal)).toEqual([sa('fine')]);
    expect(out.rejected).toEqual([
      { line: 7, reason: 'not an object' },
      { line: 8, reason: 'an activity has no fullResourceName' },
      { line: 9, reason: 'fullResourceName is not an IAM service account or key' },
      { line: 10, reason: 'lastAuthenticatedTime is not a time' },
      { line: 14, reason: 'a key activity names no key' },
      { line: 18, reason: 'observationPeriod.startTime is not a time' },
    ]);
  });

  it('never throws on arbitrary input, and counts every activity once', async () => {
    const name = fc.oneof(
      fc.constant('//iam.googleapis.com/projects/p/serviceAccounts/a@p.iam.gserviceaccount.com'),
      fc.constant('//iam.googleapis.com/projects/p/serviceAccounts/a@p.iam.gserviceaccount.com/keys/k'),
      fc.anything(),
    );
    const activity = fc.record(
      {
        activity: fc.oneof(
          fc.record(
            {
              lastAuthenticatedTime: fc.oneof(fc.constant('2026-11-20T08:00:00Z'), fc.anything()),
              serviceAccount: fc.record(
                { fullResourceName: name, serviceAccountId: fc.anything() },
                { requiredKeys: [] },
              ),
            },
            { requiredKeys: [] },
          ),
          fc.anything(),
        ),
        activityType: fc.oneof(
          fc.constantFrom('serviceAccountLastAuthentication', 'serviceAccountKeyLastAuthentication'),
          fc.anything(),
        ),
        fullResourceName: name,
        observationPeriod: fc.anything(),
      },
      { requiredKeys: [] },
    );
    const element = fc.oneof(
      activity,
      fc
        .anything()
        .filter((v) => !Array.isArray(v) && !(typeof v === 'object' && v !== null && 'activities' in v)),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(element, { maxLength: 6 }), async (elements) => {
        const out = await readText(gcpActivity, JSON.stringify(elements));
        expect(out.accepted + out.rejected.length).toBe(elements.length);
        for (const r of out.rejected) expect(r.line).toBeGreaterThanOrEqual(1);
      }),
      { seed: 42, numRuns: 300 },
    );
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.json(), fc.string()), async (text) => {
        const out = await readText(gcpActivity, text);
        for (const r of out.rejected) expect(r.reason.length).toBeGreaterThan(0);
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});
