// Workflows (`.github/workflows/*.yml`): every `secrets.NAME` a workflow references is a principal
// `secret:NAME` at the line of the reference, and a long-lived cloud credential handed to a login
// action where the cloud's OIDC federation would do is a hint. `secrets.GITHUB_TOKEN` (and
// `github.token`) is the platform's own token and never a principal.
import { isMap, isScalar, isSeq } from 'yaml';
import type { Node, Scalar } from 'yaml';
import type { DiscoveredPrincipal, LongLivedCredentialHint, SecretReference } from './types.js';
import { child, entries, items, text, type YamlFile } from './yaml-nodes.js';

/** `secrets.NAME`, `secrets['NAME']`, `secrets["NAME"]`, not preceded by a property access. */
const SECRET_REFERENCE =
  /(?<![\w.])secrets\s*(?:\.\s*([A-Za-z_][A-Za-z0-9_]*)|\[\s*(['"])([^'"\]]+)\2\s*\])/g;
const EXPRESSION = /\$\{\{([\s\S]*?)\}\}/g;

interface LoginAction {
  prefix: string;
  inputs: string[];
  advice: string;
}

// The login actions of the three clouds, the inputs that take a long-lived credential, and what to use instead.
const LOGIN_ACTIONS: LoginAction[] = [
  {
    prefix: 'aws-actions/configure-aws-credentials',
    inputs: ['aws-access-key-id', 'aws-secret-access-key'],
    advice:
      'use OIDC instead: give the action `role-to-assume` (with `permissions: id-token: write`) and delete the IAM access key',
  },
  {
    prefix: 'google-github-actions/auth',
    inputs: ['credentials_json'],
    advice:
      'use Workload Identity Federation instead: `workload_identity_provider` and `service_account`, then delete the service account key',
  },
  {
    prefix: 'azure/login',
    inputs: ['creds'],
    advice:
      'use OIDC instead: `client-id`, `tenant-id` and `subscription-id` with a federated credential, then remove the client secret',
  },
];

export interface WorkflowDeclarations {
  principals: DiscoveredPrincipal[];
  references: SecretReference[];
  hints: LongLivedCredentialHint[];
}

/** The secret references and login-action hints of one workflow file (`path` relative to the workspace). */
export function readWorkflow(file: YamlFile, path: string): WorkflowDeclarations {
  const out: WorkflowDeclarations = { principals: [], references: [], hints: [] };
  for (const doc of file.documents) {
    const root = doc.contents as Node | null;
    if (!isMap(root)) continue;
    for (const [key, value] of entries(root)) {
      if (key === 'jobs') {
        for (const [, job] of entries(value)) walkJob(job, file, path, out);
      } else if (value) {
        walk(value, key, undefined, file, path, out);
      }
    }
  }
  return out;
}

function walkJob(job: Node | undefined, file: YamlFile, path: string, out: WorkflowDeclarations): void {
  if (!job) return;
  const environment = environmentOf(job);
  walk(job, '', environment, file, path, out);
  for (const step of items(child(job, 'steps'))) loginHints(step, file, path, out);
}

/** A job's deployment environment when it is written as a literal (environment secrets win over repository ones). */
function environmentOf(job: Node): string | undefined {
  const node = child(job, 'environment');
  const name = text(node) ?? text(child(node, 'name'));
  return name !== undefined && !name.includes('${{') && name.trim() !== '' ? name.trim() : undefined;
}

function walk(
  node: Node,
  key: string,
  environment: string | undefined,
  file: YamlFile,
  path: string,
  out: WorkflowDeclarations,
): void {
  if (isScalar(node)) {
    for (const { name, line } of referencesIn(node, key === 'if', file)) {
      out.references.push({ name, workflow: path, line, ...(environment !== undefined && { environment }) });
      out.principals.push({
        id: `secret:${name}`,
        // A reference resolves to an environment, repository or organization secret of that name.
        aliases: [
          ...(environment !== undefined ? [`secret:env/${environment}/${name}`] : []),
          `secret:org/${name}`,
        ],
        kind: 'secret',
        platform: 'github',
        location: { path, line },
        source: 'workflow',
        declaredAs: 'secrets reference',
      });
    }
    return;
  }
  if (isMap(node)) {
    for (const [childKey, value] of entries(node))
      if (value) walk(value, childKey, environment, file, path, out);
  } else if (isSeq(node)) {
    for (const item of items(node)) walk(item, key, environment, file, path, out);
  }
}

/** The secrets a scalar references, each at its own line (the raw source is searched, so block scalars keep their lines). */
function referencesIn(
  node: Scalar,
  wholeIsExpression: boolean,
  file: YamlFile,
): { name: string; line: number }[] {
  if (typeof node.value !== 'string' || !node.range) return [];
  const start = node.range[0];
  const raw = file.text.slice(start, node.range[1]);
  if (!raw.includes('secrets')) return [];
  const found: { name: string; line: number }[] = [];
  const scan = (expression: string, offset: number) => {
    for (const match of expression.matchAll(SECRET_REFERENCE)) {
      const name = (match[1] ?? match[3]).trim().toUpperCase();
      // The platform's own token: never an identity to declare.
      if (name === 'GITHUB_TOKEN' || name === '') continue;
      found.push({ name, line: file.lineCounter.linePos(start + offset + (match.index ?? 0)).line });
    }
  };
  // `if:` conditions are expressions even without ${{ }}.
  if (wholeIsExpression && !raw.includes('${{')) scan(raw, 0);
  for (const match of raw.matchAll(EXPRESSION)) scan(match[1], (match.index ?? 0) + 3);
  return found;
}

function loginHints(step: Node, file: YamlFile, path: string, out: WorkflowDeclarations): void {
  const uses = text(child(step, 'uses'))?.trim().toLowerCase();
  if (!uses) return;
  const action = LOGIN_ACTIONS.find((a) => uses === a.prefix || uses.startsWith(`${a.prefix}@`));
  if (!action) return;
  const inputs = child(step, 'with');
  for (const input of action.inputs) {
    const value = child(inputs, input);
    if (!isScalar(value)) continue;
    for (const { name, line } of referencesIn(value, false, file)) {
      out.hints.push({
        principal: `secret:${name}`,
        location: { path, line },
        action: action.prefix,
        input,
        advice: action.advice,
      });
    }
  }
}
