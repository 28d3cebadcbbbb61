// Turns a validated inventory file into the normalised model of src/model/config.ts: durations in ms,
// dates in epoch ms, camelCase names, defaults filled in, and every declaration with its location.
// The schema has already checked the shapes; what is left are the checks a pattern cannot make
// (2026-02-30, a zone that does not exist) and those are reported on their own line too.
import path from 'node:path';
import {
  DEFAULT_POLICY,
  type Cadence,
  type DeclaredCredential,
  type DiscoverConfig,
  type FailOn,
  type Identity,
  type IdentityKind,
  type Licence,
  type Policy,
  type RuleOverride,
  type Schedule,
  type Severity,
  type SourceEntry,
  type Suppression,
} from '../model/config.js';
import { ConfigurationError } from '../model/errors.js';
import { HOUR } from '../model/time.js';
import { displayPath } from './validate.js';
import { MAX_DURATION, parseConfigDate, parseDuration } from './values.js';
import { locate, type ParsedFile, type PathSegment } from './yaml.js';

/** Where discovery looks when `discover.paths` is not given: Terraform, Kubernetes YAML, workflows. */
export const DEFAULT_DISCOVER_PATHS: readonly string[] = [
  '**/*.tf',
  '**/*.tf.json',
  '**/*.yaml',
  '**/*.yml',
  '.github/workflows/*.yml',
  '.github/workflows/*.yaml',
];

/** A schedule given as a bare cron string may drift by this much. */
export const DEFAULT_SCHEDULE_TOLERANCE = HOUR;

type Raw = Record<string, unknown>;

const SOURCE_KEYS = new Set(['type', 'path', 'window', 'since', 'until', 'generated-at']);

/** Reads values out of one file's data, each failure pointing at its own node. */
class Reader {
  constructor(readonly file: ParsedFile) {}

  duration(value: unknown, at: PathSegment[]): number {
    const ms = parseDuration(String(value));
    if (ms === undefined) {
      const reason = `longer than ${MAX_DURATION / 86_400_000 / 365} years`;
      throw new ConfigurationError(
        `${displayPath(at)} is ${JSON.stringify(value)}, ${reason}, expected a duration such as 90d`,
        locate(this.file, at),
      );
    }
    return ms;
  }

  date(value: unknown, at: PathSegment[]): number {
    const t = parseConfigDate(String(value));
    if (t === undefined) {
      throw new ConfigurationError(
        `${displayPath(at)} is ${JSON.stringify(value)}, not a calendar date (from 1970 on), expected a date such as 2027-01-15`,
        locate(this.file, at),
      );
    }
    return t;
  }

  optionalDuration(raw: Raw, key: string, at: PathSegment[]): number | undefined {
    return raw[key] === undefined ? undefined : this.duration(raw[key], [...at, key]);
  }

  optionalDate(raw: Raw, key: string, at: PathSegment[]): number | undefined {
    return raw[key] === undefined ? undefined : this.date(raw[key], [...at, key]);
  }
}

const DURATION_KEYS = [
  ['inactive-after', 'inactiveAfter'],
  ['rotate-every', 'rotateEvery'],
  ['expiry-warning', 'expiryWarning'],
  ['reactivation-gap', 'reactivationGap'],
  ['review-every', 'reviewEvery'],
  ['telemetry-max-age', 'telemetryMaxAge'],
] as const;

/** The top-level policy, defaults from DEFAULT_POLICY. */
export function normalisePolicy(file: ParsedFile, raw: Raw | undefined): Policy {
  const policy: Policy = { ...DEFAULT_POLICY, rules: {} };
  if (!raw) return policy;
  const reader = new Reader(file);
  for (const [key, field] of DURATION_KEYS) {
    const ms = reader.optionalDuration(raw, key, ['policy']);
    if (ms !== undefined) policy[field] = ms;
  }
  if (raw['fail-on'] !== undefined) policy.failOn = raw['fail-on'] as FailOn;
  if (raw['require-expiry'] !== undefined) policy.requireExpiry = raw['require-expiry'] as boolean;
  for (const [rule, override] of Object.entries((raw.rules ?? {}) as Record<string, Raw>)) {
    const normalised: RuleOverride = {};
    if (override.enabled !== undefined) normalised.enabled = override.enabled as boolean;
    if (override.severity !== undefined) normalised.severity = override.severity as Severity;
    policy.rules[rule] = normalised;
  }
  return policy;
}

/** `sources:` or `people:` entries; a source's path is relative to the file that names it. */
export function normaliseSources(
  file: ParsedFile,
  raw: Raw[] | undefined,
  key: 'sources' | 'people',
): SourceEntry[] {
  const reader = new Reader(file);
  const baseDir = path.dirname(file.absolutePath);
  return (raw ?? []).map((entry, i) => {
    const at = [key, i];
    const normalised: SourceEntry = {
      type: entry.type as string,
      baseDir,
      options: Object.fromEntries(Object.entries(entry).filter(([name]) => !SOURCE_KEYS.has(name))),
      location: locate(file, at),
    };
    if (entry.path !== undefined) normalised.path = entry.path as string;
    const window = reader.optionalDuration(entry, 'window', at);
    const since = reader.optionalDate(entry, 'since', at);
    const until = reader.optionalDate(entry, 'until', at);
    const generatedAt = reader.optionalDate(entry, 'generated-at', at);
    if (window !== undefined) normalised.window = window;
    if (since !== undefined) normalised.since = since;
    if (until !== undefined) normalised.until = until;
    if (generatedAt !== undefined) normalised.generatedAt = generatedAt;
    if (window !== undefined && since !== undefined) {
      throw new ConfigurationError(
        `${displayPath(at)} gives both window and since, expected one of them (window counts back from until or the generation time)`,
        locate(file, [...at, 'since']),
      );
    }
    if (since !== undefined && until !== undefined && since >= until) {
      throw new ConfigurationError(
        `${displayPath(at)}.since is not before its until, expected since < until`,
        locate(file, [...at, 'since']),
      );
    }
    return normalised;
  });
}

/** `discover:` — on by default, from the folder of the main config. */
export function normaliseDiscover(file: ParsedFile, raw: unknown): DiscoverConfig {
  const baseDir = path.dirname(file.absolutePath);
  const discover: DiscoverConfig = { enabled: true, paths: [...DEFAULT_DISCOVER_PATHS], baseDir };
  if (typeof raw === 'boolean') discover.enabled = raw;
  else if (raw && typeof raw === 'object') {
    const given = raw as { enabled?: boolean; paths?: string[] };
    if (given.enabled !== undefined) discover.enabled = given.enabled;
    if (given.paths !== undefined) discover.paths = [...given.paths];
  }
  return discover;
}

/** The `identities:` of one file, in order. */
export function normaliseIdentities(file: ParsedFile, raw: Raw[] | undefined): Identity[] {
  const reader = new Reader(file);
  return (raw ?? []).map((entry, i) => normaliseIdentity(reader, entry, ['identities', i]));
}

function normaliseIdentity(reader: Reader, raw: Raw, at: PathSegment[]): Identity {
  const file = reader.file;
  const identity: Identity = {
    id: raw.id as string,
    principals: [...((raw.principals as string[] | undefined) ?? [])],
    credentials: ((raw.credentials as Raw[] | undefined) ?? []).map((credential, i) =>
      normaliseCredential(reader, credential, [...at, 'credentials', i]),
    ),
    suppress: ((raw.suppress as Raw[] | undefined) ?? []).map((suppression, i) =>
      normaliseSuppression(reader, suppression, [...at, 'suppress', i]),
    ),
    location: locate(file, at),
  };
  if (raw.kind !== undefined) identity.kind = raw.kind as IdentityKind;
  if (raw.platform !== undefined) identity.platform = raw.platform as string;
  if ('owner' in raw) identity.owner = raw.owner as string | null;
  if (raw.purpose !== undefined) identity.purpose = raw.purpose as string;
  const created = reader.optionalDate(raw, 'created', at);
  if (created !== undefined) identity.created = created;
  if (raw.cadence !== undefined) identity.cadence = raw.cadence as Cadence;
  if (raw.schedule !== undefined)
    identity.schedule = normaliseSchedule(reader, raw.schedule, [...at, 'schedule']);
  if (raw.stores !== undefined) identity.stores = raw.stores as string;
  if (raw.reviewed !== undefined) {
    const reviewed = raw.reviewed as Raw;
    identity.reviewed = {
      by: reviewed.by as string,
      on: reader.date(reviewed.on, [...at, 'reviewed', 'on']),
    };
  }
  if (raw.licence !== undefined)
    identity.licence = normaliseLicence(reader, raw.licence as Raw, [...at, 'licence']);
  if (raw.policy !== undefined) {
    const given = raw.policy as Raw;
    const policy: NonNullable<Identity['policy']> = {};
    for (const [key, field] of DURATION_KEYS) {
      const ms = reader.optionalDuration(given, key, [...at, 'policy']);
      if (ms !== undefined) policy[field] = ms;
    }
    if (given['require-expiry'] !== undefined) policy.requireExpiry = given['require-expiry'] as boolean;
    identity.policy = policy;
  }
  const seen = new Map<string, number>();
  identity.credentials.forEach((credential, i) => {
    const first = seen.get(credential.id);
    if (first !== undefined) {
      throw new ConfigurationError(
        `credential id ${JSON.stringify(credential.id)} is declared twice in identity ${JSON.stringify(identity.id)} (also at line ${identity.credentials[first].location.line}), expected each credential once`,
        credential.location,
      );
    }
    seen.set(credential.id, i);
  });
  return identity;
}

function normaliseCredential(reader: Reader, raw: Raw, at: PathSegment[]): DeclaredCredential {
  const credential: DeclaredCredential = { id: raw.id as string, location: locate(reader.file, at) };
  const rotateEvery = reader.optionalDuration(raw, 'rotate-every', at);
  const created = reader.optionalDate(raw, 'created', at);
  const expires = reader.optionalDate(raw, 'expires', at);
  if (rotateEvery !== undefined) credential.rotateEvery = rotateEvery;
  if (created !== undefined) credential.created = created;
  if (expires !== undefined) credential.expires = expires;
  return credential;
}

function normaliseSuppression(reader: Reader, raw: Raw, at: PathSegment[]): Suppression {
  const suppression: Suppression = {
    rule: raw.rule as string,
    until: reader.date(raw.until, [...at, 'until']),
    reason: raw.reason as string,
    by: raw.by as string,
    location: locate(reader.file, at),
  };
  if (raw.credential !== undefined) suppression.credential = raw.credential as string;
  return suppression;
}

function normaliseSchedule(reader: Reader, raw: unknown, at: PathSegment[]): Schedule {
  if (typeof raw === 'string') return { cron: raw.trim(), tolerance: DEFAULT_SCHEDULE_TOLERANCE };
  const given = raw as Raw;
  const schedule: Schedule = {
    cron: (given.cron as string).trim(),
    tolerance: reader.optionalDuration(given, 'tolerance', at) ?? DEFAULT_SCHEDULE_TOLERANCE,
  };
  if (given.tz !== undefined) {
    const tz = given.tz as string;
    try {
      new Intl.DateTimeFormat('en', { timeZone: tz });
    } catch {
      throw new ConfigurationError(
        `${displayPath([...at, 'tz'])} is ${JSON.stringify(tz)}, expected an IANA time zone such as Europe/Berlin or UTC`,
        locate(reader.file, [...at, 'tz']),
      );
    }
    schedule.tz = tz;
  }
  return schedule;
}

function normaliseLicence(reader: Reader, raw: Raw, at: PathSegment[]): Licence {
  const licence: Licence = {
    cost: raw.cost as number,
    currency: raw.currency as string,
    per: raw.per as 'month' | 'year',
  };
  const renews = reader.optionalDate(raw, 'renews', at);
  if (renews !== undefined) licence.renews = renews;
  if (raw.seats !== undefined) licence.seats = raw.seats as number;
  return licence;
}
