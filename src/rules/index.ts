// The rules engine (DESIGN.md §4, §5): judges every subject, runs each enabled rule, then finishes the
// findings — severity overrides, remediation from the rule's template, location, suppressions and
// blocking — in one deterministic order.
import type { Config, FailOn, Identity, Location, Severity } from '../model/config.js';
import { SEVERITIES } from '../model/config.js';
import type { Finding } from '../model/report.js';
import type { CoveringSource, Subject } from '../model/subject.js';
import { formatDuration, iso } from '../model/time.js';
import { expired } from './expired.js';
import { expiring } from './expiring.js';
import { humanUse } from './human-use.js';
import { inactive } from './inactive.js';
import { licenceReclaim } from './licence-reclaim.js';
import { loginOnly } from './login-only.js';
import { RULE_METADATA } from './metadata.js';
import { neverUsed } from './never-used.js';
import { noExpiry } from './no-expiry.js';
import { noTelemetry } from './no-telemetry.js';
import { outsideCadence } from './outside-cadence.js';
import { ownerOffboarded } from './owner-offboarded.js';
import type { OwnerDirectory } from './owners.js';
import { reactivated } from './reactivated.js';
import { reviewOverdue } from './review-overdue.js';
import { secretInConfig } from './secret-in-config.js';
import { staleSources, staleTelemetry } from './stale-telemetry.js';
import { suppressionExpired } from './suppression-expired.js';
import { renderTemplate } from './template.js';
import type { RawFinding, RuleContext, RuleMetadata, SubjectRule } from './types.js';
import { undeclared } from './undeclared.js';
import { unowned } from './unowned.js';
import { unrotated } from './unrotated.js';
import { judgeSubject, policyFor, type SubjectVerdict } from './verdict.js';

/** The rules judged per subject, by name. */
export const SUBJECT_RULES: Readonly<Record<string, SubjectRule>> = {
  unowned,
  'owner-offboarded': ownerOffboarded,
  unrotated,
  expiring,
  expired,
  'no-expiry': noExpiry,
  inactive,
  'never-used': neverUsed,
  reactivated,
  'login-only': loginOnly,
  'human-use': humanUse,
  'outside-cadence': outsideCadence,
  undeclared,
  'no-telemetry': noTelemetry,
  'review-overdue': reviewOverdue,
  'licence-reclaim': licenceReclaim,
  'suppression-expired': suppressionExpired,
};

/** Every rule name, as findings, policy.rules and suppressions use them. */
export const RULE_NAMES: readonly string[] = RULE_METADATA.map((rule) => rule.name);

const METADATA = new Map(RULE_METADATA.map((rule) => [rule.name, rule]));

/** The metadata of one rule (compiled from rules/<name>.yml). */
export function ruleMetadata(name: string): RuleMetadata {
  const rule = METADATA.get(name);
  if (!rule) throw new Error(`no metadata for rule "${name}"`);
  return rule;
}

export interface EvaluateInput {
  subjects: Subject[];
  config: Config;
  /** Every source of the scan, for stale-telemetry. */
  sources: CoveringSource[];
  now: number;
  failOn: FailOn;
  /** The people directory, when one is configured: unowned ("resolves to nobody") and owner-offboarded. */
  owners?: OwnerDirectory;
}

export interface Evaluation {
  findings: Finding[];
  /** By subject id. */
  verdicts: Map<string, SubjectVerdict>;
}

/** Ranks for ordering and fail-on: low 0 … critical 3. */
export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

/** Whether a finding of this severity blocks at this fail-on. */
export function blocks(severity: Severity, failOn: FailOn): boolean {
  return failOn !== 'none' && severityRank(severity) >= severityRank(failOn);
}

/** Judges every subject and runs every enabled rule. */
export function evaluate(input: EvaluateInput): Evaluation {
  const { config, now } = input;
  const overrides = config.policy.rules;
  const enabled = (rule: string) => overrides[rule]?.enabled !== false;
  const severityOf = (rule: string) => overrides[rule]?.severity ?? ruleMetadata(rule).severity;
  const stale = staleSources(input.sources, config.policy, now);
  const verdicts = new Map<string, SubjectVerdict>();
  const findings: Finding[] = [];
  // Looked up once, not per subject: a large log has thousands of subjects.
  const rules = Object.entries(SUBJECT_RULES)
    .filter(([name]) => enabled(name))
    .map(([name, rule]) => ({ name, rule, severity: severityOf(name) }));

  for (const subject of input.subjects) {
    const policy = policyFor(config.policy, subject.identity);
    const verdict = judgeSubject(subject, { policy, now, staleSources: stale });
    verdicts.set(subject.id, verdict);
    for (const { name, rule, severity } of rules) {
      const ctx: RuleContext = {
        now,
        policy,
        config,
        verdict,
        severity,
        severityOf,
        staleSources: stale,
        owners: input.owners,
      };
      for (const raw of rule(subject, ctx))
        findings.push(finish(name, raw, ctx.severity, { config, subject, verdict }));
    }
  }
  const scanWide: [string, () => RawFinding[]][] = [
    ['stale-telemetry', () => staleTelemetry(input.sources, config, now)],
    ['secret-in-config', () => secretInConfig(config)],
  ];
  for (const [name, rule] of scanWide) {
    if (!enabled(name)) continue;
    for (const raw of rule()) findings.push(finish(name, raw, severityOf(name), { config }));
  }

  const identities = new Map(config.identities.map((identity) => [identity.id, identity]));
  for (const finding of findings) {
    suppress(finding, identities.get(finding.subject), now);
    finding.blocking = !finding.suppressed && blocks(finding.severity, input.failOn);
  }
  return { findings: findings.sort(compareFindings), verdicts };
}

interface Scope {
  config: Config;
  subject?: Subject;
  verdict?: SubjectVerdict;
}

/** Rules about the inventory entry itself, not the credential it holds: a `stores:` link does not bear on them. */
const ENTRY_RULES = new Set([
  'unowned',
  'owner-offboarded',
  'review-overdue',
  'suppression-expired',
  'undeclared',
]);

function finish(rule: string, raw: RawFinding, severity: Severity, scope: Scope): Finding {
  const { config, subject, verdict } = scope;
  const credential = raw.credential;
  const declared =
    credential === null ? undefined : subject?.credentials.find((c) => c.id === credential)?.location;
  const location = raw.location !== undefined ? raw.location : (declared ?? subject?.location ?? null);
  const owner = subject ? (subject.identity ? subject.identity.owner : subject.owner) : undefined;
  const values: Record<string, string | undefined> = {
    subject: raw.subject ?? subject?.id,
    owner: owner?.trim() ? owner : 'whoever runs it',
    credential: credential ?? 'its credentials',
    kind: subject?.identity?.kind ?? subject?.kind ?? 'identity',
    platform: subject?.identity?.platform ?? subject?.platform,
    threshold: verdict ? formatDuration(verdict.threshold) : undefined,
    location: place(location) ?? config.path,
    config: config.path,
    ...raw.vars,
  };
  return {
    rule,
    severity: raw.severity ?? severity,
    subject: raw.subject ?? subject?.id ?? config.path,
    credential,
    message: raw.message,
    remediation: renderTemplate(ruleMetadata(rule).remediation, values),
    location,
    blocking: false,
    // A holder is judged by what it holds (correlate/links.ts): the evidence names the link.
    evidence:
      subject?.identity?.stores !== undefined && !ENTRY_RULES.has(rule)
        ? { ...raw.evidence, stores: subject.identity.stores }
        : raw.evidence,
  };
}

function place(location: Location | null): string | undefined {
  return location ? `${location.path}:${location.line}` : undefined;
}

/**
 * An active suppression (until > now) for the finding's rule, and its credential when it names one,
 * hides the finding: it never blocks. A lapsed one hides nothing (suppression-expired reports it).
 */
function suppress(finding: Finding, identity: Identity | undefined, now: number): void {
  const matching = (identity?.suppress ?? []).filter(
    (s) => s.rule === finding.rule && (s.credential === undefined || s.credential === finding.credential),
  );
  const active = matching.filter((s) => s.until > now).sort((a, b) => b.until - a.until)[0];
  if (!active) return;
  finding.suppressed = true;
  finding.evidence = {
    ...finding.evidence,
    suppression: {
      until: iso(active.until),
      reason: active.reason,
      by: active.by,
      location: active.location,
    },
  };
}

/** Severity (most severe first), then subject, rule, credential (subject-wide first), message. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    severityRank(b.severity) - severityRank(a.severity) ||
    compare(a.subject, b.subject) ||
    compare(a.rule, b.rule) ||
    compare(a.credential ?? '', b.credential ?? '') ||
    compare(a.message, b.message)
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export type { ActivityVerdict, SubjectVerdict } from './verdict.js';
export { judgeActivity, judgeSubject, inactivityThreshold, policyFor } from './verdict.js';
export { staleSources } from './stale-telemetry.js';
export type { OwnerDirectory, OwnerLookup, OwnerStatus } from './owners.js';
export type { RuleMetadata } from './types.js';
export { RULE_METADATA, FRAMEWORKS } from './metadata.js';
