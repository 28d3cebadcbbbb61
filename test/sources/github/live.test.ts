// Live GitHub sources against a local server that answers like the REST API.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { error, startFakeGitHub, type FakeGitHub } from './fake-github.js';
import { readLive as readLiveFrom, TOKEN, type LiveExtra } from './live-helpers.js';

let github: FakeGitHub;
const readLive = (type: string, options: Record<string, unknown> = {}, extra: LiveExtra = {}) =>
  readLiveFrom(github, type, options, extra);

beforeEach(async () => {
  github = await startFakeGitHub();
});
afterEach(async () => {
  await github.close();
});

const key = (id: number, title: string, lastUsed: string | null, enabled = true) => ({
  id,
  key: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFakeKeyMaterialForTestsOnly',
  url: `https://api.github.com/repos/acme/app/keys/${id}`,
  title,
  verified: true,
  created_at: '2025-01-10T08:00:00Z',
  read_only: true,
  added_by: 'octocat',
  last_used: lastUsed,
  enabled,
});

describe('github-deploy-keys, live', () => {
  it('follows Link headers across pages and maps keys as the saved reader does', async () => {
    github.pages('/repos/acme/app/keys', [
      [key(101, 'deploy', '2026-11-20T09:00:00Z')],
      [key(102, 'mirror', null, false)],
    ]);
    const { principals, credentials, result, rejected } = await readLive('github-deploy-keys');
    expect(rejected).toEqual([]);
    expect(principals.map((p) => [p.principal, p.aliases, p.lastUsedAt, p.disabled])).toEqual([
      ['deploy-key:101', ['deploy-key:acme/app/deploy'], Date.parse('2026-11-20T09:00:00Z'), false],
      ['deploy-key:102', ['deploy-key:acme/app/mirror'], null, true],
    ]);
    expect(credentials.map((c) => [c.credential, c.active, c.credentialKind])).toEqual([
      ['deploy-key:101', true, 'deploy-key (read-only)'],
      ['deploy-key:102', false, 'deploy-key (read-only)'],
    ]);
    expect(result.summary).toMatchObject({
      type: 'github-deploy-keys',
      path: null,
      generatedAt: '2026-11-25T12:00:00.000Z',
      generatedAtFrom: 'api',
      records: 2,
      accepted: 2,
      rejected: 0,
      files: ['GET /repos/acme/app/keys'],
    });
    expect(result.failed).toBe(false);
    expect(github.requests.map((r) => r.path)).toEqual([
      '/repos/acme/app/keys?per_page=100',
      '/repos/acme/app/keys?per_page=100&page=2',
    ]);
    expect(github.requests.every((r) => r.authorization === `token ${TOKEN}`)).toBe(true);
  });

  it('fetches each page once, though the framework opens the listing twice (it sniffs first)', async () => {
    const long = 'x'.repeat(400);
    const page = (from: number, n: number) =>
      Array.from({ length: n }, (_, i) => key(from + i, `${long}-${from + i}`, null));
    github.pages('/repos/acme/app/keys', [page(1, 100), page(101, 100), page(201, 50)]);
    const { result } = await readLive('github-deploy-keys');
    expect(result.summary).toMatchObject({ records: 250, accepted: 250, rejected: 0 });
    expect(github.requests).toHaveLength(3);
  });

  it('names the endpoint and the permission on a 403, marks the source failed and does not throw', async () => {
    github.route('/repos/acme/app/keys', [error(403, 'Resource not accessible by integration')]);
    const { result, principals } = await readLive('github-deploy-keys');
    expect(principals).toEqual([]);
    expect(result.failed).toBe(true);
    expect(result.summary.failure).toBe(
      'GET /repos/acme/app/keys: 403 Resource not accessible by integration: the token needs the "Administration" repository permission (read); classic tokens: repo',
    );
    expect(github.requests).toHaveLength(1);
  });

  it('says what is missing when there is no token, and calls nothing', async () => {
    const { result } = await readLive('github-deploy-keys', {}, { token: null });
    expect(result.failed).toBe(true);
    expect(result.summary.failure).toMatch(
      /^no token to read the GitHub API \(http:\/\/127\.0\.0\.1:\d+\): set GITHUB_TOKEN/,
    );
    expect(github.requests).toEqual([]);
  });

  it('reads the repository the entry names, over GITHUB_REPOSITORY', async () => {
    github.pages('/repos/acme/infra/keys', [[key(7, 'ci', null)]]);
    const { principals } = await readLive('github-deploy-keys', { repo: 'acme/infra' });
    expect(principals.map((p) => p.aliases)).toEqual([['deploy-key:acme/infra/ci']]);
  });
});

describe('rate limits and server errors', () => {
  it('retries a secondary rate limit (429) as GitHub asks, then reads', async () => {
    github.route('/repos/acme/app/keys', [
      error(
        429,
        'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
        { 'retry-after': '2' },
      ),
      error(
        429,
        'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
        { 'retry-after': '2' },
      ),
      { body: [key(1, 'deploy', null)] },
    ]);
    const { result } = await readLive('github-deploy-keys');
    expect(result.failed).toBe(false);
    expect(result.summary.accepted).toBe(1);
    expect(github.requests).toHaveLength(3);
  });

  it('gives up on a secondary rate limit that does not lift, with a clear message', async () => {
    github.route('/repos/acme/app/keys', [
      error(
        403,
        'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
        { 'retry-after': '1' },
      ),
    ]);
    const { result } = await readLive('github-deploy-keys');
    expect(result.failed).toBe(true);
    expect(result.summary.failure).toMatch(
      /^GET \/repos\/acme\/app\/keys: rate limited \(403 You have exceeded a secondary rate limit/,
    );
    expect(result.summary.failure).toMatch(/gave up after 3 retries$/);
    expect(github.requests).toHaveLength(4);
  });

  it('does not wait an hour for the primary rate limit: it fails and says when it resets', async () => {
    const reset = Math.floor(Date.now() / 1000) + 3600;
    github.route('/repos/acme/app/keys', [
      error(403, 'API rate limit exceeded for installation ID 1.', {
        'x-ratelimit-remaining': '0',
        'x-ratelimit-limit': '5000',
        'x-ratelimit-reset': String(reset),
      }),
    ]);
    const { result } = await readLive('github-deploy-keys');
    expect(result.summary.failure).toContain(`the limit resets at ${new Date(reset * 1000).toISOString()}`);
    expect(github.requests).toHaveLength(1);
  });

  it('retries a server error', async () => {
    github.route('/repos/acme/app/keys', [error(502, 'Server Error'), { body: [key(1, 'deploy', null)] }]);
    const { result } = await readLive('github-deploy-keys');
    expect(result.failed).toBe(false);
    expect(github.requests).toHaveLength(2);
  });
});

describe('github-pats and github-app-installations, live', () => {
  it('reads the organization’s fine-grained tokens', async () => {
    github.pages('/orgs/acme/personal-access-tokens', [
      [
        {
          id: 25381,
          owner: { login: 'octocat', id: 1, type: 'User' },
          repository_selection: 'all',
          repositories_url:
            'https://api.github.com/organizations/652551/personal-access-token-requests/25381/repositories',
          permissions: { organization: { members: 'read' }, repository: { metadata: 'read' } },
          access_granted_at: '2026-03-01T10:00:00Z',
          token_id: 98716,
          token_name: 'release-bot',
          token_expired: false,
          token_expires_at: '2027-03-01T10:00:00Z',
          token_last_used_at: '2026-11-24T08:00:00Z',
        },
      ],
    ]);
    const { credentials, result } = await readLive('github-pats');
    expect(credentials.map((c) => [c.principal, c.credential, c.lastUsedAt])).toEqual([
      ['pat:98716', 'token:98716', Date.parse('2026-11-24T08:00:00Z')],
    ]);
    expect(result.summary.files).toEqual(['GET /orgs/acme/personal-access-tokens']);
  });

  it('says a GitHub App token is needed when the tokens endpoint refuses', async () => {
    github.route('/orgs/acme/personal-access-tokens', [
      error(403, 'Resource not accessible by personal access token'),
    ]);
    const { result } = await readLive('github-pats');
    expect(result.summary.failure).toContain(
      'needs a GitHub App installation token with the "Personal access tokens" organization permission (read)',
    );
  });

  it('reads installations from their envelope, for the organization the entry names', async () => {
    github.pages(
      '/orgs/platform-team/installations',
      [
        [
          {
            id: 25381,
            account: { login: 'platform-team', type: 'Organization' },
            app_id: 1,
            app_slug: 'release-drafter',
            target_id: 1,
            target_type: 'Organization',
            permissions: { contents: 'write' },
            events: ['push'],
            created_at: '2025-02-01T00:00:00Z',
            updated_at: '2025-02-01T00:00:00Z',
            suspended_at: null,
            suspended_by: null,
          },
        ],
      ],
      'installations',
    );
    const { principals } = await readLive('github-app-installations', { org: 'platform-team' });
    expect(principals.map((p) => [p.principal, p.aliases])).toEqual([
      ['app:release-drafter', ['release-drafter[bot]', 'app-id:1']],
    ]);
  });
});
