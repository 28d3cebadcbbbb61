// A Subject is what the rules judge (DESIGN.md §1, §4): a declared identity, or a principal that no
// identity claims, with its principals, credentials, folded usage and the sources that cover it.
// Times are epoch ms. Three-valued fields: number = known, null = known never, undefined = unknown.
import type { Identity, Location } from './config.js';

/** Usage folded from events and last-used fields, for one principal, one credential, or a subject. */
export interface UsageStats {
  /** Any successful event, logins included. */
  firstUse?: number;
  lastUse?: number;
  /** Successful, authorised actions by the principal itself, and platforms' own last-used fields. */
  firstMeaningfulUse?: number;
  lastMeaningfulUse?: number;
  lastLogin?: number;
  events: number;
  meaningfulEvents: number;
  loginEvents: number;
  failedEvents: number;
  interactiveEvents: number;
  /** A few interactive events, for evidence (newest kept). */
  interactive: { at: number; detail: string; source: string }[];
  /** Sorted UTC day numbers (epoch ms / 86 400 000) with meaningful use: gaps and timelines. */
  days: number[];
  /** Days with meaningful use, when more than `days` lists (a SQL summary counts days it does not list). */
  activeDays?: number;
  /** Meaningful events per hour of the week (0 = Monday 00:00 UTC), 168 entries. */
  hourOfWeek: number[];
}

/** A source as it bears on one subject. */
export interface CoveringSource {
  /** "type path", as the report lists sources. */
  label: string;
  type: string;
  path: string | null;
  kind: 'events' | 'snapshot';
  platform: string;
  windowFrom?: number;
  windowTo?: number;
  generatedAt?: number;
  generatedAtFrom: 'export' | 'config' | 'data' | 'api' | null;
  /** The source could not be read: it proves nothing about this subject. */
  failed: boolean;
  blindSpots: string[];
}

export interface SubjectCoverage {
  sources: CoveringSource[];
  /** Union of the covering sources' windows (failed sources excluded). */
  windowFrom?: number;
  windowTo?: number;
  /**
   * Set when the subject's only evidence cannot say anything about use (Actions secrets, AWS signing
   * certificates): the reason, for the no-telemetry finding.
   */
  noUsageField?: string;
}

export type Provenance = 'telemetry' | 'declared';

export interface CredentialState {
  id: string;
  /** The principal it belongs to, when known. */
  principal?: string;
  /** undefined when no source reports it and it is only declared. */
  active?: boolean;
  state?: string;
  providerRotated: boolean;
  credentialKind?: string;
  createdAt?: number | null;
  createdFrom?: Provenance;
  rotatedAt?: number | null;
  expiresAt?: number | null;
  expiresFrom?: Provenance;
  /** The platform's own last-used field: number, null = never, undefined = unknown. */
  lastUsedAt?: number | null;
  lastUsedUnknownReason?: string;
  usage: UsageStats;
  /** Per-credential rotate-every, when declared. */
  rotateEvery?: number;
  /** The sources that reported it. */
  sources: string[];
  location: Location | null;
  declared: boolean;
}

export interface Subject {
  /** The identity's id, or the canonical principal id of an undeclared subject. */
  id: string;
  declared: boolean;
  identity?: Identity;
  kind?: string;
  platform?: string;
  owner?: string | null;
  principals: string[];
  aliases: string[];
  /** From principal facts: creation, state, the platform's own last-used and last-login. */
  createdAt?: number | null;
  createdFrom?: Provenance;
  disabled?: boolean;
  state?: string;
  lastUsedAt?: number | null;
  lastUsedUnknownReason?: string;
  /** Folded over all its principals and credentials. */
  usage: UsageStats;
  credentials: CredentialState[];
  coverage: SubjectCoverage;
  location: Location | null;
  /** How an undeclared subject was found: in telemetry, or declared in IaC/workflows (discover/). */
  foundIn?: 'telemetry' | 'discovery';
}
