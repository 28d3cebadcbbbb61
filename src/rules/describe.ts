// Wording and evidence shared by the rules, so that every message says what was seen, when, and from
// which source, the same way.
import type { Policy } from '../model/config.js';
import type { CredentialState, Subject } from '../model/subject.js';
import { DAY, days, iso } from '../model/time.js';
import type { ActivityVerdict } from './verdict.js';
import { CADENCE_PERIOD } from './verdict.js';

/** States in which an identity or credential exists but cannot be used (it can be re-enabled). */
const UNUSABLE_STATES = new Set(['disabled', 'suspended', 'deactivated', 'inactive', 'expired', 'revoked']);

/** 2026-08-21. */
export function isoDate(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}

/** "1 day", "96 days" (whole days, rounded down). */
export function dayCount(ms: number): string {
  const n = days(ms);
  return n === 1 ? '1 day' : `${n} days`;
}

/** "from a, b", or where a value came from when no source reported it. */
export function fromSources(labels: readonly string[]): string {
  return labels.length ? `from ${labels.join(', ')}` : 'from the inventory';
}

/** The state that makes a subject unusable, or null when it is usable as far as we know. */
export function subjectUnusable(subject: Subject): string | null {
  if (subject.state && UNUSABLE_STATES.has(subject.state.toLowerCase())) return subject.state.toLowerCase();
  return subject.disabled ? (subject.state ?? 'disabled') : null;
}

/** The state that makes a credential unusable (disabled, expired, …), or null. */
export function credentialUnusable(credential: CredentialState, now: number): string | null {
  if (typeof credential.expiresAt === 'number' && credential.expiresAt <= now) return 'expired';
  if (credential.state && UNUSABLE_STATES.has(credential.state.toLowerCase()))
    return credential.state.toLowerCase();
  return credential.active === false ? (credential.state ?? 'inactive') : null;
}

/** "90 days", or "182 days (2 × its quarterly cadence)" when the cadence set it. */
export function thresholdText(threshold: number, subject: Subject, policy: Policy): string {
  const cadence = subject.identity?.cadence;
  const period = cadence ? CADENCE_PERIOD[cadence] : null;
  if (cadence && period !== null && threshold === 2 * period && threshold > policy.inactiveAfter) {
    return `${dayCount(threshold)} (2 × its ${cadence} cadence)`;
  }
  return dayCount(threshold);
}

/** "for 96 days", or "for more than 90 days" when the idle time rounds down to the threshold. */
export function idleText(idleMs: number, threshold: number): string {
  return days(idleMs) <= days(threshold) ? `more than ${dayCount(threshold)}` : dayCount(idleMs);
}

/** What the covering sources cannot see, for findings that rest on them. */
export function blindSpots(subject: Subject, stale: ReadonlySet<string>): string[] {
  const spots = subject.coverage.sources
    .filter((s) => !s.failed && !stale.has(s.label))
    .flatMap((s) => s.blindSpots);
  return [...new Set(spots)];
}

/** The structured evidence behind an activity verdict. */
export function activityEvidence(
  verdict: ActivityVerdict,
  subject: Subject,
  stale: ReadonlySet<string>,
): Record<string, unknown> {
  return {
    status: verdict.status,
    lastMeaningfulUse: iso(verdict.lastMeaningfulUse),
    lastUse: iso(verdict.lastUse),
    idleDays: verdict.idleMs === null ? null : days(verdict.idleMs),
    thresholdDays: verdict.threshold / DAY,
    createdAt: iso(verdict.createdAt),
    inGrace: verdict.inGrace,
    neverUsed: verdict.neverUsed,
    silentSince: iso(verdict.silentSince),
    sources: verdict.sources,
    coverage: {
      sources: subject.coverage.sources.map((s) => s.label),
      window: { from: iso(subject.coverage.windowFrom), to: iso(subject.coverage.windowTo) },
    },
    blindSpots: blindSpots(subject, stale),
    ...(verdict.reason ? { reason: verdict.reason } : {}),
  };
}

/** What an activity verdict saw, in words: "no meaningful use for 96 days (last on …, from …)". */
export function activityText(verdict: ActivityVerdict): string {
  const threshold = verdict.threshold;
  if (verdict.lastMeaningfulUse !== null && verdict.idleMs !== null) {
    return `no meaningful use for ${idleText(verdict.idleMs, threshold)} (last on ${isoDate(verdict.lastMeaningfulUse)}, ${fromSources(verdict.sources)})`;
  }
  if (verdict.neverUsed) {
    const since =
      verdict.createdAt === null
        ? 'since its creation'
        : `since its creation on ${isoDate(verdict.createdAt)}`;
    return `never used ${since} (${fromSources(verdict.sources)})`;
  }
  if (verdict.silentSince !== null) {
    return `no meaningful use seen since ${isoDate(verdict.silentSince)}, when the covering window begins (${fromSources(verdict.sources)})`;
  }
  return verdict.reason ?? 'activity unknown';
}
