// Discovery over the fixture repository: every declaration, at its exact line.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover } from '../../src/discover/index.js';
import type { DiscoveredPrincipal } from '../../src/discover/types.js';

export const REPO = path.resolve(import.meta.dirname, '../fixtures/discover/repo');
const PATHS = ['infra/**/*.tf', 'infra/*.json', 'k8s/**/*.yaml', '.github/workflows/*.yml'];

const run = () => discover({ enabled: true, paths: PATHS, baseDir: REPO }, REPO);

function where(found: DiscoveredPrincipal[]): string[] {
  return found.map(
    (p) =>
      `${p.location.path}:${p.location.line} ${p.id}${p.belongsTo ? ` → ${p.belongsTo}` : ''}${p.aliases.length ? ` (${p.aliases.join(', ')})` : ''}`,
  );
}

describe('discover', () => {
  it('finds every Terraform identity at the line of its resource block', async () => {
    const found = await run();
    const terraform = found.principals.filter((p) => p.source === 'terraform');
    expect(where(terraform)).toEqual([
      'infra/github.tf:6 tf:github_actions_secret.npm (secret:NPM_TOKEN)',
      'infra/github.tf:12 tf:github_repository_deploy_key.mirror',
      'infra/github.tf:19 tf:kubernetes_service_account.builder (system:serviceaccount:ci:builder)',
      'infra/iam.tf:6 tf:aws_iam_user.deployer (svc-deployer)',
      'infra/iam.tf:13 tf:aws_iam_access_key.deployer → tf:aws_iam_user.deployer',
      'infra/iam.tf:27 tf:aws_iam_access_key.legacy → svc-legacy',
      'infra/iam.tf:31 tf:google_service_account.ci (ci-runner@acme-prod.iam.gserviceaccount.com)',
      'infra/iam.tf:37 tf:google_service_account_key.ci → tf:google_service_account.ci',
      'infra/iam.tf:41 tf:azuread_application.sync',
      'infra/iam.tf:45 tf:azuread_application_password.sync → tf:azuread_application.sync',
      'infra/iam.tf:49 tf:azuread_service_principal.sync',
    ]);
    expect(terraform.find((p) => p.id === 'tf:aws_iam_user.deployer')).toMatchObject({
      platform: 'aws',
      kind: 'service-account',
    });
  });

  it('reads terraform show -json output: resolved values, module addresses, no deleted resources', async () => {
    const found = await run();
    expect(where(found.principals.filter((p) => p.source === 'terraform-json'))).toEqual([
      'infra/plan.json:8 tf:aws_iam_user.reporting (svc-reporting)',
      'infra/plan.json:22 tf:module.etl.aws_iam_access_key.loader → svc-reporting',
    ]);
  });

  it('finds service accounts and legacy token secrets in multi-document manifests and lists', async () => {
    const found = await run();
    expect(where(found.principals.filter((p) => p.source === 'kubernetes'))).toEqual([
      'k8s/accounts.yaml:2 system:serviceaccount:payments:payments-api',
      'k8s/accounts.yaml:8 system:serviceaccount:default:reporter',
      'k8s/accounts.yaml:13 k8s-secret:default/reporter-token → system:serviceaccount:default:reporter',
      'k8s/exported.yaml:4 system:serviceaccount:ops:backup',
    ]);
  });

  it('reads the legacy-token-last-used label as the platform’s own last use (end of that UTC day)', async () => {
    const found = await run();
    expect(found.telemetry).toEqual([
      {
        principal: 'system:serviceaccount:default:reporter',
        credential: 'k8s-secret:default/reporter-token',
        active: true,
        credentialKind: 'legacy service account token',
        lastUsedAt: Date.parse('2026-10-02T23:59:59.999Z'),
        line: 13,
      },
    ]);
  });

  it('finds every secrets reference in workflows, never GITHUB_TOKEN or github.token', async () => {
    const found = await run();
    expect(where(found.principals.filter((p) => p.source === 'workflow'))).toEqual([
      '.github/workflows/deploy.yml:6 secret:SLACK_WEBHOOK (secret:org/SLACK_WEBHOOK)',
      '.github/workflows/deploy.yml:17 secret:AWS_ACCESS_KEY_ID (secret:env/production/AWS_ACCESS_KEY_ID, secret:org/AWS_ACCESS_KEY_ID)',
      '.github/workflows/deploy.yml:18 secret:AWS_SECRET_ACCESS_KEY (secret:env/production/AWS_SECRET_ACCESS_KEY, secret:org/AWS_SECRET_ACCESS_KEY)',
      '.github/workflows/deploy.yml:23 secret:NPM_TOKEN (secret:env/production/NPM_TOKEN, secret:org/NPM_TOKEN)',
      '.github/workflows/deploy.yml:32 secret:GCP_SA_KEY (secret:org/GCP_SA_KEY)',
      '.github/workflows/deploy.yml:35 secret:AZURE_CREDENTIALS (secret:org/AZURE_CREDENTIALS)',
    ]);
    expect(
      found.secretReferences.map((r) => `${r.name}@${r.line}${r.environment ? `/${r.environment}` : ''}`),
    ).toEqual([
      'SLACK_WEBHOOK@6',
      'AWS_ACCESS_KEY_ID@17/production',
      'AWS_SECRET_ACCESS_KEY@18/production',
      'NPM_TOKEN@23/production',
      'GCP_SA_KEY@32',
      'AZURE_CREDENTIALS@35',
    ]);
  });

  it('flags long-lived cloud credentials handed to login actions where OIDC would do', async () => {
    const found = await run();
    expect(found.hints.map((h) => `${h.location.line} ${h.principal} ${h.action} ${h.input}`)).toEqual([
      '17 secret:AWS_ACCESS_KEY_ID aws-actions/configure-aws-credentials aws-access-key-id',
      '18 secret:AWS_SECRET_ACCESS_KEY aws-actions/configure-aws-credentials aws-secret-access-key',
      '32 secret:GCP_SA_KEY google-github-actions/auth credentials_json',
      '35 secret:AZURE_CREDENTIALS azure/login creds',
    ]);
    expect(found.hints[0].advice).toMatch(/role-to-assume/);
  });

  it('lists the files it read and reports no problems for valid input', async () => {
    const found = await run();
    expect(found.files).toEqual([
      '.github/workflows/deploy.yml',
      'infra/github.tf',
      'infra/iam.tf',
      'infra/plan.json',
      'k8s/accounts.yaml',
      'k8s/exported.yaml',
    ]);
    expect(found.problems).toEqual([]);
  });

  it('reads nothing when discovery is off', async () => {
    const found = await discover({ enabled: false, paths: PATHS, baseDir: REPO }, REPO);
    expect(found.principals).toEqual([]);
    expect(found.files).toEqual([]);
  });
});
