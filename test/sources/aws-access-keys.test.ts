import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/model/errors.js';
import type { SourceEntry } from '../../src/model/config.js';
import { awsAccessKeys } from '../../src/sources/aws-access-keys.js';
import { collect } from '../helpers/collect.js';
import { collectGzipped } from '../helpers/gzip.js';
import { readText } from '../helpers/read-text.js';

const ACCOUNT = { account: '111122223333' };
const iso = (t: number | null | undefined): string | null | undefined =>
  typeof t === 'number' ? new Date(t).toISOString() : t;

function entry(options: Record<string, unknown>): SourceEntry {
  return {
    type: 'aws-access-keys',
    path: 'x.json',
    baseDir: '/',
    options,
    location: { path: 'lastseen.yml', line: 7 },
  };
}

describe('aws-access-keys', () => {
  it('reads the documented list-access-keys + get-access-key-last-used pair, one element per user', async () => {
    const out = await collect(awsAccessKeys, 'aws-access-keys/main-doc-example.json', ACCOUNT);
    expect(out.rejected).toEqual([]);
    expect(out.accepted).toBe(2);
    expect(out.principals.map((p) => [p.principal, p.aliases])).toEqual([
      ['arn:aws:iam::111122223333:user/svc-ci-deployer', ['svc-ci-deployer']],
      ['arn:aws:iam::111122223333:user/svc-backup', ['svc-backup']],
    ]);
    const keys = out.credentials.map((c) => ({
      principal: c.principal,
      credential: c.credential,
      active: c.active,
      state: c.state,
      createdAt: iso(c.createdAt),
      lastUsedAt: iso(c.lastUsedAt),
    }));
    expect(keys).toEqual([
      {
        principal: 'arn:aws:iam::111122223333:user/svc-ci-deployer',
        credential: 'AKIAIOSFODNN7EXAMPLE',
        active: true,
        state: undefined,
        createdAt: '2026-02-01T09:30:00.000Z',
        lastUsedAt: '2026-11-24T02:04:00.000Z',
      },
      {
        principal: 'arn:aws:iam::111122223333:user/svc-ci-deployer',
        credential: 'AKIAI44QH8DHBEXAMPLE',
        active: false,
        state: 'inactive',
        createdAt: '2025-06-10T14:00:00.000Z',
        lastUsedAt: null,
      },
      {
        principal: 'arn:aws:iam::111122223333:user/svc-backup',
        credential: 'AKIAJBACKUPEXAMPLE01',
        active: true,
        state: undefined,
        createdAt: '2023-03-15T08:00:00.000Z',
        lastUsedAt: '2026-05-02T23:10:00.000Z',
      },
    ]);
    expect(out.result.summary.window.from).toBe('2015-04-22T00:00:00.000Z');
    expect(out.result.summary.generatedAt).toBe('2026-11-24T02:04:00.000Z');
    expect(out.result.summary.generatedAtFrom).toBe('data');
    expect(out.result.coverage).toBe('snapshot');
    expect(out.result.platform).toBe('aws');
  });

  it('uses the user name as the principal when the entry names no account', async () => {
    const out = await collect(awsAccessKeys, 'aws-access-keys/main-doc-example.json');
    expect(out.principals.map((p) => [p.principal, p.aliases])).toEqual([
      ['svc-ci-deployer', []],
      ['svc-backup', []],
    ]);
    expect(out.credentials[0].principal).toBe('svc-ci-deployer');
  });

  it('validates account: as 12 digits, quoted or not', () => {
    expect(() => awsAccessKeys.validate!(entry({ account: '11112222333' }))).toThrow(ConfigurationError);
    expect(() => awsAccessKeys.validate!(entry({ account: 12345 }))).toThrow(/12-digit/);
    expect(() => awsAccessKeys.validate!(entry({ account: 111122223333 }))).not.toThrow();
    expect(() => awsAccessKeys.validate!(entry({ account: '012345678901' }))).not.toThrow();
    expect(() => awsAccessKeys.validate!(entry({}))).not.toThrow();
  });

  it('reads N/A as unknown before 2015-04-22, never after; a missing output as unknown', async () => {
    const out = await collect(awsAccessKeys, 'aws-access-keys/sentinels.json', ACCOUNT);
    expect(out.rejected).toEqual([]);
    expect(out.accepted).toBe(3);
    expect(out.result.summary.records).toBe(3);
    const byId = new Map(out.credentials.map((c) => [c.credential, c]));
    const pre = byId.get('AKIALEGACYPRE2015EX1')!;
    expect(pre.lastUsedAt).toBeUndefined();
    expect(pre.lastUsedUnknownReason).toBe(
      'N/A on a key created before AWS began tracking last use on 2015-04-22',
    );
    expect(byId.get('AKIALEGACYPOST2015E2')!.lastUsedAt).toBeNull();
    const missing = byId.get('AKIANOLASTUSEDOUTPT3')!;
    expect(missing.lastUsedAt).toBeUndefined();
    expect(missing.lastUsedUnknownReason).toBe('no get-access-key-last-used output for this key');
    const expired = byId.get('AKIAEXPIREDKEYEXMPL4')!;
    expect([expired.active, expired.state, iso(expired.lastUsedAt)]).toEqual([
      false,
      'expired',
      '2025-01-05T06:00:00.000Z',
    ]);
    // The user without keys yields nothing and is counted as read.
    expect(out.principals.map((p) => p.aliases[0])).toEqual(['legacy-etl', 'svc-reports']);
  });

  it('parses lenient offsets and fractional seconds', async () => {
    const out = await collect(awsAccessKeys, 'aws-access-keys/offsets.json');
    expect(out.rejected).toEqual([]);
    expect(out.credentials.map((c) => [iso(c.createdAt), iso(c.lastUsedAt)])).toEqual([
      ['2024-03-01T08:00:00.000Z', '2026-11-20T16:15:00.000Z'],
      ['2024-03-02T10:00:00.123Z', '2026-11-19T23:00:00.000Z'],
    ]);
  });

  it('counts an identical user element from overlapping exports once', async () => {
    const out = await collect(awsAccessKeys, 'aws-access-keys/duplicates-*.json', ACCOUNT);
    expect(out.result.summary.files).toEqual([
      'aws-access-keys/duplicates-monday.json',
      'aws-access-keys/duplicates-tuesday.json',
    ]);
    expect(out.result.summary.records).toBe(4);
    expect(out.result.summary.duplicates).toBe(2);
    expect(out.credentials.map((c) => iso(c.lastUsedAt))).toEqual([
      '2026-11-16T04:00:00.000Z',
      '2026-11-17T05:00:00.000Z',
    ]);
  });

  it('reads a single user object whose ListAccessKeys is a list of pages', async () => {
    const out = await collect(awsAccessKeys, 'aws-access-keys/single-user-paged.json');
    expect(out.rejected).toEqual([]);
    expect(out.accepted).toBe(1);
    expect(out.credentials.map((c) => [c.principal, c.credential, c.active, iso(c.lastUsedAt)])).toEqual([
      ['svc-paged', 'AKIAPAGEDFIRSTPAGE01', true, '2026-11-01T12:00:00.000Z'],
      ['svc-paged', 'AKIAPAGEDSECONDPAGE2', false, null],
    ]);
  });

  it('reads an array of pages of user elements', async () => {
    const out = await collect(awsAccessKeys, 'aws-access-keys/list-of-pages.json');
    expect(out.rejected).toEqual([]);
    expect(out.accepted).toBe(2);
    expect(out.credentials.map((c) => c.credential)).toEqual([
      'AKIAALPHAPAGEONE0001',
      'AKIABETAPAGETWO00002',
    ]);
  });

  it('reads a gzipped export', async () => {
    const out = await collectGzipped(awsAccessKeys, 'aws-access-keys/main-doc-example.json', ACCOUNT);
    expect(out.rejected).toEqual([]);
    expect(out.credentials.map((c) => c.credential)).toEqual([
      'AKIAIOSFODNN7EXAMPLE',
      'AKIAI44QH8DHBEXAMPLE',
      'AKIAJBACKUPEXAMPLE01',
    ]);
  });

  it('rejects malformed elements with their line and a reason, and keeps the rest', async () => {
    const out = await collect(awsAccessKeys, 'aws-access-keys/malformed-element.json');
    expect(out.credentials.map((c) => c.credential)).toEqual(['AKIAGOODELEMENTEX001']);
    expect(out.rejected).toEqual([
      { line: 6, reason: 'not an object' },
      { line: 7, reason: 'an access key has no AccessKeyId' },
      { line: 10, reason: 'access key AKIABADDATEEXAMPLE03: CreateDate is not a time' },
      { line: 13, reason: 'no ListAccessKeys output with AccessKeyMetadata' },
      { line: 14, reason: expect.stringMatching(/^not valid JSON/) },
    ]);
    expect(out.result.summary.records).toBe(6);
  });

  it('never throws on arbitrary input, and counts every element once', async () => {
    const keyLike = fc.record(
      {
        UserName: fc.oneof(fc.constant('svc-x'), fc.string(), fc.anything()),
        AccessKeyId: fc.oneof(fc.constant('AKIAIOSFODNN7EXAMPLE'), fc.string(), fc.anything()),
        Status: fc.oneof(fc.constantFrom('Active', 'Inactive', 'Expired'), fc.anything()),
        CreateDate: fc.oneof(fc.constant('2020-01-01T00:00:00Z'), fc.string(), fc.anything()),
      },
      { requiredKeys: [] },
    );
    const element = fc.oneof(
      fc.record(
        {
          ListAccessKeys: fc.oneof(
            fc.record({ AccessKeyMetadata: fc.array(keyLike, { maxLength: 3 }) }),
            fc.anything(),
          ),
          LastUsed: fc.oneof(
            fc.dictionary(fc.constant('AKIAIOSFODNN7EXAMPLE'), fc.anything()),
            fc.anything(),
          ),
        },
        { requiredKeys: [] },
      ),
      fc.anything().filter((v) => !Array.isArray(v)),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(element, { maxLength: 6 }), async (elements) => {
        const out = await readText(awsAccessKeys, JSON.stringify(elements), ACCOUNT);
        expect(out.accepted + out.rejected.length).toBe(elements.length);
        for (const r of out.rejected) {
          expect(r.line).toBeGreaterThanOrEqual(1);
          expect(r.reason.length).toBeGreaterThan(0);
        }
      }),
      { seed: 42, numRuns: 300 },
    );
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.json(), fc.string()), async (text) => {
        const out = await readText(awsAccessKeys, text);
        for (const r of out.rejected) expect(r.line).toBeGreaterThanOrEqual(1);
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});
