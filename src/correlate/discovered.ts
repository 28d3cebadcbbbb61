// Declarations found in the repository (discover/) against the inventory: a discovered principal that
// an identity claims is fine and adds nothing; one that no identity claims is `undeclared` at the line
// that declares it — so a pull request that adds an access key to Terraform without declaring its
// owner fails on that line. A credential (an access key, a legacy token) is claimed with its owner.
// A declaration is not telemetry: a discovered subject has no usage and no coverage of its own. Pure.
import type { Config } from '../model/config.js';
import type { Subject } from '../model/subject.js';
import type { DiscoveredPrincipal } from '../discover/types.js';
import { emptyStats } from '../usage/accumulator.js';
import { normalisePrincipalId } from '../usage/fold.js';
import { isPattern, patternMatcher } from './principals.js';

/** Discovered principals that name each other (an id or alias in common) are one declaration. */
interface DeclarationGroup {
  first: DiscoveredPrincipal;
  names: Set<string>;
  owners: Set<string>;
}

// Terraform declares before workflows reference: a resource's line is the better place to point at.
const SOURCE_RANK: Record<DiscoveredPrincipal['source'], number> = {
  terraform: 0,
  'terraform-json': 1,
  kubernetes: 2,
  workflow: 3,
};

function before(a: DiscoveredPrincipal, b: DiscoveredPrincipal): boolean {
  const rank = SOURCE_RANK[a.source] - SOURCE_RANK[b.source];
  if (rank !== 0) return rank < 0;
  if (a.location.path !== b.location.path) return a.location.path < b.location.path;
  return a.location.line < b.location.line;
}

function groupDeclarations(discovered: DiscoveredPrincipal[]): DeclarationGroup[] {
  const byName = new Map<string, DeclarationGroup>();
  const groups: DeclarationGroup[] = [];
  for (const principal of discovered) {
    const names = [principal.id, ...principal.aliases].map(normalisePrincipalId);
    const matching = [
      ...new Set(names.map((n) => byName.get(n)).filter((g): g is DeclarationGroup => g !== undefined)),
    ];
    let group: DeclarationGroup;
    if (matching.length === 0) {
      group = { first: principal, names: new Set(), owners: new Set() };
      groups.push(group);
    } else {
      group = matching[0];
      for (const other of matching.slice(1)) {
        for (const name of other.names) group.names.add(name);
        for (const owner of other.owners) group.owners.add(owner);
        if (before(other.first, group.first)) group.first = other.first;
        groups.splice(groups.indexOf(other), 1);
      }
      if (before(principal, group.first)) group.first = principal;
    }
    for (const name of names) group.names.add(name);
    if (principal.belongsTo) group.owners.add(normalisePrincipalId(principal.belongsTo));
    for (const name of group.names) byName.set(name, group);
  }
  return groups;
}

/** Names an identity's principal also goes by where IaC cannot know the full id (an IAM user ARN → its user name). */
function alsoKnownAs(principal: string): string[] {
  const user = /^arn:aws[\w-]*:iam::\d*:user\/(?:.*\/)?([^/]+)$/.exec(principal);
  return user ? [user[1]] : [];
}

/** What the inventory claims: literal names, glob patterns, and the names its declared subjects resolved to. */
function claimsOf(config: Config, subjects: Subject[]): (name: string) => boolean {
  const names = new Set<string>();
  const patterns: ((name: string) => boolean)[] = [];
  for (const identity of config.identities) {
    for (const principal of identity.principals) {
      if (isPattern(principal)) patterns.push(patternMatcher(principal));
      else for (const name of [principal, ...alsoKnownAs(principal)]) names.add(normalisePrincipalId(name));
    }
    for (const credential of identity.credentials) names.add(normalisePrincipalId(credential.id));
  }
  for (const subject of subjects) {
    if (!subject.declared) continue;
    for (const name of [...subject.principals, ...subject.aliases, ...subject.credentials.map((c) => c.id)]) {
      for (const known of [name, ...alsoKnownAs(name)]) names.add(normalisePrincipalId(known));
    }
  }
  return (name) => names.has(name) || patterns.some((matches) => matches(name));
}

/**
 * Adds the unclaimed declarations to `subjects`: as the location of an undeclared subject telemetry
 * already found under one of their names, else as new undeclared subjects found in discovery.
 */
export function addDiscoveredSubjects(
  config: Config,
  subjects: Subject[],
  discovered: DiscoveredPrincipal[],
): Subject[] {
  const claimed = claimsOf(config, subjects);
  const groups = groupDeclarations(discovered);
  const groupByName = new Map<string, DeclarationGroup>();
  for (const group of groups) for (const name of group.names) groupByName.set(name, group);
  const claimedDirectly = new Set(groups.filter((g) => [...g.names].some(claimed)));
  const isClaimed = (group: DeclarationGroup): boolean =>
    claimedDirectly.has(group) ||
    [...group.owners].some((owner) => {
      const ownerGroup = groupByName.get(owner);
      return (
        claimed(owner) ||
        (ownerGroup !== undefined && ownerGroup !== group && claimedDirectly.has(ownerGroup))
      );
    });

  const undeclaredByName = new Map<string, Subject>();
  for (const subject of subjects) {
    if (subject.declared) continue;
    // A credential telemetry reported (a legacy token with its last-use label) is part of its principal's subject.
    const names = [...subject.principals, ...subject.aliases, ...subject.credentials.map((c) => c.id)];
    for (const name of names) undeclaredByName.set(normalisePrincipalId(name), subject);
  }

  const out = [...subjects];
  const added = new Set<string>(subjects.map((s) => s.id));
  for (const group of groups) {
    if (isClaimed(group)) continue;
    const declaration = group.first;
    const seen = [...group.names].map((name) => undeclaredByName.get(name)).find((s) => s !== undefined);
    if (seen) {
      // Telemetry saw it too: the finding points at the line that declares it.
      seen.location ??= declaration.location;
      if (!seen.principals.includes(declaration.id) && !seen.aliases.includes(declaration.id)) {
        seen.aliases = [...seen.aliases, declaration.id].sort();
      }
      continue;
    }
    if (added.has(declaration.id)) continue;
    added.add(declaration.id);
    out.push({
      id: declaration.id,
      declared: false,
      kind: declaration.kind,
      platform: declaration.platform,
      principals: [declaration.id],
      aliases: [...group.names].filter((name) => name !== normalisePrincipalId(declaration.id)).sort(),
      usage: emptyStats(),
      credentials: [],
      coverage: { sources: [] },
      location: declaration.location,
      foundIn: 'discovery',
    });
  }
  return out;
}
