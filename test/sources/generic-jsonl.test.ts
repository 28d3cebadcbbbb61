import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/model/errors.js';
import { compilePath, genericJsonlReader as reader } from '../../src/sources/generic-jsonl.js';
import { collect } from '../helpers/collect.js';
import { readText } from './in-memory.js';

const t = (iso: string): number => Date.parse(iso);
const idpEvents = {
  columns: { principal: 'actor.alternateId', at: 'published', action: 'eventType' },
  platform: 'okta',
};

describe('jsonl', () => {
  it('reads events by dot path, rejecting the broken line and the event without a principal', async () => {
    const out = await collect(reader, 'jsonl/idp-events.jsonl', idpEvents);
    expect(out.result.coverage).toBe('events');
    expect(out.result.platform).toBe('okta');
    expect(out.usage).toEqual([
      {
        principal: 'svc-sync@example.com',
        at: t('2026-11-20T10:00:00Z'),
        action: 'user.session.start',
        meaningful: false,
        login: true,
        ok: true,
        line: 1,
      },
      {
        principal: 'svc-sync@example.com',
        at: t('2026-11-20T10:00:02Z'),
        action: 'application.provision.user.push',
        meaningful: true,
        ok: true,
        line: 2,
      },
      {
        principal: 'reporting-client',
        at: t('2026-11-21T10:00:00Z'),
        action: 'app.oauth2.token.grant.refresh_token',
        meaningful: false,
        login: true,
        ok: true,
        line: 3,
      },
      // Epoch seconds are read as such.
      {
        principal: 'svc-sync@example.com',
        at: 1795400000 * 1000,
        action: 'group.user_membership.add',
        meaningful: true,
        ok: true,
        line: 5,
      },
    ]);
    expect(out.rejected).toHaveLength(2);
    expect(out.rejected[0].line).toBe(4);
    expect(out.rejected[0].reason).toMatch(/^not valid JSON/);
    expect(out.rejected[1]).toEqual({ line: 6, reason: 'no principal in "actor.alternateId"' });
    expect(out.result.summary.records).toBe(6);
  });

  it('reads a pretty-printed envelope through `records:`', async () => {
    const options = {
      columns: {
        principal: 'userPrincipalName',
        use: 'signInActivity.lastSignInDateTime',
        created: 'createdDateTime',
      },
      records: 'value',
    };
    const out = await collect(reader, 'jsonl/users-envelope.json', options);
    expect(out.rejected).toEqual([]);
    expect(out.result.coverage).toBe('snapshot');
    expect(out.principals).toEqual([
      {
        principal: 'svc-backup@contoso.example',
        aliases: [],
        line: 1,
        createdAt: t('2024-03-01T08:00:00Z'),
        lastUsedAt: t('2026-11-02T04:05:06Z'),
      },
      // A null last sign-in is "never".
      {
        principal: 'svc-legacy@contoso.example',
        aliases: [],
        line: 1,
        createdAt: t('2019-07-01T08:00:00Z'),
        lastUsedAt: null,
      },
    ]);
  });

  it('says which fields there are when no record has the principal path', async () => {
    const options = { columns: { principal: 'actor.alternateID', at: 'published' } };
    const error = await collect(reader, 'jsonl/idp-events.jsonl', options).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toMatch(
      /no record has "actor.alternateID" \(`columns.principal`\); did you mean "actor.alternateId"\?/,
    );
    expect((error as Error).message).toMatch(
      /the first record's fields are "published", "eventType", "actor.id", "actor.alternateId"/,
    );
  });

  it('rejects a bad `records:` option at the entry', () => {
    const entry = {
      type: 'jsonl',
      baseDir: '/',
      options: { columns: { principal: 'a', use: 'b' }, records: 3 },
      location: { path: 'l.yml', line: 4 },
    };
    expect(() => reader.validate?.(entry)).toThrow(ConfigurationError);
  });

  it('looks up whole keys with dots before walking the path', () => {
    expect(compilePath('@timestamp')({ '@timestamp': 1 })).toBe(1);
    expect(compilePath('a.b')({ 'a.b': 1, a: { b: 2 } })).toBe(1);
    expect(compilePath('a.b')({ a: { b: 2 } })).toBe(2);
    expect(compilePath('a.0.b')({ a: [{ b: 3 }] })).toBe(3);
    expect(compilePath('a.b')({ a: 'x' })).toBeUndefined();
  });

  it('never crashes, and every record is accepted or rejected', async () => {
    const value = fc.oneof(
      fc.constantFrom('svc', '2026-11-20T10:00:00Z', 'never', '', 'login'),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
    );
    const record = fc.record(
      { who: fc.oneof(value, fc.record({ id: value })), when: value, what: value },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(record, { minLength: 1, maxLength: 10 }),
        fc.constantFrom('lines', 'array', 'pretty'),
        async (records, shape) => {
          // The principal path resolves in at least one record, so the mapping itself is right.
          records[0] = { ...records[0], who: { id: 'svc' } };
          const text =
            shape === 'lines'
              ? records.map((r) => JSON.stringify(r)).join('\n')
              : JSON.stringify(records, null, shape === 'pretty' ? 2 : undefined);
          const out = await readText(
            reader,
            text,
            { columns: { principal: 'who.id', at: 'when', action: 'what' } },
            13,
          );
          expect(out.accepted + out.rejected.length).toBe(records.length);
          for (const rejected of out.rejected) expect(rejected.line).toBeGreaterThan(0);
        },
      ),
      { seed: 42, numRuns: 300 },
    );
  });
});
