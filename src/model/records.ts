// The normalised records that every source yields (DESIGN.md §3). Times are epoch milliseconds, UTC.
//
// Absence is meaningful and kept three-valued wherever a platform can say "never":
//   a number  → known time
//   null      → known never (the platform says so, and it tracked the whole life of the thing)
//   undefined → unknown (the field does not exist, or the sentinel cannot tell never from untracked)

/** One observed action by a principal (and, when known, with one of its credentials). */
export interface UsageEvent {
  principal: string;
  credential?: string;
  at: number;
  action?: string;
  /** A successful, authorised action by the principal itself: §3 "meaningful use". */
  meaningful: boolean;
  /** Used by a person (console password, browser, web session) rather than by automation. */
  interactive?: boolean;
  /** A login, session start or token grant: evidence of life, not of use. */
  login?: boolean;
  ok: boolean;
  /** Where the event came from (1-based line, or record index for JSON arrays). */
  line?: number;
  /** Short description of the interactive evidence (user agent, console), never a secret. */
  detail?: string;
}

/** A credential's state as a snapshot reports it. */
export interface CredentialFact {
  principal: string;
  credential: string;
  createdAt?: number | null;
  rotatedAt?: number | null;
  expiresAt?: number | null;
  /** Last use as the platform reports it: number = time, null = never, undefined = unknown. */
  lastUsedAt?: number | null;
  /** Why lastUsedAt is unknown, when it is (e.g. "N/A before AWS began tracking on 2015-04-22"). */
  lastUsedUnknownReason?: string;
  /** Usable now: not disabled, not expired, not suspended. Undefined: this source does not say. */
  active?: boolean;
  /** Rotated by the provider (GCP SYSTEM_MANAGED keys, GitHub App installation tokens). */
  providerRotated?: boolean;
  /** Human-readable state when not active ("disabled", "expired", "suspended"). */
  state?: string;
  /** A credential kind, e.g. "password", "access-key", "certificate", "token". */
  credentialKind?: string;
  line?: number;
}

/** A principal's existence and state as a snapshot reports it. */
export interface PrincipalFact {
  principal: string;
  aliases: string[];
  kind?: string;
  createdAt?: number | null;
  disabled?: boolean;
  state?: string;
  /** Last use as the platform reports it: number = time, null = never, undefined = unknown. */
  lastUsedAt?: number | null;
  lastUsedUnknownReason?: string;
  /** Last login (evidence of life, not of use). */
  lastLoginAt?: number | null;
  /** The source knows this principal is a person, the root account, or a first-party platform app. */
  outOfScope?: boolean;
  line?: number;
}

/**
 * Usage already folded for one principal (no `credential`) or one of its credentials: a row of the
 * `lastseen-summary` CSV that SQL wrote (DESIGN.md §8), or a fast reader's own partial fold. A
 * principal's row holds all its events; a credential's row only those made with that credential.
 * Times are epoch ms; absent means none.
 */
export interface UsageSummary {
  principal: string;
  credential?: string;
  /** Successful events, logins included. */
  firstUse?: number;
  lastUse?: number;
  firstMeaningfulUse?: number;
  lastMeaningfulUse?: number;
  lastLogin?: number;
  /** Every event, failed ones included (as UsageEvent counts them). */
  events: number;
  meaningfulEvents: number;
  loginEvents?: number;
  failedEvents?: number;
  interactiveEvents?: number;
  /** A few interactive events (newest kept), for evidence. */
  interactive?: { at: number; detail: string }[];
  /** UTC day numbers with meaningful use, when the producer kept them. */
  days?: number[];
  /**
   * The same days as a bitmap, for producers that keep one (bit i of word w is day base + 32w + i):
   * cheaper to hand over than a list. Either or both may be given; the days are their union.
   */
  dayWords?: { base: number; words: ArrayLike<number> };
  /** How many days had meaningful use, when only the count is known (SQL's active_days). */
  activeDays?: number;
  /** Meaningful events per hour of the week (0 = Monday 00:00 UTC), when kept: 168 entries. */
  hourOfWeek?: ArrayLike<number>;
  line?: number;
}

/** Where a record can be sent. Readers push; nothing is buffered per event. */
export interface RecordSink {
  usage(event: UsageEvent): void;
  credential(fact: CredentialFact): void;
  principal(fact: PrincipalFact): void;
  /** Pre-aggregated usage (see UsageSummary). Sinks without it cannot take summaries. */
  summary?(summary: UsageSummary): void;
  /** A record that could not be read: counted and reported with its line and reason. */
  reject(line: number, reason: string): void;
  /**
   * One input record (a line, a row, an array element) was read. Call it once per record, whatever
   * it emitted: records = accepted + rejected. `note` counts records accepted but not used.
   */
  accept(note?: 'duplicate' | 'ignored'): void;
  /** accept() `count` times: a reader that counted its records in bulk (a fold of a million events). */
  acceptMany?(count: number, note?: 'duplicate' | 'ignored'): void;
  /**
   * A principal that stays out of the report unless something else names it (a person's account in an
   * audit log, out of scope until an identity claims it): `group.wake(index)` sends its facts and
   * summaries, and those of its `credentials` (their ids), to this sink. The sink may call it at once,
   * later, or never; only a reader that folded the principal's usage itself offers it, and only when the
   * sink has it. One group serves many principals (by index), so that ten thousand cost no closure each.
   */
  dormant?(principal: string, credentials: readonly string[], group: DormantGroup, index: number): void;
}

/** Principals a reader offers as dormant (RecordSink.dormant), each by its index in the group. */
export interface DormantGroup {
  /** Sends the principal's facts and summaries, and its credentials', to the sink it was offered to. */
  wake(index: number): void;
}
