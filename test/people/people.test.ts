import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Config, SourceEntry } from '../../src/model/config.js';
import { ConfigurationError } from '../../src/model/errors.js';
import { readPeople } from '../../src/sources/people.js';
import { FIXTURES } from '../helpers/collect.js';
import { config } from '../rules/helpers.js';

const NOW = Date.parse('2026-11-25T12:00:00Z');
const HR_COLUMNS = {
  person: 'Work Email',
  name: 'Preferred Name',
  login: 'GitHub Username',
  status: 'Worker Status',
  'end-date': 'Termination Date',
  manager: 'Manager',
  team: 'Team',
};

function entry(
  type: string,
  file: string | undefined,
  options: Record<string, unknown>,
  baseDir = path.join(FIXTURES, 'people'),
): SourceEntry {
  return { type, ...(file && { path: file }), baseDir, options, location: { path: 'lastseen.yml', line: 7 } };
}

function withPeople(people: SourceEntry[], workspace = FIXTURES): Config {
  return config({ workspace, people, sources: [] });
}

describe('people: csv', () => {
  it('reads an HR export through its column mapping', async () => {
    const read = await readPeople(withPeople([entry('csv', 'hr-export.csv', { columns: HR_COLUMNS })]), {
      workspace: FIXTURES,
      now: NOW,
    });
    const [hr] = read.exports;
    expect(hr.label).toBe('csv hr-export.csv');
    expect(hr.failed).toBe(false);
    expect([...hr.roles].sort()).toEqual([
      'end-date',
      'login',
      'manager',
      'name',
      'person',
      'status',
      'team',
    ]);
    expect(hr.people).toHaveLength(7);
    expect(hr.people[0]).toEqual({
      person: 'Alice.Martin@Acme.example',
      email: 'Alice.Martin@Acme.example',
      name: 'Alice Martin',
      login: 'alice-m',
      status: 'Active',
      manager: 'carol@acme.example',
      teams: ['Platform Engineering'],
      at: 'people/hr-export.csv:2',
    });
    expect(hr.people[1]).toMatchObject({
      person: 'bob@acme.example',
      status: 'Terminated',
      // A bare date is the end of that UTC day: the last working day.
      endDate: Date.parse('2026-09-30T23:59:59.999Z'),
    });
    expect(hr.people[2].teams).toEqual(['Data', 'Platform Engineering']);
    expect(hr.people[4].login).toBeUndefined();
    expect(read.summaries[0]).toMatchObject({
      type: 'csv',
      path: 'hr-export.csv',
      records: 7,
      accepted: 7,
      rejected: 0,
      files: ['people/hr-export.csv'],
    });
  });

  it('rejects rows without a person or with an end date that is not a date, with the line', async () => {
    const columns = {
      person: 'Work Email',
      name: 'Preferred Name',
      status: 'Worker Status',
      'end-date': 'Termination Date',
    };
    const read = await readPeople(withPeople([entry('csv', 'bad-rows.csv', { columns })]), {
      workspace: FIXTURES,
      now: NOW,
    });
    expect(read.exports[0].people.map((p) => p.person)).toEqual(['heidi@acme.example', 'judy@acme.example']);
    expect(read.exports[0].people[1]).toMatchObject({ name: 'Judy "JJ" Chen' });
    expect(read.exports[0].people[1].endDate).toBeUndefined();
    expect(read.summaries[0]).toMatchObject({
      records: 4,
      accepted: 2,
      rejected: 2,
      errors: [
        { line: 3, reason: 'no person in "Work Email"' },
        { line: 4, reason: 'Termination Date is not a date: "last friday"' },
      ],
    });
  });

  it('refuses a mapping that cannot work, at the entry, before reading anything', async () => {
    const read = (options: Record<string, unknown>, file = 'hr-export.csv') =>
      readPeople(withPeople([entry('csv', file, options)]), { workspace: FIXTURES, now: NOW });
    await expect(read({})).rejects.toThrow('`columns:` is required');
    await expect(read({ columns: { name: 'Preferred Name' } })).rejects.toThrow(
      '`columns.person` is required',
    );
    await expect(read({ columns: { person: 'Work Email', enddate: 'x' } })).rejects.toThrow(
      'unknown key `columns.enddate` (did you mean `end-date`?)',
    );
    await expect(read({ columns: { person: 'Work Email' }, meaningful: ['*'] })).rejects.toThrow(
      '`meaningful` does not apply to a people entry of type csv',
    );
    const error = await read({ columns: { person: 'Work Emial' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).message).toContain(
      '`columns.person` names "Work Emial", which people/hr-export.csv does not have (did you mean "Work Email"?)',
    );
    expect((error as ConfigurationError).location).toEqual({ path: 'lastseen.yml', line: 7 });
    await expect(
      readPeople(withPeople([entry('okta-system-log', 'x.json', {})]), { workspace: FIXTURES, now: NOW }),
    ).rejects.toThrow('a people entry is one of csv, jsonl, github-members');
  });

  it('reports a missing file as a failed source, not a crash', async () => {
    const read = await readPeople(
      withPeople([entry('csv', 'gone-*.csv', { columns: { person: 'email' } })]),
      { workspace: FIXTURES, now: NOW },
    );
    expect(read.exports[0].failed).toBe(true);
    expect(read.summaries[0].failure).toBe('no file matches "gone-*.csv"');
  });
});

describe('people: jsonl', () => {
  it('reads an Okta users export with dot paths', async () => {
    const columns = {
      person: 'profile.login',
      email: 'profile.email',
      status: 'status',
      'status-changed': 'statusChanged',
      manager: 'profile.managerId',
      team: 'profile.department',
    };
    const read = await readPeople(withPeople([entry('jsonl', 'okta-users.json', { columns })]), {
      workspace: FIXTURES,
      now: NOW,
    });
    const people = read.exports[0].people;
    expect(people.map((p) => [p.person, p.status, p.manager ?? null, p.teams])).toEqual([
      ['alice.martin@acme.example', 'ACTIVE', '00u1carold0000000003', ['Platform Engineering']],
      ['bob@acme.example', 'DEPROVISIONED', '00u1carold0000000003', ['Data']],
      ['carol@acme.example', 'SUSPENDED', null, ['Data']],
      ['svc-sync@acme.example', 'PASSWORD_EXPIRED', null, []],
    ]);
    expect(people[1].statusChanged).toBe(Date.parse('2026-10-01T17:30:00Z'));
    expect(read.summaries[0]).toMatchObject({ records: 4, accepted: 4, rejected: 0 });
  });

  it('says which field a wrong person path should have named', async () => {
    const error = readPeople(
      withPeople([entry('jsonl', 'okta-users.json', { columns: { person: 'profile.logon' } })]),
      { workspace: FIXTURES, now: NOW },
    );
    await expect(error).rejects.toThrow(
      '`columns.person` names "profile.logon", which no record of people/okta-users.json has (did you mean "profile.login"?)',
    );
  });
});

describe('people: property', () => {
  it('never crashes on arbitrary rows; every row is accepted or rejected with a line and a reason', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lastseen-people-'));
    const cell = fc.oneof(
      fc.constantFrom(
        '',
        'N/A',
        'Active',
        'Terminated',
        '2026-09-30',
        '2026-13-45',
        'a@b.example',
        'x,y',
        '"q"',
      ),
      fc.string({ maxLength: 12 }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(cell, cell, cell), { maxLength: 20 }), async (rows) => {
        const quote = (v: string) => `"${v.replace(/"/g, '""')}"`;
        const text = ['email,status,end', ...rows.map((r) => r.map(quote).join(','))].join('\n');
        writeFileSync(path.join(dir, 'people.csv'), text);
        const columns = { person: 'email', status: 'status', 'end-date': 'end' };
        const read = await readPeople(withPeople([entry('csv', 'people.csv', { columns }, dir)], dir), {
          workspace: dir,
          now: NOW,
        });
        const summary = read.summaries[0];
        expect(summary.records).toBe(rows.length);
        expect(summary.accepted + summary.rejected).toBe(summary.records);
        expect(read.exports[0].people).toHaveLength(summary.accepted);
        for (const error of summary.errors) {
          expect(error.line).toBeGreaterThan(1);
          expect(error.reason).not.toBe('');
        }
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});
