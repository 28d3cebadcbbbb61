// Verdicts about activity (DESIGN.md §4): active, inactive, never-used or unknown, for a subject and for
// each of its credentials. Coverage comes first: silence proves nothing unless a usable source covers
// the period, so anything the evidence cannot decide is unknown, with the reason why.
import type { Cadence, Identity, Policy } from '../model/config.js';
import type { SubjectStatus } from '../model/report.js';
import type { CoveringSource, CredentialState, Subject } from '../model/subject.js';
import { DAY, HOUR, days } from '../model/time.js';

/** One cadence period; on-demand has none, so it adds nothing to the threshold. */
export const CADENCE_PERIOD: Readonly<Record<Cadence, number | null>> = {
  hourly: HOUR,
  daily: DAY,
  weekly: 7 * DAY,
  monthly: 30 * DAY,
  quarterly: 91 * DAY,
  yearly: 365 * DAY,
  'on-demand': null,
};

export interface ActivityVerdict {
  status: SubjectStatus;
  /** true: never used since creation, with evidence covering its whole life; null: cannot tell. */
  neverUsed: boolean | null;
  lastMeaningfulUse: number | null;
  /** Any successful use, logins included. */
  lastUse: number | null;
  /** Idle longer than this is inactive: max(inactive-after, 2 × cadence). */
  threshold: number;
  /** now − last meaningful use; with no use seen, now − the start of the silence; null when unknown. */
  idleMs: number | null;
  /** Why the status is unknown. */
  reason?: string;
  createdAt: number | null;
  /** Younger than the threshold: never inactive, and never-used only at low severity. */
  inGrace: boolean;
  /** With no use seen: since when the evidence saw none (creation, or the start of the event window). */
  silentSince: number | null;
  /** The sources the verdict rests on (labels, as the report lists sources). */
  sources: string[];
}

/** The subject's own verdict (folded over its principals and credentials), and each credential's. */
export interface SubjectVerdict extends ActivityVerdict {
  /** By credential id. */
  credentials: Map<string, ActivityVerdict>;
  /** The policy the subject was judged by (the config's, with the identity's overrides). */
  policy: Policy;
}

/** A platform last-used field: a time, null = never (tracked since creation), undefined = unknown. */
export interface LastUsedField {
  value: number | null | undefined;
  reason?: string;
  sources: string[];
}

/** Everything judgeActivity looks at, already stripped of stale and failed sources. */
export interface ActivityEvidence {
  createdAt: number | null;
  fields: LastUsedField[];
  /** Meaningful uses seen in events (and folded last-used times). */
  lastMeaningfulUses: number[];
  lastUses: number[];
  /** Windows of usable event logs that cover the target. */
  eventWindows: { from: number; to: number; label: string }[];
  /** Set when no usable source covers the target: the reason. */
  uncovered?: string;
  /** The only evidence has no usage field (Actions secrets, AWS signing certificates). */
  noUsageField?: string;
}

/** The policy for one identity: the config's, with the identity's own `policy:` values. */
export function policyFor(base: Policy, identity?: Identity): Policy {
  if (!identity?.policy) return base;
  const own = Object.fromEntries(Object.entries(identity.policy).filter(([, value]) => value !== undefined));
  return { ...base, ...own };
}

/** max(inactive-after, 2 × cadence). */
export function inactivityThreshold(policy: Policy, cadence?: Cadence): number {
  const period = cadence ? CADENCE_PERIOD[cadence] : null;
  return period === null ? policy.inactiveAfter : Math.max(policy.inactiveAfter, 2 * period);
}

/** The pure §4 decision over normalised evidence. */
export function judgeActivity(evidence: ActivityEvidence, now: number, threshold: number): ActivityVerdict {
  const createdAt = evidence.createdAt;
  const inGrace = createdAt !== null && now - createdAt <= threshold;
  const fieldUses = evidence.fields.filter(
    (f): f is LastUsedField & { value: number } => typeof f.value === 'number',
  );
  const lastMeaningfulUse = latest([...evidence.lastMeaningfulUses, ...fieldUses.map((f) => f.value)]);
  const lastUse = latest([...evidence.lastUses, ...(lastMeaningfulUse === null ? [] : [lastMeaningfulUse])]);
  const eventLabels = evidence.eventWindows.map((w) => w.label);
  const base = { threshold, createdAt, inGrace, lastMeaningfulUse, lastUse };
  const unknown = (reason: string, sources: string[] = []): ActivityVerdict => ({
    ...base,
    status: 'unknown',
    neverUsed: null,
    idleMs: null,
    reason,
    silentSince: null,
    sources,
  });

  if (evidence.uncovered !== undefined) return unknown(evidence.uncovered);

  if (lastMeaningfulUse !== null) {
    const idleMs = now - lastMeaningfulUse;
    const fromFields = fieldUses.filter((f) => f.value === lastMeaningfulUse).flatMap((f) => f.sources);
    return {
      ...base,
      status: idleMs > threshold && !inGrace ? 'inactive' : 'active',
      neverUsed: false,
      idleMs,
      silentSince: null,
      sources: unique(fromFields.length ? fromFields : eventLabels),
    };
  }

  const nevers = evidence.fields.filter((f) => f.value === null);
  const unknowns = evidence.fields.filter((f) => f.value === undefined);
  const never = (sources: string[]): ActivityVerdict => ({
    ...base,
    status: 'never-used',
    neverUsed: true,
    idleMs: createdAt === null ? null : now - createdAt,
    silentSince: createdAt,
    sources: unique(sources),
  });

  const coveredSince = contiguousStart(evidence.eventWindows);
  if (coveredSince !== null) {
    // An event log proves "never" only when it reaches back to the creation; a last-used field that
    // says never does by itself, since the platform tracked the credential all its life.
    if (createdAt !== null && coveredSince.from <= createdAt) return never(eventLabels);
    if (nevers.length && !unknowns.length) return never(nevers.flatMap((f) => f.sources));
    const silence = now - coveredSince.from;
    if (silence > threshold && !inGrace) {
      return {
        ...base,
        status: 'inactive',
        neverUsed: null,
        idleMs: silence,
        silentSince: coveredSince.from,
        sources: unique(eventLabels),
      };
    }
    const windowDays = days(coveredSince.to - coveredSince.from);
    const relation = coveredSince.to - coveredSince.from < threshold ? 'shorter than' : 'no longer than';
    return unknown(
      `the covering window (${windowDays} days) is ${relation} the inactivity threshold (${days(threshold)} days)`,
      eventLabels,
    );
  }

  if (unknowns.length) {
    const reason = unknowns.find((f) => f.reason)?.reason ?? evidence.noUsageField;
    return unknown(
      reason ?? 'the platform does not say when it was last used',
      unknowns.flatMap((f) => f.sources),
    );
  }
  if (nevers.length) return never(nevers.flatMap((f) => f.sources));
  return unknown(evidence.noUsageField ?? 'no source reports its use');
}

/** Judges a subject and each of its credentials. `staleSources` are labels that prove nothing. */
export function judgeSubject(
  subject: Subject,
  options: { policy: Policy; now: number; staleSources?: ReadonlySet<string> },
): SubjectVerdict {
  const stale = options.staleSources ?? new Set<string>();
  const threshold = inactivityThreshold(options.policy, subject.identity?.cadence);
  const usable = subject.coverage.sources.filter((s) => !s.failed && !stale.has(s.label));
  const windows = eventWindows(usable);
  const credentials = new Map<string, ActivityVerdict>();
  for (const credential of subject.credentials) {
    const evidence = credentialEvidence(subject, credential, usable, windows, stale);
    credentials.set(credential.id, judgeActivity(evidence, options.now, threshold));
  }
  const evidence = subjectEvidence(subject, usable, windows, stale);
  return { ...judgeActivity(evidence, options.now, threshold), credentials, policy: options.policy };
}

function subjectEvidence(
  subject: Subject,
  usable: CoveringSource[],
  windows: ActivityEvidence['eventWindows'],
  stale: ReadonlySet<string>,
): ActivityEvidence {
  const snapshots = usable.filter((s) => s.kind === 'snapshot').map((s) => s.label);
  const fields: LastUsedField[] = [];
  // The principal's own last-used field comes from a snapshot; with every snapshot stale, it proves nothing.
  if (snapshots.length && (subject.lastUsedAt !== undefined || subject.lastUsedUnknownReason)) {
    fields.push({ value: subject.lastUsedAt, reason: subject.lastUsedUnknownReason, sources: snapshots });
  }
  for (const credential of subject.credentials) {
    const field = credentialField(credential, stale);
    if (field) fields.push(field);
  }
  return {
    createdAt: subject.createdAt ?? subject.identity?.created ?? null,
    fields,
    lastMeaningfulUses: present([
      subject.usage.lastMeaningfulUse,
      ...subject.credentials.map((c) => c.usage.lastMeaningfulUse),
    ]),
    lastUses: present([subject.usage.lastUse, ...subject.credentials.map((c) => c.usage.lastUse)]),
    eventWindows: windows,
    uncovered: usable.length ? undefined : uncoveredReason(subject.coverage.sources, stale),
    noUsageField: subject.coverage.noUsageField,
  };
}

function credentialEvidence(
  subject: Subject,
  credential: CredentialState,
  usable: CoveringSource[],
  windows: ActivityEvidence['eventWindows'],
  stale: ReadonlySet<string>,
): ActivityEvidence {
  const field = credentialField(credential, stale);
  const reporting = usable.filter((s) => credential.sources.includes(s.label));
  const declared = subject.identity?.credentials.find((c) => c.id === credential.id);
  const covered = windows.length > 0 || reporting.length > 0;
  const own = subject.coverage.sources.filter(
    (s) => credential.sources.includes(s.label) || s.kind === 'events',
  );
  return {
    createdAt: credential.createdAt ?? declared?.created ?? null,
    fields: field ? [field] : [],
    lastMeaningfulUses: present([credential.usage.lastMeaningfulUse]),
    lastUses: present([credential.usage.lastUse]),
    eventWindows: windows,
    uncovered: covered ? undefined : uncoveredReason(own, stale),
  };
}

function credentialField(credential: CredentialState, stale: ReadonlySet<string>): LastUsedField | undefined {
  const fresh = credential.sources.filter((label) => !stale.has(label));
  if (!fresh.length) return undefined;
  if (credential.lastUsedAt === undefined && !credential.lastUsedUnknownReason) return undefined;
  return { value: credential.lastUsedAt, reason: credential.lastUsedUnknownReason, sources: fresh };
}

function eventWindows(usable: CoveringSource[]): ActivityEvidence['eventWindows'] {
  const out: ActivityEvidence['eventWindows'] = [];
  for (const source of usable) {
    const to = source.windowTo ?? source.generatedAt;
    if (source.kind !== 'events' || source.windowFrom === undefined || to === undefined) continue;
    out.push({ from: source.windowFrom, to, label: source.label });
  }
  return out;
}

/** The stretch covered without a gap, back from the newest window's end. */
function contiguousStart(windows: ActivityEvidence['eventWindows']): { from: number; to: number } | null {
  if (!windows.length) return null;
  const to = Math.max(...windows.map((w) => w.to));
  let from = Math.min(...windows.filter((w) => w.to === to).map((w) => w.from));
  for (let extended = true; extended;) {
    extended = false;
    for (const w of windows) {
      if (w.from < from && w.to >= from) {
        from = w.from;
        extended = true;
      }
    }
  }
  return { from, to };
}

function uncoveredReason(sources: CoveringSource[], stale: ReadonlySet<string>): string {
  if (!sources.length) return 'no source covers it';
  const failed = sources.filter((s) => s.failed).map((s) => s.label);
  const old = sources.filter((s) => !s.failed && stale.has(s.label)).map((s) => s.label);
  const parts: string[] = [];
  if (old.length) parts.push(`covered only by stale telemetry (${old.join(', ')})`);
  if (failed.length) parts.push(`its source could not be read (${failed.join(', ')})`);
  return parts.join('; ') || 'no source covers it';
}

function latest(times: number[]): number | null {
  return times.length ? Math.max(...times) : null;
}

function present(values: (number | undefined)[]): number[] {
  return values.filter((v): v is number => typeof v === 'number');
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
