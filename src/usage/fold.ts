// Folds the records of every source into one entry per principal and one per credential. Memory grows
// with principals and credentials, never with events: each event touches at most two map entries.
import type {
  CredentialFact,
  DormantGroup,
  PrincipalFact,
  RecordSink,
  UsageEvent,
  UsageSummary,
} from '../model/records.js';
import { UsageAccumulator } from './accumulator.js';

/** E-mail addresses compare case-insensitively (DESIGN.md §3 rule 3); other ids are case-sensitive. */
export function normalisePrincipalId(id: string): string {
  return id.indexOf('@') === -1 ? id : id.toLowerCase();
}

/** What is known of a value across sources: the latest known time wins; "never" only if all agree. */
export interface LastUsed {
  at?: number | null;
  unknownReason?: string;
}

function mergeLastUsed(into: LastUsed, at: number | null | undefined, reason: string | undefined): void {
  if (typeof at === 'number') {
    if (typeof into.at !== 'number' || at > into.at) into.at = at;
  } else if (at === null) {
    if (into.at === undefined) into.at = null;
  } else if (reason && into.unknownReason === undefined) {
    into.unknownReason = reason;
  }
}

function minKnown(a: number | null | undefined, b: number | null | undefined): number | null | undefined {
  if (typeof a === 'number' && typeof b === 'number') return Math.min(a, b);
  if (typeof a === 'number') return a;
  if (typeof b === 'number') return b;
  return a === null || b === null ? null : undefined;
}

export interface PrincipalEntry {
  id: string;
  aliases: Set<string>;
  usage: UsageAccumulator;
  sources: Set<number>;
  /** Sources that reported a fact (not only events) about it. */
  factSources: Set<number>;
  kind?: string;
  createdAt?: number | null;
  disabled?: boolean;
  state?: string;
  lastUsed: LastUsed;
  lastLoginAt?: number | null;
  outOfScope: boolean;
  /** A fact from a snapshot said it exists. */
  reported: boolean;
}

export interface CredentialEntry {
  id: string;
  principal: string;
  usage: UsageAccumulator;
  sources: Set<number>;
  factSources: Set<number>;
  createdAt?: number | null;
  rotatedAt?: number | null;
  expiresAt?: number | null;
  lastUsed: LastUsed;
  active?: boolean;
  state?: string;
  providerRotated: boolean;
  credentialKind?: string;
}

export class UsageFold {
  /** The principals folded so far; dormant ones join when woken (see wake). */
  readonly principals = new Map<string, PrincipalEntry>();
  readonly credentials = new Map<string, CredentialEntry>();
  /**
   * Principals a reader offered as dormant (RecordSink.dormant), by id: not folded until something names
   * them. An audit log of ten thousand people, none of them claimed, costs no entry each. The value is
   * the principal's latest offer (see offers).
   */
  private readonly dormant = new Map<string, number>();
  /** The groups dormant principals were offered in (a reader offers a group's principals together). */
  private readonly groups: DormantGroup[] = [];
  /**
   * Offers, three numbers each: the group's number in `groups`, the index in it, and the same
   * principal's offer before this one (-1: none). Numbers, not closures: two shares of a log of ten
   * thousand people are twenty thousand offers.
   */
  private offers = new Int32Array(3 * 1024);
  private offerCount = 0;
  /** Dormant principals by the ids of their credentials (woken ones are skipped when met). */
  private readonly dormantCredentials = new Map<string, string[]>();

  /** How many principals are dormant. */
  get dormantCount(): number {
    return this.dormant.size;
  }

  /** Whether a principal is known, folded or dormant. */
  has(id: string): boolean {
    return this.principals.has(id) || this.dormant.has(id);
  }

  /**
   * Folds the dormant principals among `ids`, those with a credential among `ids`, and those `matches`
   * accepts; returns how many woke.
   */
  wake(ids: Iterable<string>, matches?: (id: string) => boolean): number {
    let woken = 0;
    for (const id of ids) {
      if (this.wakeOne(id)) woken++;
      for (const principal of this.dormantCredentials.get(id) ?? []) if (this.wakeOne(principal)) woken++;
    }
    if (matches) for (const id of [...this.dormant.keys()]) if (matches(id) && this.wakeOne(id)) woken++;
    return woken;
  }

  /** Folds every dormant principal (a summary of the whole fold). */
  wakeAll(): void {
    for (const id of [...this.dormant.keys()]) this.wakeOne(id);
  }

  private wakeOne(id: string): boolean {
    let offer = this.dormant.get(id);
    if (offer === undefined) return false;
    this.dormant.delete(id);
    // Oldest first: the principal's records reach the fold in the order they were offered.
    const chain: number[] = [];
    for (; offer !== -1; offer = this.offers[3 * offer + 2]) chain.push(offer);
    for (let k = chain.length - 1; k >= 0; k--) {
      const at = 3 * chain[k];
      this.groups[this.offers[at]].wake(this.offers[at + 1]);
    }
    return true;
  }

  /** Notes an offer of a principal whose latest offer so far is `before` (-1: none); returns its number. */
  private offer(group: DormantGroup, index: number, before: number): number {
    const last = this.groups.length - 1;
    const g = last >= 0 && this.groups[last] === group ? last : this.groups.push(group) - 1;
    if (3 * this.offerCount === this.offers.length) {
      const grown = new Int32Array(this.offers.length * 2);
      grown.set(this.offers);
      this.offers = grown;
    }
    const at = 3 * this.offerCount;
    this.offers[at] = g;
    this.offers[at + 1] = index;
    this.offers[at + 2] = before;
    return this.offerCount++;
  }

  principal(id: string): PrincipalEntry {
    let entry = this.principals.get(id);
    // Anything that names a dormant principal folds it first: its records keep their order.
    if (!entry && this.wakeOne(id)) entry = this.principals.get(id);
    if (!entry) {
      entry = {
        id,
        aliases: new Set(),
        usage: new UsageAccumulator(),
        sources: new Set(),
        factSources: new Set(),
        lastUsed: {},
        outOfScope: false,
        reported: false,
      };
      this.principals.set(id, entry);
    }
    return entry;
  }

  /**
   * The entry of one credential of one principal. Credential ids are only unique per principal in some
   * formats (every IAM user has an `access_key_1`), so the key is both.
   */
  credential(principal: string, id: string): CredentialEntry {
    const key = `${principal}\n${id}`;
    let entry = this.credentials.get(key);
    if (!entry) {
      entry = {
        id,
        principal,
        usage: new UsageAccumulator(),
        sources: new Set(),
        factSources: new Set(),
        lastUsed: {},
        providerRotated: false,
      };
      this.credentials.set(key, entry);
    }
    return entry;
  }

  /** The sink one source writes into; `label` names the source in evidence. */
  sinkFor(sourceIndex: number, label: string): RecordSink {
    let lastPrincipalId = '';
    let lastPrincipal: PrincipalEntry | undefined;
    return {
      usage: (event: UsageEvent) => {
        // Events of one principal often come in runs: skip the map lookup for a repeat.
        let principal: PrincipalEntry;
        if (event.principal === lastPrincipalId && lastPrincipal) {
          principal = lastPrincipal;
        } else {
          principal = this.principal(normalisePrincipalId(event.principal));
          lastPrincipalId = event.principal;
          lastPrincipal = principal;
        }
        principal.sources.add(sourceIndex);
        principal.usage.add(event, label);
        if (event.credential !== undefined) {
          const credential = this.credential(principal.id, event.credential);
          credential.sources.add(sourceIndex);
          credential.usage.add(event, label);
        }
      },
      summary: (summary: UsageSummary) => {
        // A principal's row holds all its events; a credential's row only that credential's.
        const principal = this.principal(normalisePrincipalId(summary.principal));
        principal.sources.add(sourceIndex);
        if (summary.credential === undefined) {
          principal.usage.addSummary(summary, label);
          return;
        }
        const credential = this.credential(principal.id, summary.credential);
        credential.sources.add(sourceIndex);
        credential.usage.addSummary(summary, label);
      },
      credential: (fact: CredentialFact) => {
        const principalId = normalisePrincipalId(fact.principal);
        const principal = this.principal(principalId);
        principal.sources.add(sourceIndex);
        principal.factSources.add(sourceIndex);
        principal.reported = true;
        const credential = this.credential(principalId, fact.credential);
        credential.sources.add(sourceIndex);
        credential.factSources.add(sourceIndex);
        credential.createdAt = minKnown(credential.createdAt, fact.createdAt);
        if (fact.rotatedAt !== undefined) {
          if (
            typeof fact.rotatedAt === 'number' &&
            (typeof credential.rotatedAt !== 'number' || fact.rotatedAt > credential.rotatedAt)
          ) {
            credential.rotatedAt = fact.rotatedAt;
          } else if (credential.rotatedAt === undefined) credential.rotatedAt = fact.rotatedAt;
        }
        if (fact.expiresAt !== undefined) credential.expiresAt = fact.expiresAt;
        mergeLastUsed(credential.lastUsed, fact.lastUsedAt, fact.lastUsedUnknownReason);
        if (typeof fact.lastUsedAt === 'number') {
          credential.usage.markMeaningful(fact.lastUsedAt);
          principal.usage.markMeaningful(fact.lastUsedAt);
        }
        // The last file read wins for state: globbed snapshots are read in name (usually date) order.
        if (fact.active !== undefined) {
          credential.active = fact.active;
          credential.state = fact.active ? undefined : (fact.state ?? 'inactive');
        }
        credential.providerRotated ||= fact.providerRotated === true;
        credential.credentialKind ??= fact.credentialKind;
      },
      principal: (fact: PrincipalFact) => {
        const principal = this.principal(normalisePrincipalId(fact.principal));
        principal.sources.add(sourceIndex);
        principal.factSources.add(sourceIndex);
        if (fact.outOfScope) principal.outOfScope = true;
        else principal.reported = true;
        for (const alias of fact.aliases) if (alias) principal.aliases.add(normalisePrincipalId(alias));
        principal.kind ??= fact.kind;
        principal.createdAt = minKnown(principal.createdAt, fact.createdAt);
        if (fact.disabled !== undefined) {
          principal.disabled = fact.disabled;
          principal.state = fact.disabled ? (fact.state ?? 'disabled') : undefined;
        }
        mergeLastUsed(principal.lastUsed, fact.lastUsedAt, fact.lastUsedUnknownReason);
        if (typeof fact.lastUsedAt === 'number') principal.usage.markMeaningful(fact.lastUsedAt);
        if (typeof fact.lastLoginAt === 'number') {
          if (typeof principal.lastLoginAt !== 'number' || fact.lastLoginAt > principal.lastLoginAt) {
            principal.lastLoginAt = fact.lastLoginAt;
          }
          if (fact.lastLoginAt > principal.usage.lastLogin) principal.usage.lastLogin = fact.lastLoginAt;
          if (fact.lastLoginAt > principal.usage.lastUse) principal.usage.lastUse = fact.lastLoginAt;
        } else if (fact.lastLoginAt === null && principal.lastLoginAt === undefined) {
          principal.lastLoginAt = null;
        }
      },
      dormant: (principal: string, credentials: readonly string[], group: DormantGroup, index: number) => {
        const id = normalisePrincipalId(principal);
        if (this.principals.has(id)) return group.wake(index);
        for (const credential of credentials) {
          const list = this.dormantCredentials.get(credential);
          if (!list) this.dormantCredentials.set(credential, [id]);
          else if (!list.includes(id)) list.push(id);
        }
        this.dormant.set(id, this.offer(group, index, this.dormant.get(id) ?? -1));
      },
      reject: () => {},
      accept: () => {},
      // Counts are the reader's (sources/read.ts): a million accepted events are not a million calls.
      acceptMany: () => {},
    };
  }
}
