// Links between identities (DESIGN.md §2 `stores:`): an identity that holds another identity's
// credential — a GitHub Actions secret holding an AWS access key — is judged by that credential. Its
// rotation follows the real credential's age and its use follows the real credential's use, so the
// holder's credentials become the held ones, named `<identity>/<credential>` (the chain a report
// shows), and its own records (the secret's update time) no longer decide. A chain is followed to its
// end (a secret that holds a secret's value); a cycle, or a credential the target does not have, is a
// ConfigurationError at the holder. A target declared in no identity here may live in another
// repository's inventory (config/load.ts catches near-miss typos): that link is left unfollowed.
// Pure: runs after the subjects are built.
import type { Identity } from '../model/config.js';
import { ConfigurationError } from '../model/errors.js';
import type { CoveringSource, CredentialState, Subject, UsageStats } from '../model/subject.js';

/** `<identity>/<credential>` or `<identity>`: identity ids never contain a slash, credential ids may. */
export function parseStores(stores: string): { identity: string; credential?: string } {
  const slash = stores.indexOf('/');
  return slash === -1
    ? { identity: stores }
    : { identity: stores.slice(0, slash), credential: stores.slice(slash + 1) };
}

/** The identities a holder's link passes through, itself first: deploy-secret → ci-deployer. */
export function storesChain(identity: Identity, identities: readonly Identity[]): string[] {
  const byId = new Map(identities.map((i) => [i.id, i]));
  const chain = [identity.id];
  let current: Identity | undefined = identity;
  while (current?.stores !== undefined) {
    const next = parseStores(current.stores).identity;
    if (chain.includes(next)) break;
    chain.push(next);
    current = byId.get(next);
  }
  return chain;
}

/** Follows every `stores:` link; returns the subjects in the same order, holders rewritten. */
export function linkStores(subjects: Subject[]): Subject[] {
  const byId = new Map<string, Subject>();
  for (const subject of subjects) if (subject.declared) byId.set(subject.id, subject);
  const resolved = new Map<string, Subject>();

  const resolve = (subject: Subject, visiting: string[]): Subject => {
    const done = resolved.get(subject.id);
    if (done) return done;
    const stores = subject.identity?.stores;
    const link = stores === undefined ? undefined : parseStores(stores);
    const target = link && byId.get(link.identity);
    if (!link || !target) {
      resolved.set(subject.id, subject);
      return subject;
    }
    if (visiting.includes(target.id)) {
      throw new ConfigurationError(
        `\`stores:\` links form a cycle: ${[...visiting, subject.id, target.id].join(' → ')}; an identity cannot hold its own credential`,
        subject.location ?? undefined,
      );
    }
    const held = resolve(target, [...visiting, subject.id]);
    const linked = follow(subject, held, held !== target, link.credential, stores!);
    resolved.set(subject.id, linked);
    return linked;
  };
  return subjects.map((subject) => resolve(subject, []));
}

function follow(
  holder: Subject,
  target: Subject,
  targetLinked: boolean,
  credentialId: string | undefined,
  stores: string,
): Subject {
  let chosen: CredentialState[];
  if (credentialId === undefined) chosen = target.credentials;
  else {
    // One of two same-named keys is `principal#id`; a target that is itself a holder holds only what it
    // links to, so whichever of its own credentials is named, the chain goes on to the end.
    const match = target.credentials.filter(
      (c) => c.id === credentialId || c.id.endsWith(`#${credentialId}`),
    );
    chosen = match.length ? match : targetLinked ? target.credentials : [];
    if (!chosen.length) {
      // Nothing known about the target's credentials (its source failed): the link cannot be judged yet.
      if (!target.credentials.length) return holder;
      const known = target.credentials.map((c) => c.id).join(', ');
      throw new ConfigurationError(
        `\`stores: ${stores}\` names a credential ${JSON.stringify(credentialId)} that ${target.id} does not have; it has ${known}`,
        holder.location ?? undefined,
      );
    }
  }
  if (!chosen.length) return holder;

  const credentials = chosen.map((c): CredentialState => {
    const id = targetLinked ? c.id : `${target.id}/${c.id}`;
    return { ...c, id, location: holder.location, declared: false };
  });
  const labels = new Set(credentials.flatMap((c) => c.sources));
  const borrowed = target.coverage.sources.filter((s) => credentialId === undefined || labels.has(s.label));
  const sources = [...holder.coverage.sources];
  for (const source of borrowed) if (!sources.includes(source)) sources.push(source);

  let lastUsedAt = holder.lastUsedAt;
  for (const c of credentials) lastUsedAt = laterKnown(lastUsedAt, c.lastUsedAt);
  const speaks = credentials.some((c) => c.lastUsedAt !== undefined || c.usage.events > 0);
  const heldReason = credentials.find((c) => c.lastUsedUnknownReason)?.lastUsedUnknownReason;

  const linked: Subject = {
    ...holder,
    credentials,
    usage: credentials.reduce((usage, c) => mergeUsage(usage, c.usage), holder.usage),
    lastUsedAt,
    coverage: { ...windowOf(sources), sources },
  };
  if (lastUsedAt !== undefined || speaks) delete linked.lastUsedUnknownReason;
  else if (heldReason) linked.lastUsedUnknownReason = heldReason;
  const silent = heldReason ? `${stores}: ${heldReason}` : holder.coverage.noUsageField;
  if (!speaks && silent !== undefined) linked.coverage.noUsageField = silent;
  return linked;
}

/** The later of two three-valued times: a time beats never, never beats unknown. */
function laterKnown(a: number | null | undefined, b: number | null | undefined): number | null | undefined {
  if (typeof a === 'number' && typeof b === 'number') return Math.max(a, b);
  if (typeof a === 'number') return a;
  if (typeof b === 'number') return b;
  return a === null || b === null ? null : undefined;
}

function windowOf(sources: CoveringSource[]): { windowFrom?: number; windowTo?: number } {
  let windowFrom: number | undefined;
  let windowTo: number | undefined;
  for (const s of sources) {
    if (s.failed) continue;
    if (s.windowFrom !== undefined && (windowFrom === undefined || s.windowFrom < windowFrom))
      windowFrom = s.windowFrom;
    if (s.windowTo !== undefined && (windowTo === undefined || s.windowTo > windowTo)) windowTo = s.windowTo;
  }
  return { windowFrom, windowTo };
}

const min = (a: number | undefined, b: number | undefined) =>
  a === undefined ? b : b === undefined ? a : Math.min(a, b);
const max = (a: number | undefined, b: number | undefined) =>
  a === undefined ? b : b === undefined ? a : Math.max(a, b);

/** The use of the holder and of what it holds, as one. */
export function mergeUsage(a: UsageStats, b: UsageStats): UsageStats {
  const interactive = [...a.interactive, ...b.interactive].sort((x, y) => y.at - x.at).slice(0, 5);
  return {
    firstUse: min(a.firstUse, b.firstUse),
    lastUse: max(a.lastUse, b.lastUse),
    firstMeaningfulUse: min(a.firstMeaningfulUse, b.firstMeaningfulUse),
    lastMeaningfulUse: max(a.lastMeaningfulUse, b.lastMeaningfulUse),
    lastLogin: max(a.lastLogin, b.lastLogin),
    events: a.events + b.events,
    meaningfulEvents: a.meaningfulEvents + b.meaningfulEvents,
    loginEvents: a.loginEvents + b.loginEvents,
    failedEvents: a.failedEvents + b.failedEvents,
    interactiveEvents: a.interactiveEvents + b.interactiveEvents,
    interactive,
    days: [...new Set([...a.days, ...b.days])].sort((x, y) => x - y),
    hourOfWeek: a.hourOfWeek.map((n, i) => n + (b.hourOfWeek[i] ?? 0)),
  };
}
