import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SourceEntry } from '../../src/model/config.js';
import { ConfigurationError } from '../../src/model/errors.js';
import { awsAccessAnalyzer } from '../../src/sources/aws-access-analyzer.js';
import { collect } from '../helpers/collect.js';
import { collectGzipped } from '../helpers/gzip.js';
import { readText } from '../helpers/read-text.js';

const iso = (t: number | null | undefined): string | null | undefined =>
  typeof t === 'number' ? new Date(t).toISOString() : t;
const IN_PERIOD = 'not used within the analyzer tracking period (Access Analyzer does not say whether ever)';
const SUMMARY =
  'not used within the analyzer tracking period; the summary has no last access (run get-finding-v2)';

describe('aws-access-analyzer', () => {
  it('reads get-finding-v2 details and takes the window from the analyzer tracking period', async () => {
    const out = await collect(awsAccessAnalyzer, 'aws-access-analyzer/main-*.json');
    expect(out.rejected).toEqual([]);
    expect(out.result.summary.records).toBe(7);
    expect(out.accepted).toBe(7);
    expect(
      out.principals.map((p) => [p.principal, p.aliases, p.kind, iso(p.lastUsedAt), p.lastUsedUnknownReason]),
    ).toEqual([
      [
        'arn:aws:iam::111122223333:role/dr-restore',
        ['dr-restore'],
        'role',
        '2026-03-02T17:45:00.000Z',
        undefined,
      ],
      [
        'arn:aws:iam::111122223333:role/service-role/legacy-importer',
        ['legacy-importer'],
        'role',
        undefined,
        IN_PERIOD,
      ],
      ['arn:aws:iam::111122223333:user/svc-reports', ['svc-reports'], 'user', undefined, undefined],
      ['arn:aws:iam::111122223333:user/svc-reports', ['svc-reports'], 'user', undefined, undefined],
    ]);
    expect(
      out.credentials.map((c) => [
        c.principal,
        c.credential,
        c.active,
        iso(c.lastUsedAt),
        c.lastUsedUnknownReason,
      ]),
    ).toEqual([
      [
        'arn:aws:iam::111122223333:user/svc-reports',
        'AKIAREPORTSEXAMPLE01',
        true,
        '2026-07-14T09:00:00.000Z',
        undefined,
      ],
      ['arn:aws:iam::111122223333:user/svc-reports', 'password', true, undefined, IN_PERIOD],
    ]);
    const summary = out.result.summary;
    expect(summary.generatedAt).toBe('2026-11-24T06:00:00.000Z');
    expect(summary.generatedAtFrom).toBe('export');
    // The oldest analysis (2026-11-23T06:00Z) less the 120-day tracking period.
    expect(summary.window).toEqual({ from: '2026-07-26T06:00:00.000Z', to: '2026-11-24T06:00:00.000Z' });
    expect(summary.blindSpots).toEqual([
      'IAM Access Analyzer only judges roles and users that existed for its whole tracking period',
    ]);
  });

  it('applies an analyzer read after the findings, with the 90-day default, and ignores other analyzers', async () => {
    const out = await collect(awsAccessAnalyzer, 'aws-access-analyzer/analyzer-after-findings.json');
    expect(out.rejected).toEqual([]);
    expect(out.accepted).toBe(3);
    expect(out.result.summary.window.from).toBe('2026-08-22T06:00:00.000Z');
  });

  it('lets the entry set the tracking period, and validates it', async () => {
    const out = await collect(awsAccessAnalyzer, 'aws-access-analyzer/main-*.json', {
      'unused-access-age': 30,
    });
    expect(out.result.summary.window.from).toBe('2026-10-24T06:00:00.000Z');
    const entry = (age: unknown): SourceEntry => ({
      type: 'aws-access-analyzer',
      baseDir: '/',
      options: { 'unused-access-age': age },
      location: { path: 'lastseen.yml', line: 3 },
    });
    expect(() => awsAccessAnalyzer.validate!(entry(0))).toThrow(ConfigurationError);
    expect(() => awsAccessAnalyzer.validate!(entry('90d'))).toThrow(/1 to 365/);
    expect(() => awsAccessAnalyzer.validate!(entry(180))).not.toThrow();
  });

  it('reads list-findings-v2 summaries: roles and passwords, not keys it cannot name', async () => {
    const out = await collect(awsAccessAnalyzer, 'aws-access-analyzer/list-findings-v2.json');
    expect(out.rejected).toEqual([]);
    expect(out.accepted).toBe(3);
    expect(out.principals.map((p) => [p.principal, p.lastUsedUnknownReason])).toEqual([
      ['arn:aws:iam::111122223333:role/dr-restore', SUMMARY],
      ['arn:aws:iam::111122223333:user/svc-reports', undefined],
    ]);
    expect(out.credentials.map((c) => [c.credential, c.lastUsedUnknownReason])).toEqual([
      ['password', SUMMARY],
    ]);
  });

  it('reads a list of pages', async () => {
    const out = await collect(awsAccessAnalyzer, 'aws-access-analyzer/list-of-pages.json');
    expect(out.rejected).toEqual([]);
    expect(out.principals.map((p) => p.aliases[0])).toEqual(['page-one', 'page-two']);
  });

  it('parses lenient offsets', async () => {
    const out = await collect(awsAccessAnalyzer, 'aws-access-analyzer/offsets.json');
    expect(out.rejected).toEqual([]);
    expect(iso(out.credentials[0].lastUsedAt)).toBe('2026-06-01T07:30:00.000Z');
    expect(out.result.summary.generatedAt).toBe('2026-11-24T06:00:00.123Z');
  });

  it('counts the same finding from overlapping exports once', async () => {
    const out = await collect(awsAccessAnalyzer, 'aws-access-analyzer/duplicates-*.json');
    expect(out.result.summary.records).toBe(2);
    expect(out.result.summary.duplicates).toBe(1);
    expect(out.principals).toHaveLength(1);
  });

  it('reads a gzipped export', async () => {
    const out = await collectGzipped(awsAccessAnalyzer, 'aws-access-analyzer/main-findings.json');
    expect(out.rejected).toEqual([]);
    expect(out.accepted).toBe(6);
    expect(out.credentials.map((c) => c.credential)).toEqual(['AKIAREPORTSEXAMPLE01', 'password']);
  });

  it('rejects malformed findings with their line and a reason', async () => {
    const out = await collect(awsAccessAnalyzer, 'aws-access-analyzer/malformed-element.json');
    expect(out.principals.map((p) => p.aliases[0])).toEqual(['fine']);
    expect(out.rejected).toEqual([
      { line: 6, reason: 'not an object' },
      { line: 7, reason: 'UnusedIAMRole finding has no resource ARN' },
      { line: 8, reason: 'lastAccessed is not a time' },
      { line: 13, reason: 'finding m4 has no status ACTIVE, ARCHIVED or RESOLVED' },
      { line: 14, reason: 'access key finding without accessKeyId' },
      { line: 19, reason: 'analyzer: unusedAccessAge is not a number of days from 1 to 365' },
    ]);
    expect(out.result.summary.records).toBe(7);
  });

  it('never throws on arbitrary input, and counts every finding once', async () => {
    const details = fc.oneof(
      fc.record({
        unusedIamRoleDetails: fc.record(
          { lastAccessed: fc.oneof(fc.constant('2026-01-01T00:00:00Z'), fc.anything()) },
          { requiredKeys: [] },
        ),
      }),
      fc.record({
        unusedIamUserAccessKeyDetails: fc.record(
          { accessKeyId: fc.anything(), lastAccessed: fc.anything() },
          { requiredKeys: [] },
        ),
      }),
      fc.anything(),
    );
    const finding = fc.record(
      {
        findingType: fc.oneof(
          fc.constantFrom(
            'UnusedIAMRole',
            'UnusedIAMUserAccessKey',
            'UnusedIAMUserPassword',
            'UnusedPermission',
          ),
          fc.anything(),
        ),
        status: fc.oneof(fc.constantFrom('ACTIVE', 'ARCHIVED', 'RESOLVED'), fc.anything()),
        resource: fc.oneof(fc.constant('arn:aws:iam::111122223333:role/r'), fc.anything()),
        analyzedAt: fc.oneof(fc.constant('2026-11-24T06:00:00Z'), fc.anything()),
        findingDetails: fc.oneof(fc.array(details, { maxLength: 2 }), fc.anything()),
        configuration: fc.anything(),
      },
      { requiredKeys: [] },
    );
    const element = fc.oneof(
      finding,
      fc
        .anything()
        .filter(
          (v) =>
            !Array.isArray(v) &&
            !(
              typeof v === 'object' &&
              v !== null &&
              ('findings' in v || 'analyzers' in v || 'analyzer' in v)
            ),
        ),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(element, { maxLength: 6 }), async (elements) => {
        const out = await readText(awsAccessAnalyzer, JSON.stringify(elements));
        expect(out.accepted + out.rejected.length).toBe(elements.length);
        for (const r of out.rejected) expect(r.line).toBeGreaterThanOrEqual(1);
      }),
      { seed: 42, numRuns: 300 },
    );
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.json(), fc.string()), async (text) => {
        const out = await readText(awsAccessAnalyzer, text);
        for (const r of out.rejected) expect(r.reason.length).toBeGreaterThan(0);
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});
