// discover/: the identities the repository itself declares (DESIGN.md §1, §3) — Terraform resources,
// Kubernetes service accounts and legacy tokens, and the secrets workflows reference — each with the
// file and line that declares it. Files come from `discover.paths` (globs relative to the config's
// folder, bounded by the workspace); a file that cannot be read is a problem to report, never the end
// of the scan.
import { promises as fs } from 'node:fs';
import type { DiscoverConfig } from '../model/config.js';
import { isUserError } from '../model/errors.js';
import { expandPaths, relativeToWorkspace } from '../sources/files.js';
import { isKubernetesObject, readManifest } from './kubernetes.js';
import { readTerraformJson } from './terraform-json.js';
import { readTerraform } from './terraform.js';
import { emptyDiscovery, type Discovery } from './types.js';
import { readWorkflow } from './workflows.js';
import { parseYamlStream } from './yaml-nodes.js';

export type { DiscoveredPrincipal, Discovery, LongLivedCredentialHint, SecretReference } from './types.js';
export { emptyDiscovery } from './types.js';

/** Configuration and manifests larger than this are not hand-written declarations: skipped, and said so. */
export const MAX_DECLARATION_BYTES = 5 * 1024 * 1024;
/** `terraform show -json` output of a large estate runs to tens of megabytes. */
export const MAX_PLAN_BYTES = 64 * 1024 * 1024;

const WORKFLOW = /(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/;

/** Reads every file that `discover.paths` names and returns what they declare. */
export async function discover(config: DiscoverConfig, workspace: string): Promise<Discovery> {
  const found = emptyDiscovery();
  if (!config.enabled) return found;
  const files = new Set<string>();
  for (const pattern of config.paths) {
    try {
      for (const file of await expandPaths(pattern, config.baseDir, workspace)) files.add(file);
    } catch (error) {
      if (!isUserError(error)) throw error;
      found.problems.push({ path: pattern, line: 0, reason: error.message });
    }
  }
  for (const absolutePath of [...files].sort()) {
    await readFile(absolutePath, relativeToWorkspace(workspace, absolutePath), found);
  }
  return found;
}

/** The secrets the workspace's workflows reference (for live Actions secrets usage), whatever `discover` says. */
export async function workflowSecretReferences(workspace: string): Promise<Discovery> {
  const found = emptyDiscovery();
  let files: string[] = [];
  try {
    files = await expandPaths('.github/workflows/*.{yml,yaml}', workspace, workspace);
  } catch (error) {
    if (!isUserError(error)) throw error;
  }
  for (const file of files) await readFile(file, relativeToWorkspace(workspace, file), found);
  return found;
}

async function readFile(absolutePath: string, path: string, found: Discovery): Promise<void> {
  const kind = kindOf(path);
  if (!kind) return;
  let source: string;
  try {
    const stat = await fs.stat(absolutePath);
    const limit = kind === 'json' ? MAX_PLAN_BYTES : MAX_DECLARATION_BYTES;
    if (stat.size > limit) {
      found.problems.push({ path, line: 0, reason: `larger than ${limit / 1024 / 1024} MiB; not read` });
      found.files.push(path);
      return;
    }
    source = (await fs.readFile(absolutePath, 'utf8')).replace(/^\uFEFF/, '');
  } catch (error) {
    found.problems.push({
      path,
      line: 0,
      reason: `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    });
    found.files.push(path);
    return;
  }

  if (kind === 'terraform') {
    const result = await readTerraform(source, path);
    found.principals.push(...result.principals);
    found.problems.push(...result.problems);
    found.files.push(path);
  } else if (kind === 'json') {
    const result = readTerraformJson(source, path);
    if (!result.recognised) return;
    found.principals.push(...result.principals);
    found.problems.push(...result.problems);
    found.files.push(path);
  } else if (kind === 'workflow') {
    const { file, errors } = parseYamlStream(source);
    for (const error of errors)
      found.problems.push({ path, line: error.line, reason: `not valid YAML: ${error.reason}` });
    const result = readWorkflow(file, path);
    found.principals.push(...result.principals);
    found.secretReferences.push(...result.references);
    found.hints.push(...result.hints);
    found.files.push(path);
  } else {
    // Any YAML may be a manifest; only those with apiVersion and kind are read (and reported).
    if (!/^\s*apiVersion\s*:/m.test(source) || !/^\s*kind\s*:/m.test(source)) return;
    const { file, errors } = parseYamlStream(source);
    if (!file.documents.some((doc) => isKubernetesObject(doc.contents))) {
      if (errors.length > 0) {
        found.problems.push({
          path,
          line: errors[0].line,
          reason: `not valid YAML (a template?): ${errors[0].reason}`,
        });
        found.files.push(path);
      }
      return;
    }
    for (const error of errors)
      found.problems.push({ path, line: error.line, reason: `not valid YAML: ${error.reason}` });
    const result = readManifest(file, path);
    found.principals.push(...result.principals);
    found.telemetry.push(...result.telemetry);
    found.problems.push(...result.problems);
    found.files.push(path);
  }
}

function kindOf(path: string): 'terraform' | 'json' | 'workflow' | 'yaml' | undefined {
  if (path.endsWith('.tf')) return 'terraform';
  if (path.endsWith('.json')) return 'json';
  if (WORKFLOW.test(path)) return 'workflow';
  if (path.endsWith('.yaml') || path.endsWith('.yml')) return 'yaml';
  return undefined;
}
