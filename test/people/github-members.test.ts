import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildOwnerDirectory } from '../../src/correlate/owners.js';
import type { SourceEntry } from '../../src/model/config.js';
import { readPeople } from '../../src/sources/people.js';
import { config, identity } from '../rules/helpers.js';
import { error, startFakeGitHub, type FakeGitHub } from '../sources/github/fake-github.js';

const NOW = Date.parse('2026-11-25T12:00:00Z');
const TOKEN = 'ghs_fakeinstallationtoken000000000000000';

// Items shaped like GET /orgs/{org}/members and /orgs/{org}/teams answer them (trimmed to what matters).
const member = (login: string, id: number) => ({
  login,
  id,
  node_id: `MDQ6VXNlcj${id}`,
  type: 'User',
  site_admin: false,
  url: `https://api.github.com/users/${login}`,
});
const team = (slug: string, name: string, id: number) => ({
  id,
  node_id: `MDQ6VGVhbT${id}`,
  name,
  slug,
  description: '',
  privacy: 'closed',
  permission: 'pull',
  parent: null,
});

let github: FakeGitHub;
beforeEach(async () => {
  github = await startFakeGitHub();
});
afterEach(async () => {
  await github.close();
});

function entry(options: Record<string, unknown> = { org: 'acme' }): SourceEntry {
  return { type: 'github-members', baseDir: '/tmp', options, location: { path: 'lastseen.yml', line: 9 } };
}

async function read(owners: string[], options?: Record<string, unknown>, token: string | null = TOKEN) {
  const identities = owners.map((owner, i) => identity(`id-${i}`, { owner }));
  const cfg = config({ people: [entry(options)], identities });
  const people = await readPeople(cfg, {
    workspace: '/tmp',
    now: NOW,
    github: {
      apiUrl: github.url,
      repository: 'acme/platform',
      ...(token !== null && { token }),
      waitScale: 0.001,
    },
  });
  return { people, owners: buildOwnerDirectory(people, NOW)! };
}

describe('github-members', () => {
  it('reads members (every page), teams, and the members of the teams owners name', async () => {
    github.pages('/orgs/acme/members', [
      [member('alice-m', 1), member('Octo-Bot', 2)],
      [member('carol-d', 3)],
    ]);
    github.pages('/orgs/acme/teams', [[team('platform', 'Platform', 11), team('sre', 'SRE', 12)]]);
    github.pages('/orgs/acme/teams/platform/members', [[member('alice-m', 1)]]);
    const { people, owners } = await read(['@acme/platform', '@octo-bot', '@other/sre']);
    const [org] = people.organisations;
    expect([...org.members!].sort()).toEqual(['alice-m', 'carol-d', 'octo-bot']);
    expect(org.teams!.get('platform')).toEqual({ slug: 'platform', name: 'Platform', members: ['alice-m'] });
    // sre is not named by an @acme/… owner: its members are not fetched.
    expect(org.teams!.get('sre')!.members).toBeUndefined();
    expect(github.requests.map((r) => r.path.split('?')[0])).not.toContain('/orgs/acme/teams/sre/members');
    expect(github.requests.every((r) => r.authorization === `token ${TOKEN}`)).toBe(true);
    expect(people.summaries[0]).toMatchObject({
      type: 'github-members',
      path: null,
      generatedAt: '2026-11-25T12:00:00.000Z',
      generatedAtFrom: 'api',
      records: 6,
      accepted: 6,
      rejected: 0,
    });
    expect(people.summaries[0].failure).toBeUndefined();
    expect(owners.lookup('@acme/platform')).toEqual({
      status: 'present',
      detail: 'GitHub team acme/platform: 1 member',
      source: 'github-members acme',
    });
    expect(owners.lookup('@former-dev')).toMatchObject({
      status: 'left',
      detail: 'not a member of the GitHub organisation acme',
    });
  });

  it('takes the organisation from the repository when the entry names none', async () => {
    github.pages('/orgs/acme/members', [[member('alice-m', 1)]]);
    github.pages('/orgs/acme/teams', [[]]);
    const { people } = await read([], {});
    expect(people.organisations[0].org).toBe('acme');
    expect(people.organisations[0].members!.has('alice-m')).toBe(true);
  });

  it('turns a 403 into unknown, naming the endpoint and the permission it needs', async () => {
    github.route('/orgs/acme/members', [error(403, 'Resource not accessible by integration')]);
    github.route('/orgs/acme/teams', [error(403, 'Resource not accessible by integration')]);
    const { people, owners } = await read(['@acme/platform']);
    expect(people.organisations[0].members).toBeUndefined();
    expect(people.organisations[0].teams).toBeUndefined();
    expect(people.summaries[0].failure).toBe(
      'GET /orgs/acme/teams: 403 Resource not accessible by integration: the token needs the "Members" organization permission (read), or a classic token with read:org; ' +
        'GET /orgs/acme/members: 403 Resource not accessible by integration: the token needs the "Members" organization permission (read), or a classic token with read:org',
    );
    expect(owners.lookup('@acme/platform').status).toBe('unknown');
    expect(owners.lookup('@anyone').status).toBe('unknown');
  });

  it('does not trust a member list when the token cannot list teams (it may see only public members)', async () => {
    github.pages('/orgs/acme/members', [[member('public-person', 1)]]);
    github.route('/orgs/acme/teams', [error(403, 'Must have admin rights to Repository.')]);
    const { people, owners } = await read([]);
    expect(people.organisations[0].members).toBeUndefined();
    expect(people.summaries[0].failure).toContain(
      'GET /orgs/acme/members: not trusted, since the token cannot list teams',
    );
    expect(owners.lookup('@private-person').status).toBe('unknown');
  });

  it('treats an organisation it cannot see (404) as unknown', async () => {
    const { owners, people } = await read(['@acme/platform']);
    expect(people.summaries[0].failure).toContain(
      'GET /orgs/acme/members: 404 Not Found: it does not exist, or the token cannot see it',
    );
    expect(owners.lookup('@acme/platform').status).toBe('unknown');
  });

  it('without a token, says how to give it one', async () => {
    const { people, owners } = await read(['@acme/platform'], { org: 'acme' }, null);
    expect(people.summaries[0].failure).toMatch(
      /^no token to read the GitHub API \(http:\/\/127\.0\.0\.1:\d+\): set GITHUB_TOKEN/,
    );
    expect(github.requests).toEqual([]);
    expect(owners.lookup('@acme/platform').status).toBe('unknown');
  });

  it('counts an item without a login as rejected, not as a member', async () => {
    github.pages('/orgs/acme/members', [[member('alice-m', 1), { id: 5 }]]);
    github.pages('/orgs/acme/teams', [[]]);
    const { people } = await read([]);
    expect(people.summaries[0]).toMatchObject({
      records: 2,
      accepted: 1,
      rejected: 1,
      errors: [{ line: 2, reason: 'member 2 has no login' }],
    });
  });

  it('refuses a path: the organisation is read live', async () => {
    const cfg = config({ people: [{ ...entry(), path: 'members.json' }] });
    await expect(readPeople(cfg, { workspace: '/tmp', now: NOW })).rejects.toThrow(
      'github-members reads the GitHub API: remove `path`',
    );
  });
});
