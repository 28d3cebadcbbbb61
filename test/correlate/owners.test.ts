import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildOwnerDirectory, ownerForm, teamSlug, type OwnerDirectory } from '../../src/correlate/owners.js';
import type { OrgMembership } from '../../src/sources/github/members.js';
import { readPeople, type PeopleExport } from '../../src/sources/people.js';
import { FIXTURES } from '../helpers/collect.js';
import { config } from '../rules/helpers.js';

const NOW = Date.parse('2026-11-25T12:00:00Z');
const HR = 'csv hr-export.csv';

async function hrExport(columns: Record<string, string> = {}): Promise<PeopleExport> {
  const entry = {
    type: 'csv',
    path: 'hr-export.csv',
    baseDir: path.join(FIXTURES, 'people'),
    options: {
      columns: {
        person: 'Work Email',
        name: 'Preferred Name',
        login: 'GitHub Username',
        status: 'Worker Status',
        'end-date': 'Termination Date',
        manager: 'Manager',
        team: 'Team',
        ...columns,
      },
    },
    location: { path: 'lastseen.yml', line: 5 },
  };
  const read = await readPeople(config({ workspace: FIXTURES, people: [entry] }), {
    workspace: FIXTURES,
    now: NOW,
  });
  return read.exports[0];
}

function org(over: Partial<OrgMembership> = {}): OrgMembership {
  return {
    kind: 'github',
    label: 'github-members acme',
    org: 'acme',
    members: new Set(['alice-m', 'carol-d', 'octo-bot']),
    teams: new Map([
      [
        'platform-engineering',
        { slug: 'platform-engineering', name: 'Platform Engineering', members: ['alice-m'] },
      ],
      ['data', { slug: 'data', name: 'Data' }],
      ['ghost-town', { slug: 'ghost-town', name: 'Ghost Town', members: [] }],
    ]),
    failures: [],
    records: 6,
    rejected: [],
    ...over,
  };
}

async function directory(
  organisations: OrgMembership[] = [],
  exports?: PeopleExport[],
): Promise<OwnerDirectory> {
  return buildOwnerDirectory({ exports: exports ?? [await hrExport()], organisations }, NOW)!;
}

describe('owner forms', () => {
  it('recognises @org/team, @user and e-mails; anything else cannot be checked', () => {
    expect(ownerForm('@acme/platform')).toEqual({ kind: 'team', org: 'acme', team: 'platform' });
    expect(ownerForm(' @Alice-M ')).toEqual({ kind: 'user', login: 'alice-m' });
    expect(ownerForm('Bob@Acme.Example')).toEqual({ kind: 'email', email: 'bob@acme.example' });
    expect(ownerForm('Platform team')).toEqual({ kind: 'other' });
    expect(teamSlug('Platform Engineering')).toBe('platform-engineering');
    expect(teamSlug('@acme/SRE')).toBe('sre');
  });

  it('is no directory at all when no people entry is configured', () => {
    expect(buildOwnerDirectory({ exports: [], organisations: [] }, NOW)).toBeUndefined();
  });
});

describe('owners from an HR export', () => {
  it('finds a current person by e-mail, case-insensitively', async () => {
    expect((await directory()).lookup('alice.martin@acme.example')).toEqual({
      status: 'present',
      detail: 'status Active',
      source: HR,
      name: 'Alice Martin',
    });
  });

  it('says who left, since when, and suggests their manager', async () => {
    expect((await directory()).lookup('bob@acme.example')).toEqual({
      status: 'left',
      detail: 'status Terminated',
      since: Date.parse('2026-09-30T23:59:59.999Z'),
      source: HR,
      name: 'Bob Lee',
      successor: { owner: 'carol@acme.example', reason: 'manager of bob@acme.example' },
    });
  });

  it('counts a person as gone once their end date has passed, not on the day itself', async () => {
    const owners = await directory();
    // dave's last day is today (2026-11-25, until 23:59:59.999 UTC); erin's was yesterday.
    expect(owners.lookup('dave@acme.example')).toMatchObject({
      status: 'present',
      detail: 'status Active, leaving on 2026-11-25',
    });
    expect(owners.lookup('erin@acme.example')).toMatchObject({
      status: 'left',
      detail: 'end date 2026-11-24',
      since: Date.parse('2026-11-24T23:59:59.999Z'),
      successor: { owner: 'dave@acme.example', reason: 'manager of erin@acme.example' },
    });
  });

  it('keeps a status it does not know as present (on leave is not gone)', async () => {
    expect((await directory()).lookup('frank@acme.example')).toMatchObject({
      status: 'present',
      detail: 'status On Leave',
    });
  });

  it('goes up the chain when the manager has left too, else falls back to the team', async () => {
    // frank's manager bob has left; bob's manager carol is here.
    const owners = await directory();
    const hr = await hrExport();
    const gone = hr.people.map((p) =>
      p.person === 'frank@acme.example' ? { ...p, status: 'Terminated' } : p,
    );
    const withFrankGone = await directory([], [{ ...hr, people: gone }]);
    expect(withFrankGone.lookup('frank@acme.example').successor).toEqual({
      owner: 'carol@acme.example',
      reason: 'next manager above frank@acme.example: bob@acme.example left too',
    });
    // gina has no manager: her team is the suggestion.
    expect(owners.lookup('gina@acme.example').successor).toEqual({
      owner: 'team Growth',
      reason: 'team of gina@acme.example',
    });
  });

  it('resolves a person not in the export to nobody', async () => {
    expect((await directory()).lookup('mallory@acme.example')).toEqual({
      status: 'absent',
      detail: 'no person with e-mail mallory@acme.example',
      source: HR,
    });
  });

  it('resolves @user by the login column', async () => {
    const owners = await directory();
    expect(owners.lookup('@bob-lee')).toMatchObject({ status: 'left', name: 'Bob Lee' });
    expect(owners.lookup('@nobody-here')).toMatchObject({
      status: 'absent',
      detail: 'no person with login nobody-here',
    });
  });

  it('resolves @org/team by the team column, with team names slugged as GitHub does', async () => {
    const owners = await directory();
    expect(owners.lookup('@acme/platform-engineering')).toMatchObject({
      status: 'present',
      detail: 'team platform-engineering: 2 current members',
    });
    expect(owners.lookup('@acme/sre')).toMatchObject({
      status: 'present',
      detail: 'team sre: 1 current member',
    });
    expect(owners.lookup('@acme/growth')).toEqual({
      status: 'left',
      detail: 'every member of team growth has left (1)',
      since: Date.parse('2026-06-30T23:59:59.999Z'),
      source: HR,
    });
    expect(owners.lookup('@acme/marketing')).toEqual({
      status: 'absent',
      detail: 'no one is in team marketing',
      source: HR,
    });
  });

  it('cannot tell what the export has no column for', async () => {
    const hr = await hrExport();
    const bare = { ...hr, roles: new Set(['person', 'email', 'status'] as const) };
    const owners = await directory([], [bare]);
    expect(owners.lookup('@acme/marketing').status).toBe('unknown');
    expect(owners.lookup('@someone').status).toBe('unknown');
    expect(owners.lookup('Platform team')).toEqual({
      status: 'unknown',
      detail: 'not an @org/team, @user or e-mail',
    });
  });

  it('proves nothing from an export that could not be read', async () => {
    const hr = await hrExport();
    const owners = await directory([], [{ ...hr, failed: true }]);
    expect(owners.lookup('mallory@acme.example').status).toBe('unknown');
  });

  it('prefers the current row of a rehired person', async () => {
    const hr = await hrExport();
    const rehire = { ...hr.people[1], status: 'Active', at: 'people/hr-export.csv:9' };
    delete rehire.endDate;
    const owners = await directory([], [{ ...hr, people: [...hr.people, rehire] }]);
    expect(owners.lookup('bob@acme.example').status).toBe('present');
  });
});

describe('owners from the GitHub organisation', () => {
  it('knows members and non-members by login', async () => {
    const owners = await directory([org()], []);
    expect(owners.lookup('@octo-bot')).toEqual({
      status: 'present',
      detail: 'a member of the GitHub organisation acme',
      source: 'github-members acme',
    });
    expect(owners.lookup('@Former-Dev')).toEqual({
      status: 'left',
      detail: 'not a member of the GitHub organisation acme',
      source: 'github-members acme',
    });
  });

  it('knows teams by slug or name; an empty team or a missing one resolves to nobody', async () => {
    const owners = await directory([org()], []);
    expect(owners.lookup('@acme/platform-engineering')).toMatchObject({
      status: 'present',
      detail: 'GitHub team acme/platform-engineering: 1 member',
    });
    expect(owners.lookup('@acme/data')).toMatchObject({ status: 'present', detail: 'GitHub team acme/data' });
    expect(owners.lookup('@acme/ghost-town')).toMatchObject({
      status: 'absent',
      detail: 'the team acme/ghost-town has no members',
    });
    expect(owners.lookup('@acme/nope')).toMatchObject({
      status: 'absent',
      detail: 'no team nope in the GitHub organisation acme',
    });
    // Another organisation's team, and e-mails, are not GitHub's to judge here.
    expect(owners.lookup('@other/platform').status).toBe('unknown');
    expect(owners.lookup('alice@acme.example').status).toBe('unknown');
  });

  it('treats an unreadable member list or team list as unknown, never as nobody', async () => {
    const failures = ['GET /orgs/acme/members: 403 Forbidden: the token needs …'];
    const owners = await directory([org({ members: undefined, teams: undefined, failures })], []);
    expect(owners.lookup('@former-dev')).toEqual({
      status: 'unknown',
      detail: 'github-members acme could not be read',
    });
    expect(owners.lookup('@acme/nope').status).toBe('unknown');
  });

  it('lets a directory that saw someone leave outweigh one that still lists them', async () => {
    // alice-m is in the export and the org; bob-lee left per the export though the org would not know him.
    const owners = await directory([org()]);
    expect(owners.lookup('@alice-m').status).toBe('present');
    expect(owners.lookup('@bob-lee')).toMatchObject({ status: 'left', source: HR });
    // frankm is current in the export but no longer in the organisation.
    expect(owners.lookup('@frankm')).toMatchObject({ status: 'left', source: 'github-members acme' });
    // The team exists on GitHub even if nobody in the export is in it.
    expect(owners.lookup('@acme/ghost-town')).toMatchObject({ status: 'absent' });
    expect(owners.lookup('@acme/data').status).toBe('present');
  });

  it('suggests the GitHub team of someone who left without a manager', async () => {
    const hr = await hrExport();
    const noManager = hr.people.map((p) =>
      p.person === 'bob@acme.example' ? { ...p, manager: undefined } : p,
    );
    const owners = await directory([org()], [{ ...hr, people: noManager }]);
    expect(owners.lookup('bob@acme.example').successor).toEqual({
      owner: '@acme/data',
      reason: 'team of bob@acme.example',
    });
  });
});
