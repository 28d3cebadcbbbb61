// Edge cases of the workflow, manifest and Terraform readers, and that none of them throws on
// arbitrary input: whatever they cannot read is a problem with a line and a reason.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readManifest } from '../../src/discover/kubernetes.js';
import { readTerraformJson } from '../../src/discover/terraform-json.js';
import { readTerraform } from '../../src/discover/terraform.js';
import { readWorkflow } from '../../src/discover/workflows.js';
import { parseYamlStream } from '../../src/discover/yaml-nodes.js';

const workflow = (text: string) => readWorkflow(parseYamlStream(text).file, '.github/workflows/ci.yml');
const manifest = (text: string) => readManifest(parseYamlStream(text).file, 'k8s/a.yaml');

describe('workflow references', () => {
  it('reads if: conditions without ${{ }}, bracket forms, lower case names, and several references on one line', () => {
    const found = workflow(
      [
        'jobs:',
        '  a:',
        '    environment: { name: staging }',
        "    if: secrets.deploy_key != ''",
        '    steps:',
        '      - run: echo "${{ secrets.ONE }} ${{ secrets["TWO"] }}" && ${{ format(\'{0}\', secrets.THREE) }}',
        '        with:',
        '          other: ${{ inputs.secrets.NOT_ONE }} ${{ env.secrets }}',
      ].join('\n'),
    );
    expect(found.references.map((r) => `${r.line} ${r.name} ${r.environment}`)).toEqual([
      '4 DEPLOY_KEY staging',
      '6 ONE staging',
      '6 TWO staging',
      '6 THREE staging',
    ]);
  });

  it('keeps the line of a reference inside a folded block scalar', () => {
    const found = workflow(
      [
        'jobs:',
        '  a:',
        '    steps:',
        '      - run: >',
        '          first',
        '          ${{ secrets.LATE }}',
      ].join('\n'),
    );
    expect(found.references.map((r) => r.line)).toEqual([6]);
  });

  it('never throws on arbitrary text (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const found = workflow(text);
        for (const reference of found.references) expect(reference.line).toBeGreaterThan(0);
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});

describe('manifests', () => {
  it('reports a token secret without its service account, and a label that is not a date, with their lines', () => {
    const found = manifest(
      [
        'apiVersion: v1',
        'kind: Secret',
        'type: kubernetes.io/service-account-token',
        'metadata:',
        '  name: orphan',
        '---',
        'apiVersion: v1',
        'kind: Secret',
        'type: kubernetes.io/service-account-token',
        'metadata:',
        '  name: t',
        '  namespace: ops',
        '  annotations: { kubernetes.io/service-account.name: sa }',
        '  labels:',
        '    kubernetes.io/legacy-token-last-used: yesterday',
      ].join('\n'),
    );
    expect(found.problems).toEqual([
      {
        path: 'k8s/a.yaml',
        line: 1,
        reason:
          'a kubernetes.io/service-account-token Secret needs metadata.name and the kubernetes.io/service-account.name annotation',
      },
      {
        path: 'k8s/a.yaml',
        line: 15,
        reason: 'kubernetes.io/legacy-token-last-used is not a date (YYYY-MM-DD)',
      },
    ]);
    expect(found.principals.map((p) => p.id)).toEqual(['k8s-secret:ops/t']);
    expect(found.telemetry).toEqual([]);
  });

  it('reads an invalidated legacy token as inactive, its last use unknown without the label', () => {
    const found = manifest(
      [
        'apiVersion: v1',
        'kind: Secret',
        'type: kubernetes.io/service-account-token',
        'metadata:',
        '  name: t',
        '  annotations: { kubernetes.io/service-account.name: sa }',
        '  labels: { kubernetes.io/legacy-token-invalid-since: "2026-09-01" }',
      ].join('\n'),
    );
    expect(found.telemetry).toEqual([
      {
        principal: 'system:serviceaccount:default:sa',
        credential: 'k8s-secret:default/t',
        active: false,
        state: 'invalidated on 2026-09-01',
        credentialKind: 'legacy service account token',
        lastUsedUnknownReason: 'the Secret has no kubernetes.io/legacy-token-last-used label',
        line: 1,
      },
    ]);
  });

  it('never throws on arbitrary documents, and every problem has a line and a reason (property)', () => {
    const value = fc.oneof(
      fc.string({ maxLength: 20 }),
      fc.constantFrom('ServiceAccount', 'Secret', 'List', 'kubernetes.io/service-account-token'),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(value, value, value), { maxLength: 4 }), (docs) => {
        const text = docs
          .map(
            ([kind, name, type]) =>
              `apiVersion: v1\nkind: ${JSON.stringify(kind)}\ntype: ${JSON.stringify(type)}\nmetadata: { name: ${JSON.stringify(name)} }`,
          )
          .join('\n---\n');
        const found = manifest(text);
        for (const problem of found.problems) {
          expect(problem.line).toBeGreaterThan(0);
          expect(problem.reason).not.toBe('');
        }
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});

describe('terraform', () => {
  it('reports a file that is not HCL as a problem, and reads nothing from it', async () => {
    const found = await readTerraform('resource "aws_iam_user" "a" {\n  name = \n}\n', 'infra/broken.tf');
    expect(found).toEqual({
      principals: [],
      problems: [
        { path: 'infra/broken.tf', line: 1, reason: 'not valid HCL: terraform validate will say where' },
      ],
    });
  });

  it('takes no alias from an expression, and a literal e-mail from a key’s service account path', async () => {
    const found = await readTerraform(
      [
        'resource "aws_iam_user" "a" {',
        '  name = "svc-${var.env}"',
        '}',
        'resource "google_service_account_key" "k" {',
        '  service_account_id = "projects/acme/serviceAccounts/CI@acme.iam.gserviceaccount.com"',
        '}',
      ].join('\n'),
      'main.tf',
    );
    expect(found.principals.map((p) => [p.id, p.aliases, p.belongsTo])).toEqual([
      ['tf:aws_iam_user.a', [], undefined],
      ['tf:google_service_account_key.k', [], 'ci@acme.iam.gserviceaccount.com'],
    ]);
  });

  it('reads .tf.json configuration at the line of each resource name', () => {
    const found = readTerraformJson(
      [
        '{',
        '  "resource": {',
        '    "aws_iam_user": {',
        '      "ci": {',
        '        "name": "svc-ci"',
        '      }',
        '    }',
        '  }',
        '}',
      ].join('\n'),
      'main.tf.json',
    );
    expect(found.principals.map((p) => `${p.location.line} ${p.id} ${p.aliases.join(',')}`)).toEqual([
      '4 tf:aws_iam_user.ci svc-ci',
    ]);
  });

  it('ignores JSON that is not Terraform', () => {
    expect(readTerraformJson('{"name": "package", "version": "1.0.0"}', 'package.json')).toEqual({
      principals: [],
      problems: [],
      recognised: false,
    });
  });
});
