import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { googleWorkspaceUsage } from '../../src/sources/google-workspace-usage.js';
import { collect } from '../helpers/collect.js';
import { collectGzipped } from '../helpers/gzip.js';
import { readText } from '../helpers/read-text.js';

const t = (iso: string) => Date.parse(iso);

describe('google-workspace-usage: Reports API user usage report', () => {
  it('reads the documented envelope: app activity is use, sign-in is a login', async () => {
    const out = await collect(googleWorkspaceUsage, 'google-workspace-usage/usage-report.json');
    expect(out.rejected).toEqual([]);
    expect(out.accepted).toBe(4);
    const [backup, room, intern, bot] = out.principals;
    expect(backup).toEqual({
      principal: 'svc-backup@acme.example',
      aliases: ['103456789012345678901'],
      createdAt: t('2024-01-05T10:00:00Z'),
      disabled: false,
      lastLoginAt: t('2026-06-01T07:12:00Z'),
      // Gmail's 1970 is "none"; Drive's activity is the last use.
      lastUsedAt: t('2026-11-22T02:40:00Z'),
      line: 1,
    });
    // The epoch sentinel: never signed in, so never used; e-mails are lower case.
    expect(room).toMatchObject({
      principal: 'room-booking@acme.example',
      lastLoginAt: null,
      lastUsedAt: null,
    });
    // Mail arriving (gmail:last_access_time) is not use: unknown, with the reason.
    expect(intern).toMatchObject({
      disabled: true,
      state: 'suspended',
      lastLoginAt: t('2025-03-01T16:00:00Z'),
    });
    expect(intern.lastUsedAt).toBeUndefined();
    expect(intern.lastUsedUnknownReason).toMatch(/no app activity time/);
    // The later of password and SSO sign-ins; the latest of the app times.
    expect(bot).toMatchObject({
      lastLoginAt: t('2026-11-20T09:00:00Z'),
      lastUsedAt: t('2026-11-21T11:30:00Z'),
    });
  });

  it('takes the generation time from the report date, a day in Pacific Standard Time', async () => {
    const out = await collect(googleWorkspaceUsage, 'google-workspace-usage/usage-report.json');
    expect(out.result.summary.generatedAt).toBe('2026-11-23T07:59:59.999Z');
    expect(out.result.summary.generatedAtFrom).toBe('export');
    expect(out.result.coverage).toBe('snapshot');
    expect(out.result.platform).toBe('google-workspace');
  });

  it('reads pages and counts a user repeated across pages once', async () => {
    const out = await collect(googleWorkspaceUsage, 'google-workspace-usage/pages.json');
    expect(out.accepted).toBe(3);
    expect(out.result.summary.duplicates).toBe(1);
    expect(out.principals.map((p) => p.principal)).toEqual([
      'svc-backup@acme.example',
      'reports-bot@acme.example',
    ]);
  });

  it('rejects reports that are not about a user, or hold a broken time', async () => {
    const out = await collect(googleWorkspaceUsage, 'google-workspace-usage/malformed-element.json');
    expect(out.accepted).toBe(1);
    expect(out.principals[0].lastLoginAt).toBe(t('2025-11-22T08:26:40Z'));
    expect(out.rejected.map((r) => r.reason)).toEqual([
      'usageReports[1]: no entity.userEmail (is this a user usage report?)',
      'usageReports[2]: entity.type is CUSTOMER, not USER',
      'usageReports[3]: gmail:last_interaction_time is not a time',
      'usageReports[4]: expected an object, found a string',
    ]);
  });

  it('reads a gzipped report', async () => {
    const out = await collectGzipped(googleWorkspaceUsage, 'google-workspace-usage/usage-report.json');
    expect(out.accepted).toBe(4);
  });
});

describe('google-workspace-usage: Admin console users CSV', () => {
  it('reads the export with its BOM and CRLF: sign-ins are logins, "Never logged in" is never', async () => {
    const out = await collect(googleWorkspaceUsage, 'google-workspace-usage/users.csv');
    expect(out.principals.map((p) => p.principal)).toEqual([
      'svc-backup@acme.example',
      'room-booking@acme.example',
      'old.intern@acme.example',
    ]);
    expect(out.principals[0]).toEqual({
      principal: 'svc-backup@acme.example',
      aliases: [],
      disabled: false,
      // Zone-less: read as UTC.
      lastLoginAt: t('2026-06-01T07:12:00Z'),
      lastUsedUnknownReason: 'the Admin console users export shows sign-ins only, not app use',
      line: 2,
    });
    expect(out.principals[1]).toMatchObject({ lastLoginAt: null, lastUsedAt: null });
    expect(out.principals[2]).toMatchObject({ disabled: true, state: 'suspended', line: 4 });
  });

  it('counts a repeated row once and rejects rows without an address or with a broken time', async () => {
    const out = await collect(googleWorkspaceUsage, 'google-workspace-usage/users.csv');
    expect(out.accepted).toBe(4);
    expect(out.result.summary.duplicates).toBe(1);
    expect(out.rejected).toEqual([
      { line: 6, reason: 'no e-mail address' },
      { line: 7, reason: 'Last Sign In is not a time' },
    ]);
  });

  it('rejects every row of a CSV that is not the users export', async () => {
    const out = await readText(googleWorkspaceUsage, 'name,when\nx,2026-01-01\ny,2026-01-02\n');
    expect(out.accepted).toBe(0);
    expect(out.rejected).toHaveLength(2);
    expect(out.rejected[0].reason).toMatch(/Email Address \[Required\]/);
  });

  it('reads a gzipped export', async () => {
    const out = await collectGzipped(googleWorkspaceUsage, 'google-workspace-usage/users.csv');
    expect(out.principals).toHaveLength(3);
  });
});

describe('google-workspace-usage: properties', () => {
  it('never throws, and every report is accepted or rejected', async () => {
    const parameter = fc.record(
      {
        name: fc.constantFrom(
          'accounts:last_login_time',
          'accounts:is_suspended',
          'gmail:last_interaction_time',
          'drive:last_active_usage_time',
          'calendar:last_active_usage_time',
        ),
        datetimeValue: fc.oneof(
          fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
          fc.string(),
        ),
        boolValue: fc.boolean(),
        intValue: fc.oneof(fc.integer().map(String), fc.string()),
      },
      { requiredKeys: ['name'] },
    );
    const report = fc.record(
      {
        date: fc.oneof(fc.constant('2026-11-22'), fc.string()),
        entity: fc.record(
          { userEmail: fc.string(), type: fc.constantFrom('USER', 'CUSTOMER') },
          { requiredKeys: [] },
        ),
        parameters: fc.oneof(fc.array(parameter, { maxLength: 5 }), fc.jsonValue()),
      },
      { requiredKeys: [] },
    );
    const item = fc.oneof(
      report,
      fc.jsonValue().filter((v) => !Array.isArray(v)),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(item, { maxLength: 8 }), async (items) => {
        const out = await readText(
          googleWorkspaceUsage,
          JSON.stringify({ kind: 'admin#reports#usageReports', usageReports: items }),
        );
        expect(out.accepted + out.rejected.length).toBe(items.length);
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it('never throws on CSV rows, and every row after the header is accepted or rejected', async () => {
    const header =
      'First Name [Required],Last Name [Required],Email Address [Required],Status [READ ONLY],Last Sign In [READ ONLY]';
    const cell = fc.stringMatching(/^[^",\r\n]{0,20}$/);
    const row = fc.tuple(
      cell,
      cell,
      fc.oneof(fc.emailAddress(), cell),
      fc.constantFrom('Active', 'Suspended', ''),
      fc.oneof(cell, fc.constant('Never logged in')),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(row, { maxLength: 10 }), async (rows) => {
        const body = [header, ...rows.map((r) => r.join(','))].join('\r\n');
        const out = await readText(googleWorkspaceUsage, body);
        const nonEmpty = rows.filter((r) => r.join(',') !== '').length;
        expect(out.accepted + out.rejected.length).toBe(nonEmpty);
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it('never throws on arbitrary text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 400 }), async (text) => {
        await readText(googleWorkspaceUsage, text);
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});
