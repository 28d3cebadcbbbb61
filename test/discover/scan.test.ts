// Discovery through the whole pipeline: unclaimed declarations are undeclared at their own line, and a
// pull request that adds an access key to Terraform without declaring its owner blocks on that line.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyPrScope } from '../../src/action/pr-scope.js';
import { changedLinesFromFiles } from '../../src/action/changed-lines.js';
import { scan } from '../../src/scan.js';

const REPO = path.resolve(import.meta.dirname, '../fixtures/discover/repo');
const NOW = Date.parse('2026-11-25T12:00:00Z');

const run = () => scan({ workspace: REPO, now: NOW, github: { apiUrl: 'http://127.0.0.1:9' } });

describe('scan with discovery', () => {
  it('reports an undeclared aws_iam_access_key at the line that declares it', async () => {
    const { report } = await run();
    const finding = report.findings.find(
      (f) => f.rule === 'undeclared' && f.subject === 'tf:aws_iam_access_key.legacy',
    );
    expect(finding).toMatchObject({
      severity: 'medium',
      blocking: true,
      location: { path: 'infra/iam.tf', line: 27 },
      message:
        'tf:aws_iam_access_key.legacy is declared in infra/iam.tf:27 but no identity in lastseen.yml claims it',
    });
  });

  it('is silent about what the inventory claims, and about credentials of a claimed owner', async () => {
    const { report } = await run();
    const undeclared = report.findings
      .filter((f) => f.rule === 'undeclared')
      .map((f) => `${f.subject} ${f.location?.path}:${f.location?.line}`);
    expect(undeclared.sort()).toEqual(
      [
        // Terraform
        'tf:azuread_application.sync infra/iam.tf:41',
        'tf:azuread_application_password.sync infra/iam.tf:45',
        'tf:azuread_service_principal.sync infra/iam.tf:49',
        'tf:aws_iam_access_key.legacy infra/iam.tf:27',
        'tf:github_repository_deploy_key.mirror infra/github.tf:12',
        'tf:kubernetes_service_account.builder infra/github.tf:19',
        'tf:aws_iam_user.reporting infra/plan.json:8',
        'tf:module.etl.aws_iam_access_key.loader infra/plan.json:22',
        // Kubernetes: the reporter account was seen in telemetry (its token's label) and declared at line 8
        'system:serviceaccount:default:reporter k8s/accounts.yaml:8',
        'system:serviceaccount:ops:backup k8s/exported.yaml:4',
        // Workflows
        'secret:SLACK_WEBHOOK .github/workflows/deploy.yml:6',
        'secret:AWS_ACCESS_KEY_ID .github/workflows/deploy.yml:17',
        'secret:AWS_SECRET_ACCESS_KEY .github/workflows/deploy.yml:18',
        'secret:GCP_SA_KEY .github/workflows/deploy.yml:32',
        'secret:AZURE_CREDENTIALS .github/workflows/deploy.yml:35',
      ].sort(),
    );
  });

  it('gives the discovered subject no usage and no coverage: a declaration is not telemetry', async () => {
    const { report } = await run();
    const subject = report.subjects.find((s) => s.id === 'tf:aws_iam_access_key.legacy')!;
    expect(subject).toMatchObject({
      declared: false,
      kind: 'api-token',
      platform: 'aws',
      lastUse: null,
      events: 0,
      status: 'unknown',
      coverage: { sources: [], window: { from: null, to: null } },
    });
    expect(report.findings.filter((f) => f.subject === subject.id).map((f) => f.rule)).toEqual([
      'undeclared',
    ]);
  });

  it('folds the legacy token label as the service account token’s last use, from the discover source', async () => {
    const { report } = await run();
    const reporter = report.subjects.find((s) => s.id === 'system:serviceaccount:default:reporter')!;
    expect(reporter.coverage.sources).toEqual(['discover (repository)']);
    expect(reporter.credentials.map((c) => [c.id, c.lastMeaningfulUse])).toEqual([
      ['k8s-secret:default/reporter-token', '2026-10-02T23:59:59.999Z'],
    ]);
    const source = report.sources.find((s) => s.type === 'discover')!;
    expect(source).toMatchObject({
      path: null,
      records: 17 + 6,
      accepted: 23,
      rejected: 0,
      generatedAtFrom: 'data',
    });
  });

  it('blocks a pull request only on the line that adds the undeclared key', async () => {
    const { report } = await run();
    const changed = changedLinesFromFiles([
      {
        filename: 'infra/iam.tf',
        status: 'modified',
        patch:
          '@@ -24,2 +24,6 @@ EOT\n }\n \n+resource "aws_iam_access_key" "legacy" {\n+  user = "svc-legacy"\n+}\n+',
      },
    ]);
    const scoped = applyPrScope(report, changed, 'changed');
    expect(
      scoped.findings
        .filter((f) => f.blocking)
        .map((f) => `${f.rule} ${f.subject} ${f.location?.path}:${f.location?.line}`),
    ).toEqual(['undeclared tf:aws_iam_access_key.legacy infra/iam.tf:27']);
  });
});
