// Live sources through scan(): entries without path read the API; a source the token cannot read is
// reported as failed, its subjects unknown, and the scan goes on.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scan } from '../../../src/scan.js';
import { error, startFakeGitHub, type FakeGitHub } from './fake-github.js';
import { NOW, TOKEN } from './live-helpers.js';

let github: FakeGitHub;
let workspace: string;

beforeEach(async () => {
  github = await startFakeGitHub();
  workspace = mkdtempSync(path.join(tmpdir(), 'lastseen-live-'));
  mkdirSync(path.join(workspace, '.github/workflows'), { recursive: true });
  writeFileSync(
    path.join(workspace, '.github/workflows/release.yml'),
    'on: push\njobs:\n  release:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm publish\n        env:\n          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}\n',
  );
  writeFileSync(
    path.join(workspace, 'lastseen.yml'),
    [
      'version: 1',
      'sources:',
      '  - type: github-actions-secrets',
      '  - type: github-deploy-keys',
      '    repo: acme/app',
      '  - type: github-audit-log',
      '    window: 30d',
      'identities:',
      '  - id: npm-token',
      '    kind: secret',
      '    owner: "@acme/web"',
      '    principals: ["secret:NPM_TOKEN"]',
      '  - id: mirror-key',
      '    kind: deploy-key',
      '    owner: "@acme/platform"',
      '    principals: ["deploy-key:acme/app/mirror"]',
      '',
    ].join('\n'),
  );
});
afterEach(async () => {
  await github.close();
});

describe('scan with live GitHub sources', () => {
  it('reads the API, infers a secret’s use from its workflow’s last run, and survives a 403', async () => {
    github.pages(
      '/repos/acme/app/actions/secrets',
      [[{ name: 'NPM_TOKEN', created_at: '2026-01-05T10:00:00Z', updated_at: '2026-01-05T10:00:00Z' }]],
      'secrets',
    );
    github.pages('/repos/acme/app/environments', [[]], 'environments');
    github.pages('/repos/acme/app/actions/organization-secrets', [[]], 'secrets');
    github.pages(
      '/repos/acme/app/actions/runs',
      [
        [
          {
            id: 9,
            path: '.github/workflows/release.yml',
            status: 'completed',
            conclusion: 'success',
            created_at: '2026-11-23T10:00:00Z',
            run_started_at: '2026-11-23T10:00:00Z',
          },
        ],
      ],
      'workflow_runs',
    );
    github.route('/repos/acme/app/keys', [error(403, 'Resource not accessible by integration')]);
    github.pages('/orgs/acme/audit-log', [[]]);

    const { report } = await scan({
      workspace,
      now: NOW,
      github: { apiUrl: github.url, token: TOKEN, repository: 'acme/app', waitScale: 0.001 },
    });

    expect(
      report.sources.map((s) => [s.type, s.path, s.generatedAtFrom, s.accepted, s.failure ?? null]),
    ).toEqual([
      ['github-actions-secrets', null, 'api', 2, null],
      [
        'github-deploy-keys',
        null,
        'api',
        0,
        'GET /repos/acme/app/keys: 403 Resource not accessible by integration: the token needs the "Administration" repository permission (read); classic tokens: repo',
      ],
      ['github-audit-log', null, 'api', 0, null],
      ['discover', null, null, 1, null],
    ]);
    const npm = report.subjects.find((s) => s.id === 'npm-token')!;
    expect(npm).toMatchObject({ status: 'active', lastMeaningfulUse: '2026-11-23T10:00:00.000Z' });
    // The deploy key's source failed: its subject is unknown, never inactive.
    const mirror = report.subjects.find((s) => s.id === 'mirror-key')!;
    expect(mirror.status).toBe('unknown');
    expect(report.findings.filter((f) => f.subject === 'mirror-key').map((f) => f.rule)).toContain(
      'no-telemetry',
    );
    expect(report.findings.some((f) => f.subject === 'mirror-key' && f.rule === 'inactive')).toBe(false);
  });
});
