import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SourceEntry } from '../../src/model/config.js';
import { ConfigurationError } from '../../src/model/errors.js';
import { genericCsvReader as reader } from '../../src/sources/generic-csv.js';
import { collect } from '../helpers/collect.js';
import { readText } from './in-memory.js';

const t = (iso: string): number => Date.parse(iso);
const END_OF_DAY = 86_400_000 - 1;

const licences = {
  columns: {
    principal: 'user_email',
    use: 'last_active_at',
    login: 'last_login_at',
    created: 'assigned_at',
    status: 'status',
  },
};

const events = {
  columns: { principal: 'actor', at: 'timestamp', action: 'event_name', credential: 'api_key_id' },
};

function entry(options: Record<string, unknown>): SourceEntry {
  return { type: 'csv', path: 'x.csv', baseDir: '/', options, location: { path: 'lastseen.yml', line: 12 } };
}

describe('csv (snapshot mapping)', () => {
  it('reads one principal per row: last use, login, creation, status', async () => {
    const out = await collect(reader, 'csv/licences-snapshot.csv', licences);
    expect(out.result.coverage).toBe('snapshot');
    expect(out.result.platform).toBe('generic');
    expect(out.principals).toEqual([
      {
        principal: 'Alice@Example.com',
        aliases: [],
        line: 2,
        createdAt: t('2024-01-01') + END_OF_DAY,
        disabled: false,
        lastUsedAt: t('2026-11-20T10:00:00Z'),
        lastLoginAt: t('2026-11-24T08:00:00Z'),
      },
      {
        principal: 'bot-reporting@example.com',
        aliases: [],
        line: 3,
        createdAt: t('2025-06-01T00:00:00Z'),
        disabled: false,
        lastUsedAt: null,
        lastLoginAt: t('2026-11-01T09:30:00Z'),
      },
      {
        principal: 'old-contractor@example.com',
        aliases: [],
        line: 4,
        createdAt: t('2023-01-01') + END_OF_DAY,
        disabled: true,
        state: 'suspended',
        lastUsedAt: t('2026-03-01') + END_OF_DAY,
        lastLoginAt: null,
      },
    ]);
    expect(out.rejected).toEqual([
      { line: 5, reason: 'no principal in "user_email"' },
      { line: 6, reason: '"last_active_at" is not a time' },
    ]);
    expect(out.result.summary.records).toBe(5);
  });

  it('reads one credential per row when a credential column is mapped', async () => {
    const options = {
      columns: {
        principal: 'owner',
        credential: 'key_id',
        created: 'created',
        use: 'last_used',
        status: 'state',
      },
    };
    const out = await collect(reader, 'csv/api-keys.csv', options);
    expect(out.rejected).toEqual([]);
    expect(out.credentials).toEqual([
      {
        principal: 'svc-etl',
        credential: 'key-1',
        active: true,
        line: 2,
        createdAt: t('2026-01-05T00:00:00Z'),
        lastUsedAt: t('2026-11-20T10:00:05Z'),
      },
      {
        principal: 'svc-etl',
        credential: 'key-2',
        active: false,
        line: 3,
        createdAt: t('2025-02-01T00:00:00Z'),
        lastUsedAt: null,
        state: 'revoked',
      },
      {
        principal: 'svc-report',
        credential: 'key-9',
        active: true,
        line: 4,
        createdAt: t('2026-06-01T00:00:00Z'),
        lastUsedAt: null,
      },
    ]);
  });
});

describe('csv (event mapping)', () => {
  it('reads one event per row, with logins and sessions not meaningful', async () => {
    const out = await collect(reader, 'csv/events.csv', events);
    expect(out.result.coverage).toBe('events');
    expect(out.rejected).toEqual([]);
    expect(
      out.usage.map(({ principal, action, at, meaningful, login, credential, line }) => ({
        principal,
        action,
        at,
        meaningful,
        login,
        credential,
        line,
      })),
    ).toEqual([
      {
        principal: 'svc-etl',
        action: 'login',
        at: t('2026-11-20T10:00:00Z'),
        meaningful: false,
        login: true,
        credential: undefined,
        line: 2,
      },
      {
        principal: 'svc-etl',
        action: 'export.run',
        at: t('2026-11-20T10:00:05Z'),
        meaningful: true,
        login: undefined,
        credential: 'key-1',
        line: 3,
      },
      {
        principal: 'svc-etl',
        action: 'session.start',
        at: t('2026-11-21T08:00:00Z'),
        meaningful: false,
        login: true,
        credential: undefined,
        line: 5,
      },
      {
        principal: 'svc-report',
        action: 'token.refresh',
        at: t('2026-11-22T01:00:00Z'),
        meaningful: false,
        login: true,
        credential: 'key-9',
        line: 6,
      },
      {
        principal: 'svc-report',
        action: 'report.download',
        at: t('2026-11-22T02:00:00Z'),
        meaningful: true,
        login: undefined,
        credential: 'key-9',
        line: 7,
      },
      {
        principal: 'svc-report',
        action: 'report.delete',
        at: t('2026-11-23T02:00:00.123Z'),
        meaningful: true,
        login: undefined,
        credential: 'key-9',
        line: 8,
      },
    ]);
    expect(out.result.summary.window).toEqual({
      from: '2026-11-20T10:00:00.000Z',
      to: '2026-11-23T02:00:00.123Z',
    });
    expect(out.result.summary.generatedAtFrom).toBe('data');
  });

  it('applies meaningful globs, exclusions, and explicit names over the auth-like default', async () => {
    const out = await collect(reader, 'csv/events.csv', {
      ...events,
      meaningful: ['report.*', '!report.delete', 'login'],
    });
    const meaningful = out.usage.filter((e) => e.meaningful).map((e) => e.action);
    expect(meaningful).toEqual(['login', 'report.download']);
  });

  it('takes the platform from the entry', async () => {
    const out = await collect(reader, 'csv/events.csv', { ...events, platform: 'salesforce' });
    expect(out.result.platform).toBe('salesforce');
  });
});

describe('csv mapping errors', () => {
  it('names a missing column, lists the header, and guesses the intended one', async () => {
    const options = { columns: { ...licences.columns, principal: 'user_mail' } };
    const error = await collect(reader, 'csv/licences-snapshot.csv', options).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).message).toBe(
      'source csv csv/licences-snapshot.csv: `columns.principal` names "user_mail", which the file does not have (did you mean "user_email"?); its columns are "user_email", "seat_type", "assigned_at", "last_active_at", "last_login_at", "status"',
    );
    expect((error as ConfigurationError).location).toEqual({ path: 'lastseen.yml', line: 1 });
  });

  it.each([
    [{}, /`columns:` is required/],
    [{ columns: { use: 'a' } }, /`columns.principal` is required/],
    [{ columns: { principal: 'a' } }, /needs one of `use:`/],
    [{ columns: { principal: 'a', at: 'b', use: 'c' } }, /cannot be combined/],
    [
      { columns: { principal: 'a', use: 'b', princpal: 'c' } },
      /unknown key `columns.princpal` \(did you mean `principal`\?\)/,
    ],
    [{ columns: { principal: 'a', use: 'b' }, never: [1] }, /`never` must be a list of strings/],
    [{ columns: { principal: 'a', use: 7 } }, /`columns.use` must name a column/],
  ])('rejects the mapping %j at the entry', (options, message) => {
    const bad = entry(options);
    expect(() => reader.validate?.(bad)).toThrow(message);
    try {
      reader.validate?.(entry(options));
    } catch (error) {
      expect((error as ConfigurationError).location).toEqual({ path: 'lastseen.yml', line: 12 });
    }
  });

  it('accepts a single string for never and meaningful', () => {
    expect(() =>
      reader.validate?.(entry({ columns: { principal: 'a', at: 'b' }, never: '-', meaningful: 'x.*' })),
    ).not.toThrow();
  });
});

describe('csv property', () => {
  it('never crashes, and every row is accepted or rejected', async () => {
    const cell = fc.oneof(
      fc.constantFrom(
        '',
        'never',
        'N/A',
        'svc',
        '2026-11-20T10:00:00Z',
        '2026-02-30',
        'login',
        'a,b',
        'x"y',
        'line\nbreak',
      ),
      fc.string({ maxLength: 6 }),
    );
    const quote = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { maxLength: 8 }),
        async (rows) => {
          const body = rows
            .filter((r) => !(r.length === 1 && r[0] === ''))
            .map((r) => r.map(quote).join(','));
          const text = ['principal,at,action,credential', ...body].join('\r\n');
          const out = await readText(
            reader,
            text,
            { columns: { principal: 'principal', at: 'at', action: 'action', credential: 'credential' } },
            7,
          );
          expect(out.accepted + out.rejected.length).toBe(body.length);
          for (const rejected of out.rejected) expect(rejected.line).toBeGreaterThan(1);
        },
      ),
      { seed: 42, numRuns: 300 },
    );
  });
});
