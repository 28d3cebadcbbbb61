// Groups the folded principals that are one and the same: a principal whose alias is another
// principal's id (an IAM user's name and its ARN, a PAT's token id) is one principal with one
// canonical id. Aliases that only match each other never merge anything: a display name is not proof.
import type { PrincipalEntry, UsageFold } from '../usage/fold.js';
import { normalisePrincipalId } from '../usage/fold.js';

export interface PrincipalGroup {
  /** The canonical id (DESIGN.md §3's principal id). */
  id: string;
  /** Every id and alias that names it, the canonical id first. */
  names: string[];
  entries: PrincipalEntry[];
}

export interface PrincipalIndex {
  groups: PrincipalGroup[];
  /** Any id or alias → its group. */
  byName: Map<string, PrincipalGroup>;
}

function rank(entry: PrincipalEntry): number {
  // Prefer a principal a snapshot reported, then a namespaced id (arn:…, app:…, system:…).
  return (entry.reported ? 2 : 0) + (entry.id.includes(':') ? 1 : 0);
}

/** Builds the groups of a fold. Deterministic: independent of the order records arrived in. */
export function groupPrincipals(fold: UsageFold): PrincipalIndex {
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    let node = id;
    while (node !== root) {
      const next = parent.get(node)!;
      parent.set(node, root);
      node = next;
    }
    return root;
  };
  for (const id of fold.principals.keys()) parent.set(id, id);
  for (const entry of fold.principals.values()) {
    for (const alias of entry.aliases) {
      if (alias !== entry.id && fold.principals.has(alias)) {
        const a = find(entry.id);
        const b = find(alias);
        if (a !== b) parent.set(a < b ? b : a, a < b ? a : b);
      }
    }
  }
  const members = new Map<string, PrincipalEntry[]>();
  for (const entry of fold.principals.values()) {
    const root = find(entry.id);
    let list = members.get(root);
    if (!list) members.set(root, (list = []));
    list.push(entry);
  }
  const groups: PrincipalGroup[] = [];
  const byName = new Map<string, PrincipalGroup>();
  for (const entries of members.values()) {
    entries.sort((a, b) => rank(b) - rank(a) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const names = new Set<string>();
    for (const entry of entries) names.add(entry.id);
    for (const entry of entries) for (const alias of entry.aliases) names.add(alias);
    const group: PrincipalGroup = { id: entries[0].id, names: [...names], entries };
    groups.push(group);
  }
  groups.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // Ids first, so an alias never shadows another principal's own id.
  for (const group of groups) for (const entry of group.entries) byName.set(entry.id, group);
  for (const group of groups) for (const name of group.names) if (!byName.has(name)) byName.set(name, group);
  return { groups, byName };
}

/** True for glob patterns in `principals:` (`*` any run of characters, `?` one). */
export function isPattern(text: string): boolean {
  return text.includes('*') || text.includes('?');
}

/** A `principals:` glob as a matcher; e-mail-like patterns match case-insensitively. */
export function patternMatcher(pattern: string): (name: string) => boolean {
  const normalised = normalisePrincipalId(pattern);
  const source = normalised
    .split('')
    .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
    .join('');
  const regex = new RegExp(`^${source}$`, pattern.includes('@') ? 'i' : '');
  return (name) => regex.test(name);
}

/** The platform a principal id belongs to, from its form (undefined when the form does not say). */
export function platformOf(id: string): string | undefined {
  if (id.startsWith('arn:aws')) return 'aws';
  if (id.startsWith('system:serviceaccount:')) return 'kubernetes';
  if (id.endsWith('.gserviceaccount.com')) return 'gcp';
  if (/^(app|pat|deploy-key|secret):/.test(id) || /^token:\d+$/.test(id)) return 'github';
  if (/^(approle|kubernetes|jwt|oidc|userpass|token|aws|cert|ldap|github):/.test(id)) return 'vault';
  if (id.startsWith('api-token:')) return 'okta';
  if (id.startsWith('tf:')) return 'terraform';
  return undefined;
}
