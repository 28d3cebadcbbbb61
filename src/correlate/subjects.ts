// Joins declared identities with what telemetry saw (DESIGN.md §1 correlate/): each identity claims
// principals (ids, aliases or globs) and credentials; whatever no identity claims becomes an
// undeclared subject. Pure: a function of the config, the fold and the sources.
import type { Config, DeclaredCredential, Identity } from '../model/config.js';
import type { CoveringSource, CredentialState, Subject, SubjectCoverage } from '../model/subject.js';
import { UsageAccumulator } from '../usage/accumulator.js';
import type { CredentialEntry, UsageFold } from '../usage/fold.js';
import { normalisePrincipalId } from '../usage/fold.js';
import { groupPrincipals, isPattern, patternMatcher, platformOf, type PrincipalGroup } from './principals.js';

export interface CorrelateInput {
  config: Config;
  fold: UsageFold;
  /** Every source, by the index its records were folded under. */
  sources: CoveringSource[];
}

interface Claim {
  groups: Set<PrincipalGroup>;
  /** Literal principal ids that no telemetry names (declared only). */
  unseen: string[];
  credentials: Set<CredentialEntry>;
}

/** Builds the subjects: declared identities first (in inventory order), then undeclared principals. */
export function correlate({ config, fold, sources }: CorrelateInput): Subject[] {
  wakeNamed(config, fold);
  const index = groupPrincipals(fold);
  const groupOfCredential = new Map<CredentialEntry, PrincipalGroup | undefined>();
  const credentialsOfGroup = new Map<PrincipalGroup, CredentialEntry[]>();
  for (const credential of fold.credentials.values()) {
    // A credential named like a principal (token:<id> of a PAT) belongs to that principal, whoever used it.
    const group = index.byName.get(credential.id) ?? index.byName.get(credential.principal);
    groupOfCredential.set(credential, group);
    if (group) {
      let list = credentialsOfGroup.get(group);
      if (!list) credentialsOfGroup.set(group, (list = []));
      list.push(credential);
    }
  }

  const credentialsById = new Map<string, CredentialEntry[]>();
  for (const credential of fold.credentials.values()) {
    let list = credentialsById.get(credential.id);
    if (!list) credentialsById.set(credential.id, (list = []));
    list.push(credential);
  }

  const claimed = new Set<PrincipalGroup>();
  const subjects: Subject[] = [];
  for (const identity of config.identities) {
    const claim = claimFor(identity, index.groups, index.byName, credentialsById, groupOfCredential);
    for (const group of claim.groups) claimed.add(group);
    subjects.push(buildSubject(identity, claim, credentialsOfGroup, groupOfCredential, sources));
  }
  for (const group of index.groups) {
    if (claimed.has(group) || group.entries.every((entry) => entry.outOfScope)) continue;
    if (group.entries.some((entry) => entry.outOfScope)) continue;
    const claim: Claim = { groups: new Set([group]), unseen: [], credentials: new Set() };
    subjects.push(buildSubject(undefined, claim, credentialsOfGroup, groupOfCredential, sources));
  }
  return subjects;
}

/**
 * Folds every dormant principal that could take part in a subject: one an identity names (by id, glob
 * or credential id), one that another principal names as an alias or a credential id, and one with a
 * credential an identity declares or named like a principal. The rest are out of scope and unclaimed,
 * so no subject would show them or their credentials: they stay unfolded.
 */
function wakeNamed(config: Config, fold: UsageFold): void {
  if (fold.dormantCount === 0) return;
  const names = new Set<string>();
  const patterns: ((name: string) => boolean)[] = [];
  for (const identity of config.identities) {
    for (const pattern of identity.principals) {
      if (isPattern(pattern)) patterns.push(patternMatcher(pattern));
      else names.add(normalisePrincipalId(pattern));
    }
    for (const declared of identity.credentials) {
      names.add(declared.id);
      names.add(normalisePrincipalId(declared.id));
    }
  }
  const matches = patterns.length > 0 ? (id: string) => patterns.some((match) => match(id)) : undefined;
  // What wakes may bring aliases and credentials that name others: until nothing more wakes.
  let principalsSeen = 0;
  let credentialsSeen = 0;
  for (let woken = -1; woken !== 0 && fold.dormantCount > 0;) {
    const principals = [...fold.principals.values()];
    for (const entry of principals.slice(principalsSeen)) {
      names.add(entry.id);
      for (const alias of entry.aliases) names.add(alias);
    }
    principalsSeen = principals.length;
    const credentials = [...fold.credentials.values()];
    for (const credential of credentials.slice(credentialsSeen)) names.add(credential.id);
    credentialsSeen = credentials.length;
    woken = fold.wake(names, woken === -1 ? matches : undefined);
  }
}

function claimFor(
  identity: Identity,
  groups: PrincipalGroup[],
  byName: Map<string, PrincipalGroup>,
  credentialsById: Map<string, CredentialEntry[]>,
  groupOfCredential: Map<CredentialEntry, PrincipalGroup | undefined>,
): Claim {
  const claim: Claim = { groups: new Set(), unseen: [], credentials: new Set() };
  for (const pattern of identity.principals) {
    if (isPattern(pattern)) {
      const matches = patternMatcher(pattern);
      for (const group of groups) if (group.names.some(matches)) claim.groups.add(group);
    } else {
      const group = byName.get(normalisePrincipalId(pattern));
      if (group) claim.groups.add(group);
      else claim.unseen.push(normalisePrincipalId(pattern));
    }
  }
  for (const declared of identity.credentials) {
    const found = credentialsById.get(declared.id) ?? [];
    for (const credential of found) {
      const owner = groupOfCredential.get(credential);
      // Scoped to the identity's principals when it lists any.
      if (identity.principals.length === 0 || !owner || claim.groups.has(owner))
        claim.credentials.add(credential);
    }
    if (found.length > 0) continue;
    if (identity.principals.length === 0) {
      // A credential named like a principal (a deploy key, a secret) claims that principal.
      const group = byName.get(normalisePrincipalId(declared.id));
      if (group) claim.groups.add(group);
    }
  }
  return claim;
}

function buildSubject(
  identity: Identity | undefined,
  claim: Claim,
  credentialsOfGroup: Map<PrincipalGroup, CredentialEntry[]>,
  groupOfCredential: Map<CredentialEntry, PrincipalGroup | undefined>,
  sources: CoveringSource[],
): Subject {
  const usage = new UsageAccumulator();
  const sourceIndexes = new Set<number>();
  const principals: string[] = [];
  const aliases: string[] = [];
  const credentialEntries = new Map<string, CredentialEntry[]>();
  let createdAt: number | null | undefined;
  let disabled: boolean | undefined;
  let state: string | undefined;
  let lastUsedAt: number | null | undefined;
  let lastUsedUnknownReason: string | undefined;
  let reportedPlatform: string | undefined;

  const onlyCredentials =
    identity !== undefined && identity.principals.length === 0 && claim.groups.size === 0;
  for (const group of claim.groups) {
    principals.push(group.id);
    for (const name of group.names) if (name !== group.id) aliases.push(name);
    for (const entry of group.entries) {
      usage.merge(entry.usage);
      for (const i of entry.sources) sourceIndexes.add(i);
      if (typeof entry.createdAt === 'number')
        createdAt = typeof createdAt === 'number' ? Math.min(createdAt, entry.createdAt) : entry.createdAt;
      else if (entry.createdAt === null && createdAt === undefined) createdAt = null;
      if (entry.disabled !== undefined) {
        disabled = entry.disabled;
        state = entry.state;
      }
      const at = entry.lastUsed.at;
      if (typeof at === 'number') lastUsedAt = typeof lastUsedAt === 'number' ? Math.max(lastUsedAt, at) : at;
      else if (at === null && lastUsedAt === undefined) lastUsedAt = null;
      lastUsedUnknownReason ??= entry.lastUsed.unknownReason;
      for (const i of entry.factSources) reportedPlatform ??= sources[i]?.platform;
    }
    for (const credential of credentialsOfGroup.get(group) ?? []) {
      mergeEntry(credentialEntries, credential);
      // Used by another principal (a person's token): its use is this subject's use too.
      if (!group.entries.some((entry) => entry.id === credential.principal)) {
        usage.merge(credential.usage);
        for (const i of credential.sources) sourceIndexes.add(i);
      }
    }
  }
  for (const credential of claim.credentials) {
    if (credentialEntries.get(credential.id)?.includes(credential)) continue;
    mergeEntry(credentialEntries, credential);
    const owner = groupOfCredential.get(credential);
    if (!owner || !claim.groups.has(owner)) {
      usage.merge(credential.usage);
      for (const i of credential.sources) sourceIndexes.add(i);
    }
  }
  for (const id of claim.unseen) principals.push(id);

  const platform =
    identity?.platform ?? principals.map(platformOf).find((p) => p !== undefined) ?? reportedPlatform;
  // An event log covers every principal of its platform for its window, seen in it or not.
  sources.forEach((source, i) => {
    if (source.kind === 'events' && platform !== undefined && source.platform === platform)
      sourceIndexes.add(i);
  });

  const credentials = mergeCredentials(identity, credentialEntries, sources);
  const coverage = coverageOf([...sourceIndexes].sort((a, b) => a - b).map((i) => sources[i]));
  const stats = usage.toStats();
  const anyLastUsedKnown = lastUsedAt !== undefined || credentials.some((c) => c.lastUsedAt !== undefined);
  if (
    coverage.sources.length > 0 &&
    coverage.sources.every((s) => s.kind === 'snapshot') &&
    stats.events === 0 &&
    !anyLastUsedKnown
  ) {
    coverage.noUsageField =
      credentials.find((c) => c.lastUsedUnknownReason)?.lastUsedUnknownReason ??
      lastUsedUnknownReason ??
      `${coverage.sources.map((s) => s.type).join(', ')} has no usage field for it`;
  }

  const declaredCreated = identity?.created;
  return {
    id: identity?.id ?? principals[0],
    declared: identity !== undefined,
    identity,
    kind: identity?.kind ?? claimKind(claim),
    platform,
    owner: identity ? (identity.owner ?? null) : undefined,
    principals: onlyCredentials ? [] : principals,
    aliases: [...new Set(aliases)].sort(),
    createdAt: createdAt ?? declaredCreated,
    createdFrom:
      createdAt !== undefined ? 'telemetry' : declaredCreated !== undefined ? 'declared' : undefined,
    disabled,
    state,
    lastUsedAt,
    lastUsedUnknownReason,
    usage: stats,
    credentials,
    coverage,
    location: identity?.location ?? null,
    foundIn: identity ? undefined : 'telemetry',
  };
}

/** Entries with the same credential id within one subject are one credential seen by several sources. */
function mergeEntry(into: Map<string, CredentialEntry[]>, entry: CredentialEntry): void {
  const list = into.get(entry.id);
  if (!list) into.set(entry.id, [entry]);
  else if (!list.includes(entry)) list.push(entry);
}

function claimKind(claim: Claim): string | undefined {
  for (const group of claim.groups) for (const entry of group.entries) if (entry.kind) return entry.kind;
  return undefined;
}

function mergeCredentials(
  identity: Identity | undefined,
  entriesById: Map<string, CredentialEntry[]>,
  sources: CoveringSource[],
): CredentialState[] {
  const declaredById = new Map<string, DeclaredCredential>();
  for (const declared of identity?.credentials ?? []) declaredById.set(declared.id, declared);
  const out: CredentialState[] = [];
  const ids = [...entriesById.keys()].sort();
  for (const id of ids) {
    const entries = entriesById.get(id)!;
    // One credential seen by several sources (a token's facts and its use by a person) is merged; two
    // credentials that share a name (access_key_1 of two users under one glob) stay two, named apart.
    const withFacts = entries.filter((e) => e.factSources.size > 0);
    const groups: CredentialEntry[][] = withFacts.length <= 1 ? [entries] : entries.map((e) => [e]);
    for (const group of groups) {
      const name = groups.length > 1 ? `${group[0].principal}#${id}` : id;
      out.push(credentialState(name, group, declaredById.get(id), identity, sources));
    }
    declaredById.delete(id);
  }
  // Declared credentials that no source reports: judged on their declared facts alone.
  for (const declared of declaredById.values()) {
    out.push({
      id: declared.id,
      providerRotated: false,
      createdAt: declared.created,
      createdFrom: declared.created !== undefined ? 'declared' : undefined,
      expiresAt: declared.expires,
      expiresFrom: declared.expires !== undefined ? 'declared' : undefined,
      usage: new UsageAccumulator().toStats(),
      rotateEvery: declared.rotateEvery,
      sources: [],
      location: declared.location,
      declared: true,
    });
  }
  return out;
}

function credentialState(
  id: string,
  entries: CredentialEntry[],
  declared: DeclaredCredential | undefined,
  identity: Identity | undefined,
  sources: CoveringSource[],
): CredentialState {
  const facts = entries.find((e) => e.factSources.size > 0) ?? entries[0];
  const usage = new UsageAccumulator();
  const sourceIndexes = new Set<number>();
  for (const entry of entries) {
    usage.merge(entry.usage);
    for (const i of entry.sources) sourceIndexes.add(i);
  }
  const telemetryCreated = facts.createdAt ?? undefined;
  const telemetryExpires = facts.expiresAt;
  return {
    id,
    principal: facts.principal,
    active: facts.active,
    state: facts.state,
    providerRotated: facts.providerRotated,
    credentialKind: facts.credentialKind,
    createdAt: telemetryCreated ?? declared?.created,
    createdFrom:
      telemetryCreated !== undefined ? 'telemetry' : declared?.created !== undefined ? 'declared' : undefined,
    rotatedAt: facts.rotatedAt,
    expiresAt: telemetryExpires !== undefined ? telemetryExpires : declared?.expires,
    expiresFrom:
      telemetryExpires !== undefined ? 'telemetry' : declared?.expires !== undefined ? 'declared' : undefined,
    lastUsedAt: facts.lastUsed.at,
    lastUsedUnknownReason: facts.lastUsed.unknownReason,
    usage: usage.toStats(),
    rotateEvery: declared?.rotateEvery,
    sources: [...sourceIndexes].sort((a, b) => a - b).map((i) => sources[i]?.label ?? String(i)),
    location: declared?.location ?? identity?.location ?? null,
    declared: declared !== undefined,
  };
}

function coverageOf(covering: CoveringSource[]): SubjectCoverage {
  let windowFrom: number | undefined;
  let windowTo: number | undefined;
  for (const source of covering) {
    if (source.failed) continue;
    if (source.windowFrom !== undefined && (windowFrom === undefined || source.windowFrom < windowFrom))
      windowFrom = source.windowFrom;
    if (source.windowTo !== undefined && (windowTo === undefined || source.windowTo > windowTo))
      windowTo = source.windowTo;
  }
  return { sources: covering, windowFrom, windowTo };
}
