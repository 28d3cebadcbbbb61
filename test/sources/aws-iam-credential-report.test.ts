import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/model/errors.js';
import { awsIamCredentialReportReader as reader } from '../../src/sources/aws-iam-credential-report.js';
import { collect } from '../helpers/collect.js';
import { readText } from './in-memory.js';

const ARN = 'arn:aws:iam::111122223333:';
const t = (iso: string): number => Date.parse(iso);

describe('aws-iam-credential-report', () => {
  it('reads every user, its keys, password and certificates', async () => {
    const out = await collect(reader, 'aws-iam-credential-report/mixed-users.csv');
    expect(out.rejected).toEqual([]);
    expect(out.accepted).toBe(8);
    expect(out.result.summary.records).toBe(8);
    expect(out.result.platform).toBe('aws');
    expect(out.result.coverage).toBe('snapshot');

    const deployer = out.principals.find((p) => p.aliases.includes('svc-ci-deployer'));
    expect(deployer).toEqual({
      principal: `${ARN}user/svc-ci-deployer`,
      aliases: ['svc-ci-deployer'],
      kind: 'iam-user',
      createdAt: t('2024-02-01T09:00:00Z'),
      lastUsedAt: t('2026-11-24T05:15:00Z'),
      line: 3,
    });
    const keys = out.credentials.filter((c) => c.principal === `${ARN}user/svc-ci-deployer`);
    expect(keys).toEqual([
      {
        principal: `${ARN}user/svc-ci-deployer`,
        credential: 'access_key_1',
        credentialKind: 'access-key',
        active: true,
        createdAt: t('2026-10-01T12:00:00Z'),
        rotatedAt: t('2026-10-01T12:00:00Z'),
        lastUsedAt: t('2026-11-24T05:15:00Z'),
        line: 3,
      },
      {
        // An inactive key that exists, created after tracking began and never used.
        principal: `${ARN}user/svc-ci-deployer`,
        credential: 'access_key_2',
        credentialKind: 'access-key',
        active: false,
        state: 'inactive',
        createdAt: t('2024-01-10T07:00:00Z'),
        rotatedAt: t('2024-01-10T07:00:00Z'),
        lastUsedAt: null,
        line: 3,
      },
    ]);
  });

  it('reads N/A on a key created before 2015-04-22 as unknown, not never', async () => {
    const out = await collect(reader, 'aws-iam-credential-report/mixed-users.csv');
    const key = out.credentials.find((c) => c.principal === `${ARN}user/legacy-batch`);
    expect(key?.lastUsedAt).toBeUndefined();
    expect(key?.lastUsedUnknownReason).toMatch(/before AWS began tracking access-key use on 2015-04-22/);
    const principal = out.principals.find((p) => p.principal === `${ARN}user/legacy-batch`);
    expect(principal?.lastUsedAt).toBeUndefined();
  });

  it('reads passwords: last use, rotation, next rotation, no_information before and after tracking', async () => {
    const out = await collect(reader, 'aws-iam-credential-report/mixed-users.csv');
    const password = (user: string) =>
      out.credentials.find((c) => c.principal === `${ARN}user/${user}` && c.credential === 'password');
    expect(password('alice')).toEqual({
      principal: `${ARN}user/alice`,
      credential: 'password',
      credentialKind: 'password',
      active: true,
      rotatedAt: t('2026-01-01T09:00:00Z'),
      expiresAt: t('2027-01-01T09:00:00Z'),
      lastUsedAt: t('2026-11-20T17:45:12Z'),
      line: 5,
    });
    expect(password('new-console')?.lastUsedAt).toBeNull();
    expect(password('old-console')?.lastUsedAt).toBeUndefined();
    expect(password('old-console')?.lastUsedUnknownReason).toMatch(/2014-10-20/);
    expect(password('svc-ci-deployer')).toBeUndefined();
    // old-console's password predates the 2018 sign-in gap: its use then may be missing.
    expect(out.result.summary.blindSpots).toContainEqual(
      expect.stringMatching(/^AWS password last-used data misses/),
    );
  });

  it('has no last use for signing certificates, and says why', async () => {
    const out = await collect(reader, 'aws-iam-credential-report/mixed-users.csv');
    const certs = out.credentials.filter((c) => c.credentialKind === 'certificate');
    expect(certs).toEqual([
      {
        principal: `${ARN}user/cert-signer`,
        credential: 'cert_1',
        credentialKind: 'certificate',
        active: true,
        createdAt: t('2020-02-02T00:00:00Z'),
        rotatedAt: t('2020-02-02T00:00:00Z'),
        lastUsedUnknownReason: 'AWS does not record when a signing certificate is used',
        line: 8,
      },
    ]);
    expect(out.result.summary.blindSpots).toContain('AWS does not record when a signing certificate is used');
  });

  it('marks the root account out of scope and lists users without credentials', async () => {
    const out = await collect(reader, 'aws-iam-credential-report/mixed-users.csv');
    const root = out.principals.find((p) => p.principal === `${ARN}root`);
    expect(root).toMatchObject({
      kind: 'root',
      outOfScope: true,
      aliases: [],
      lastUsedAt: t('2026-09-15T08:30:00Z'),
    });
    const nobody = out.principals.find((p) => p.principal === `${ARN}user/no-credentials`);
    expect(nobody).toEqual({
      principal: `${ARN}user/no-credentials`,
      aliases: ['no-credentials'],
      kind: 'iam-user',
      createdAt: t('2026-11-01T00:00:00Z'),
      line: 9,
    });
    expect(out.credentials.filter((c) => c.principal === `${ARN}user/no-credentials`)).toEqual([]);
  });

  it('covers use since password tracking began, up to the newest time in the data', async () => {
    const out = await collect(reader, 'aws-iam-credential-report/mixed-users.csv');
    expect(out.result.summary.generatedAt).toBe('2026-11-24T05:15:00.000Z');
    expect(out.result.summary.generatedAtFrom).toBe('data');
    expect(out.result.summary.window).toEqual({
      from: '2014-10-20T00:00:00.000Z',
      to: '2026-11-24T05:15:00.000Z',
    });
  });

  it('prefers generated-at from the config over the data', async () => {
    const generatedAt = t('2026-11-24T06:00:00Z');
    const out = await collect(reader, 'aws-iam-credential-report/mixed-users.csv', {}, { generatedAt });
    expect(out.result.summary.generatedAtFrom).toBe('config');
    expect(out.result.generatedAt).toBe(generatedAt);
  });

  it('reads the saved get-credential-report response with its own GeneratedTime', async () => {
    const out = await collect(reader, 'aws-iam-credential-report/api-response.json');
    expect(out.accepted).toBe(8);
    expect(out.rejected).toEqual([]);
    expect(out.result.summary.generatedAt).toBe('2026-11-24T06:00:00.000Z');
    expect(out.result.summary.generatedAtFrom).toBe('export');
    expect(out.credentials.map((c) => `${c.principal.split(':').pop()} ${c.credential}`)).toContain(
      'user/svc-ci-deployer access_key_1',
    );
  });

  it('rejects bad rows with their line and reason, and reads the rest', async () => {
    const out = await collect(reader, 'aws-iam-credential-report/bad-rows.csv');
    expect(out.accepted).toBe(1);
    expect(out.rejected).toEqual([
      { line: 3, reason: '5 fields where the header has 22' },
      { line: 4, reason: 'access_key_1_last_rotated is not a time' },
      { line: 5, reason: 'access_key_1_active is neither true nor false' },
    ]);
    expect(out.result.summary.records).toBe(4);
    expect(out.result.summary.blindSpots).toBeUndefined();
    expect(out.principals.map((p) => p.aliases[0])).toEqual(['svc-good']);
  });

  it('refuses a file that is not a credential report', async () => {
    await expect(collect(reader, 'aws-iam-credential-report/not-a-report.csv')).rejects.toThrow(InputError);
    await expect(collect(reader, 'aws-iam-credential-report/not-a-report.csv')).rejects.toThrow(
      /not an IAM credential report: its header has no user, arn, user_creation_time column/,
    );
  });

  it('never crashes on arbitrary rows, and every row is accepted or rejected', async () => {
    const header =
      'user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,mfa_active,access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service,access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,access_key_2_last_used_region,access_key_2_last_used_service,cert_1_active,cert_1_last_rotated,cert_2_active,cert_2_last_rotated';
    const value = fc.oneof(
      fc.constantFrom(
        'N/A',
        'no_information',
        'not_supported',
        'true',
        'false',
        'TRUE',
        '',
        'arn:aws:iam::1:user/x',
      ),
      fc
        .date({ min: new Date('2000-01-01'), max: new Date('2030-01-01'), noInvalidDate: true })
        .map((d) => d.toISOString()),
      fc.string({ maxLength: 12 }).map((s) => s.replace(/[",\r\n]/g, '')),
    );
    const row = fc.array(value, { minLength: 20, maxLength: 23 });
    await fc.assert(
      fc.asyncProperty(fc.array(row, { maxLength: 8 }), async (rows) => {
        const text = [header, ...rows.map((r) => r.join(','))].join('\n');
        const counts = await readText(reader, text, {}, 37);
        expect(counts.accepted + counts.rejected.length).toBe(rows.length);
        for (const rejected of counts.rejected) {
          expect(rejected.line).toBeGreaterThan(1);
          expect(rejected.reason).not.toBe('');
        }
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});
