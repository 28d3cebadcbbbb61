// Kubernetes manifests (multi-document YAML, and `kind: List` as kubectl writes it): every
// ServiceAccount is the principal `system:serviceaccount:<ns>:<name>`, and every legacy token Secret
// (type kubernetes.io/service-account-token) is a credential of the service account it names. The
// control plane labels such a token with the day it was last used (kubernetes.io/legacy-token-last-used)
// and the day it was invalidated (kubernetes.io/legacy-token-invalid-since): the platform's own
// record, so it is read as telemetry. A hand-written manifest carries neither label.
import { isMap } from 'yaml';
import type { Node } from 'yaml';
import type { CredentialFact } from '../model/records.js';
import { parseTime } from '../sources/parse-time.js';
import type { DiscoveredPrincipal, DiscoveryProblem } from './types.js';
import { child, entries, items, lineOf, text, type YamlFile } from './yaml-nodes.js';

export const LEGACY_TOKEN_TYPE = 'kubernetes.io/service-account-token';
export const LAST_USED_LABEL = 'kubernetes.io/legacy-token-last-used';
export const INVALID_SINCE_LABEL = 'kubernetes.io/legacy-token-invalid-since';
const SERVICE_ACCOUNT_ANNOTATION = 'kubernetes.io/service-account.name';

export interface ManifestDeclarations {
  principals: DiscoveredPrincipal[];
  telemetry: CredentialFact[];
  problems: DiscoveryProblem[];
}

/** True when a parsed YAML document looks like a Kubernetes object (apiVersion and kind). */
export function isKubernetesObject(node: unknown): boolean {
  return (
    isMap(node) && text(child(node, 'apiVersion')) !== undefined && text(child(node, 'kind')) !== undefined
  );
}

/** The service accounts and legacy token secrets of one manifest file. */
export function readManifest(file: YamlFile, path: string): ManifestDeclarations {
  const out: ManifestDeclarations = { principals: [], telemetry: [], problems: [] };
  for (const doc of file.documents) readObject(doc.contents as Node | null, file, path, out);
  return out;
}

function readObject(node: Node | null, file: YamlFile, path: string, out: ManifestDeclarations): void {
  if (!node || !isKubernetesObject(node)) return;
  const kind = text(child(node, 'kind'));
  if (kind === 'List' || kind?.endsWith('List')) {
    for (const item of items(child(node, 'items'))) readObject(item, file, path, out);
    return;
  }
  const metadata = child(node, 'metadata');
  const name = text(child(metadata, 'name'))?.trim();
  const namespace = text(child(metadata, 'namespace'))?.trim() || 'default';
  const line = lineOf(file, node);
  if (kind === 'ServiceAccount') {
    if (!name) {
      out.problems.push({ path, line, reason: 'a ServiceAccount without metadata.name' });
      return;
    }
    out.principals.push({
      id: `system:serviceaccount:${namespace}:${name}`,
      aliases: [],
      kind: 'service-account',
      platform: 'kubernetes',
      location: { path, line },
      source: 'kubernetes',
      declaredAs: 'ServiceAccount',
    });
  } else if (kind === 'Secret' && text(child(node, 'type'))?.trim() === LEGACY_TOKEN_TYPE) {
    readTokenSecret(node, name, namespace, { file, path, line }, out);
  }
}

function readTokenSecret(
  node: Node,
  name: string | undefined,
  namespace: string,
  at: { file: YamlFile; path: string; line: number },
  out: ManifestDeclarations,
): void {
  const metadata = child(node, 'metadata');
  const account = text(child(child(metadata, 'annotations'), SERVICE_ACCOUNT_ANNOTATION))?.trim();
  if (!name || !account) {
    out.problems.push({
      path: at.path,
      line: at.line,
      reason: `a ${LEGACY_TOKEN_TYPE} Secret needs metadata.name and the ${SERVICE_ACCOUNT_ANNOTATION} annotation`,
    });
    return;
  }
  const owner = `system:serviceaccount:${namespace}:${account}`;
  const credential = `k8s-secret:${namespace}/${name}`;
  out.principals.push({
    id: credential,
    aliases: [],
    kind: 'api-token',
    platform: 'kubernetes',
    location: { path: at.path, line: at.line },
    belongsTo: owner,
    source: 'kubernetes',
    declaredAs: 'legacy service account token Secret',
  });

  const labels = new Map(entries(child(metadata, 'labels')).map(([key, value]) => [key, value]));
  const lastUsedNode = labels.get(LAST_USED_LABEL);
  const invalidNode = labels.get(INVALID_SINCE_LABEL);
  if (!lastUsedNode && !invalidNode) return;
  const day = (node: Node | undefined, label: string): number | undefined | null => {
    if (!node) return undefined;
    const value = text(node)?.trim() ?? '';
    // Day-granular: parseTime reads a bare date as the end of that UTC day (DESIGN.md §3 rule 5).
    const t = /^\d{4}-\d{2}-\d{2}$/.test(value) ? parseTime(value) : undefined;
    if (t === undefined) {
      out.problems.push({
        path: at.path,
        line: lineOf(at.file, node, at.line),
        reason: `${label} is not a date (YYYY-MM-DD)`,
      });
      return null;
    }
    return t;
  };
  const lastUsed = day(lastUsedNode, LAST_USED_LABEL);
  const invalidSince = day(invalidNode, INVALID_SINCE_LABEL);
  if (lastUsed === null || invalidSince === null) return;
  const fact: CredentialFact = {
    principal: owner,
    credential,
    active: invalidSince === undefined,
    credentialKind: 'legacy service account token',
    line: at.line,
  };
  // Only the label says it was used; its absence on a labelled (invalidated) token says nothing.
  if (lastUsed !== undefined) fact.lastUsedAt = lastUsed;
  else fact.lastUsedUnknownReason = `the Secret has no ${LAST_USED_LABEL} label`;
  if (invalidSince !== undefined)
    fact.state = `invalidated on ${new Date(invalidSince).toISOString().slice(0, 10)}`;
  out.telemetry.push(fact);
}
