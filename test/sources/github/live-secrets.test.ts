// Live Actions secrets and audit log against the fake API: scopes, inferred use, windows, failures.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { error, startFakeGitHub, type FakeGitHub } from './fake-github.js';
import { NOW, readLive as readLiveFrom, type LiveExtra } from './live-helpers.js';

let github: FakeGitHub;
const readLive = (type: string, options: Record<string, unknown> = {}, extra: LiveExtra = {}) =>
  readLiveFrom(github, type, options, extra);
beforeEach(async () => {
  github = await startFakeGitHub();
});
afterEach(async () => {
  await github.close();
});

const secret = (name: string, updated = '2026-06-01T10:00:00Z') => ({
  name,
  created_at: '2026-01-05T10:00:00Z',
  updated_at: updated,
});

const run = (id: number, path: string, started: string) => ({
  id,
  name: path.split('/').pop(),
  path,
  status: 'completed',
  conclusion: 'success',
  event: 'push',
  head_branch: 'main',
  created_at: started,
  run_started_at: started,
  updated_at: started,
});

function repositoryWithSecrets() {
  github.pages(
    '/repos/acme/app/actions/secrets',
    [[secret('NPM_TOKEN')], [secret('SLACK_WEBHOOK')]],
    'secrets',
  );
  github.pages(
    '/repos/acme/app/environments',
    [
      [
        {
          id: 161088068,
          node_id: 'MDExOkVudmlyb25tZW50MTYxMDg4MDY4',
          name: 'production',
          protection_rules: [],
        },
      ],
    ],
    'environments',
  );
  github.pages('/repos/acme/app/environments/production/secrets', [[secret('AWS_ACCESS_KEY_ID')]], 'secrets');
  github.pages(
    '/repos/acme/app/actions/organization-secrets',
    [[secret('GCP_SA_KEY'), secret('NPM_TOKEN')]],
    'secrets',
  );
}

const references = [
  { name: 'NPM_TOKEN', workflow: '.github/workflows/deploy.yml', environment: 'production' },
  { name: 'AWS_ACCESS_KEY_ID', workflow: '.github/workflows/deploy.yml', environment: 'production' },
  { name: 'GCP_SA_KEY', workflow: '.github/workflows/report.yml' },
  { name: 'SLACK_WEBHOOK', workflow: '.github/workflows/notify.yml' },
];

describe('github-actions-secrets, live', () => {
  it('reads repository, environment and shared organization secrets under their own ids', async () => {
    repositoryWithSecrets();
    const { principals, credentials, result } = await readLive('github-actions-secrets');
    expect(principals.map((p) => [p.principal, p.aliases])).toEqual([
      ['secret:NPM_TOKEN', ['secret:acme/app/NPM_TOKEN']],
      ['secret:SLACK_WEBHOOK', ['secret:acme/app/SLACK_WEBHOOK']],
      ['secret:env/production/AWS_ACCESS_KEY_ID', ['secret:acme/app/env/production/AWS_ACCESS_KEY_ID']],
      ['secret:org/GCP_SA_KEY', ['secret:org/acme/GCP_SA_KEY']],
      ['secret:org/NPM_TOKEN', ['secret:org/acme/NPM_TOKEN']],
    ]);
    // updated_at is the rotation GitHub records.
    expect(credentials[0]).toMatchObject({
      credential: 'secret:NPM_TOKEN',
      rotatedAt: Date.parse('2026-06-01T10:00:00Z'),
    });
    expect(result.summary.files).toEqual([
      'GET /repos/acme/app/actions/secrets',
      'GET /repos/acme/app/environments/production/secrets',
      'GET /repos/acme/app/actions/organization-secrets',
    ]);
    expect(result.summary).toMatchObject({ records: 5, accepted: 5, generatedAtFrom: 'api' });
  });

  it('infers use from the last successful run of each workflow that references a secret, and says so', async () => {
    repositoryWithSecrets();
    github.pages(
      '/repos/acme/app/actions/runs',
      [
        [
          run(30, '.github/workflows/deploy.yml', '2026-11-24T10:00:00Z'),
          run(29, '.github/workflows/ci.yml', '2026-11-24T09:00:00Z'),
        ],
        [
          run(28, '.github/workflows/deploy.yml', '2026-11-20T10:00:00Z'),
          run(27, '.github/workflows/report.yml', '2026-11-01T06:00:00Z'),
        ],
      ],
      'workflow_runs',
    );
    const { usage, result } = await readLive('github-actions-secrets', {}, { references });
    expect(usage.map((e) => [e.principal, new Date(e.at).toISOString(), e.meaningful])).toEqual([
      // The environment's secret wins over the repository's of the same name inside that environment's job.
      ['secret:NPM_TOKEN', '2026-11-24T10:00:00.000Z', true],
      ['secret:env/production/AWS_ACCESS_KEY_ID', '2026-11-24T10:00:00.000Z', true],
      ['secret:org/GCP_SA_KEY', '2026-11-01T06:00:00.000Z', true],
    ]);
    expect(usage[2].detail).toBe(
      'inferred: last successful run of .github/workflows/report.yml, which references secrets.GCP_SA_KEY; GitHub does not record secret reads',
    );
    // notify.yml never ran: SLACK_WEBHOOK's use stays unknown, and the runs were read to the end.
    expect(
      github.requests.filter((r) => r.path.startsWith('/repos/acme/app/actions/runs')).map((r) => r.path),
    ).toEqual([
      '/repos/acme/app/actions/runs?status=success&per_page=100',
      '/repos/acme/app/actions/runs?per_page=100&page=2',
    ]);
    expect(result.summary.blindSpots).toContain(
      'GitHub does not record when an Actions secret is read: its last use is inferred from the last successful run of a workflow that references it, and is unknown when no recent run does',
    );
    expect(result.summary.records).toBe(5 + 4);
  });

  it('keeps the secrets when the runs cannot be read, and says which permission is missing', async () => {
    repositoryWithSecrets();
    github.route('/repos/acme/app/actions/runs', [error(403, 'Resource not accessible by integration')]);
    const { usage, result } = await readLive('github-actions-secrets', {}, { references });
    expect(usage).toEqual([]);
    expect(result.failed).toBe(false);
    expect(result.summary.failure).toBe(
      'GET /repos/acme/app/actions/runs?status=success: 403 Resource not accessible by integration: the token needs the "Actions" repository permission (read) (GITHUB_TOKEN: `permissions: actions: read`)',
    );
  });

  it('fails, without failing the scan, when the Actions token cannot read secrets at all', async () => {
    for (const path of [
      '/repos/acme/app/actions/secrets',
      '/repos/acme/app/environments',
      '/repos/acme/app/actions/organization-secrets',
    ]) {
      github.route(path, [error(403, 'Resource not accessible by integration')]);
    }
    const { result } = await readLive('github-actions-secrets');
    expect(result.failed).toBe(true);
    expect(result.summary.failure).toContain(
      'GET /repos/acme/app/actions/secrets: 403 Resource not accessible by integration: the token needs the "Secrets" repository permission (read)',
    );
    expect(result.summary.failure).toContain('environment secrets were not read');
  });

  it('reads only the organization’s secrets for an org entry', async () => {
    github.pages(
      '/orgs/acme/actions/secrets',
      [[{ ...secret('DEPLOY_KEY'), visibility: 'private' }]],
      'secrets',
    );
    const { principals, result } = await readLive('github-actions-secrets', { org: 'acme' });
    expect(principals.map((p) => p.principal)).toEqual(['secret:org/DEPLOY_KEY']);
    expect(result.summary.files).toEqual(['GET /orgs/acme/actions/secrets']);
  });
});

const event = (
  id: string,
  at: string,
  action: string,
  actor: string,
  extra: Record<string, unknown> = {},
) => ({
  '@timestamp': Date.parse(at),
  _document_id: id,
  action,
  actor,
  actor_id: 1,
  created_at: Date.parse(at),
  org: 'acme',
  operation_type: 'modify',
  ...extra,
});

describe('github-audit-log, live', () => {
  it('asks for the window, follows cursor links, and covers the window back from now', async () => {
    github.pages('/orgs/acme/audit-log', [
      [
        event('d1', '2026-11-24T08:00:00Z', 'repo.update', 'release-bot', {
          programmatic_access_type: 'Fine-grained personal access token',
          token_id: 98716,
        }),
      ],
      [event('d2', '2026-10-01T08:00:00Z', 'workflows.completed_workflow_run', 'release-drafter[bot]')],
    ]);
    const { usage, principals, result } = await readLive('github-audit-log', {}, { window: 30 * 86_400_000 });
    expect(github.requests[0].path).toBe(
      '/orgs/acme/audit-log?phrase=created%3A%3E%3D2026-10-26&include=all&order=desc&per_page=100',
    );
    expect(github.requests[1].path).toBe('/orgs/acme/audit-log?per_page=100&after=c2');
    expect(usage.map((e) => [e.principal, e.credential, e.meaningful])).toEqual([
      ['release-bot', 'token:98716', true],
      ['app:release-drafter', undefined, true],
    ]);
    // The saved reader's mapping, whatever it describes: here, the app behind the [bot] login.
    expect(principals.map((p) => p.principal)).toContain('app:release-drafter');
    expect(result).toMatchObject({
      coverage: 'events',
      failed: false,
      windowFrom: NOW - 30 * 86_400_000,
      windowTo: NOW,
    });
  });

  it('reads 180 days when the entry gives no window', async () => {
    github.pages('/orgs/acme/audit-log', [[]]);
    const { result } = await readLive('github-audit-log');
    expect(github.requests[0].path).toContain('phrase=created%3A%3E%3D2026-05-29');
    expect(result.summary.window).toEqual({
      from: '2026-05-29T12:00:00.000Z',
      to: '2026-11-25T12:00:00.000Z',
    });
  });

  it('names the plan on a 404: the organization audit log API is Enterprise Cloud only; an event log that fails proves nothing', async () => {
    const { result } = await readLive('github-audit-log');
    expect(result.failed).toBe(true);
    expect(result.summary.failure).toBe(
      'GET /orgs/acme/audit-log?phrase=created%3A%3E%3D2026-05-29&include=all&order=desc: 404 Not Found: it does not exist, or the token cannot see it (needs an organization owner\'s token with the "Administration" organization permission (read); classic tokens: read:audit_log, on GitHub Enterprise Cloud (the organization audit log API does not exist on other plans))',
    );
  });

  it('marks the log failed when a later page fails: a log with a gap cannot prove silence', async () => {
    github.pages('/orgs/acme/audit-log', [
      [event('d1', '2026-11-24T08:00:00Z', 'repo.update', 'release-bot')],
      [event('d2', '2026-11-01T08:00:00Z', 'repo.update', 'release-bot')],
    ]);
    github.route('/orgs/acme/audit-log#c2', [error(500, 'Server Error')]);
    const { usage, result } = await readLive('github-audit-log');
    expect(usage).toHaveLength(1);
    expect(result.failed).toBe(true);
    expect(result.summary.failure).toMatch(/^GET \/orgs\/acme\/audit-log\?.*: 500 Server Error$/);
  });
});
