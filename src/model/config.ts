// The inventory after loading: lastseen.yml validated against schema/lastseen.schema.json, durations
// in milliseconds, dates in epoch milliseconds, every declaration with the file and line it came from.
// The raw shape is the JSON Schema's; these are the normalised types the pipeline consumes.

export type Severity = 'low' | 'medium' | 'high' | 'critical';
export type FailOn = Severity | 'none';

export const SEVERITIES: readonly Severity[] = ['low', 'medium', 'high', 'critical'];

export type IdentityKind =
  | 'service-account'
  | 'api-token'
  | 'deploy-key'
  | 'secret'
  | 'oauth-app'
  | 'github-app'
  | 'bot-user'
  | 'licence'
  | 'workload';

export type Cadence = 'hourly' | 'daily' | 'weekly' | 'monthly' | 'quarterly' | 'yearly' | 'on-demand';

/** A place in an input file. `path` is relative to the workspace, with forward slashes. */
export interface Location {
  path: string;
  line: number;
  column?: number;
}

export interface RuleOverride {
  enabled?: boolean;
  severity?: Severity;
}

export interface Policy {
  inactiveAfter: number;
  rotateEvery: number;
  expiryWarning: number;
  reactivationGap: number;
  reviewEvery: number;
  telemetryMaxAge: number;
  failOn: FailOn;
  /** Credentials must expire: `no-expiry` fires for those that do not (off unless set). */
  requireExpiry: boolean;
  rules: Record<string, RuleOverride>;
}

export const DEFAULT_POLICY: Policy = {
  inactiveAfter: 90 * 86_400_000,
  rotateEvery: 90 * 86_400_000,
  expiryWarning: 30 * 86_400_000,
  reactivationGap: 90 * 86_400_000,
  reviewEvery: 90 * 86_400_000,
  telemetryMaxAge: 7 * 86_400_000,
  failOn: 'high',
  requireExpiry: false,
  rules: {},
};

/** One `sources:` (or `people:`) entry. Reader-specific options stay in `options`. */
export interface SourceEntry {
  type: string;
  /** As written: relative to `baseDir`. Absent for live API sources. */
  path?: string;
  /** Absolute folder of the file that declared this entry. */
  baseDir: string;
  window?: number;
  since?: number;
  until?: number;
  generatedAt?: number;
  /** Everything else the entry says (columns, never, meaningful, account, platform, …). */
  options: Record<string, unknown>;
  location: Location;
}

export interface Suppression {
  rule: string;
  until: number;
  reason: string;
  by: string;
  /** Credential this suppression is limited to, when given. */
  credential?: string;
  location: Location;
}

export interface DeclaredCredential {
  id: string;
  rotateEvery?: number;
  created?: number;
  expires?: number;
  location: Location;
}

export interface Schedule {
  cron: string;
  tolerance: number;
  tz?: string;
}

export interface Licence {
  cost: number;
  currency: string;
  per: 'month' | 'year';
  renews?: number;
  seats?: number;
}

export interface Identity {
  id: string;
  kind?: IdentityKind;
  platform?: string;
  /** undefined = key missing; null = written as null (to be filled in). Both are unowned. */
  owner?: string | null;
  purpose?: string;
  principals: string[];
  created?: number;
  cadence?: Cadence;
  schedule?: Schedule;
  stores?: string;
  reviewed?: { by: string; on: number };
  credentials: DeclaredCredential[];
  licence?: Licence;
  suppress: Suppression[];
  /** Per-identity policy overrides (inactive-after, rotate-every, …), when given. */
  policy?: Partial<Omit<Policy, 'rules' | 'failOn'>>;
  location: Location;
}

export interface DiscoverConfig {
  enabled: boolean;
  paths: string[];
  baseDir: string;
}

/** A string value in the inventory that looks like a live secret (found while loading). */
export interface SecretInConfig {
  location: Location;
  /** What it looks like ("AWS secret access key", "GitHub token"); never the value. */
  kind: string;
  /** The identity it sits in, when it sits in one. */
  identity?: string;
}

export interface Config {
  version: 1;
  /** The main config file, relative to the workspace. */
  path: string;
  workspace: string;
  /** Every file that was loaded (main file first, then includes), relative to the workspace. */
  files: string[];
  policy: Policy;
  sources: SourceEntry[];
  people: SourceEntry[];
  discover: DiscoverConfig;
  identities: Identity[];
  secrets: SecretInConfig[];
}
