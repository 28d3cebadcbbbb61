// stale-telemetry: a source generated longer ago than telemetry-max-age. Verdicts treat stale sources
// as covering nothing (staleSources feeds judgeSubject), so what they alone cover becomes unknown.
import type { Config, Policy } from '../model/config.js';
import type { CoveringSource } from '../model/subject.js';
import { days, formatDuration, iso } from '../model/time.js';
import { dayCount, isoDate } from './describe.js';
import type { RawFinding } from './types.js';

function isStale(
  source: CoveringSource,
  policy: Policy,
  now: number,
): source is CoveringSource & { generatedAt: number } {
  return (
    !source.failed && source.generatedAt !== undefined && now - source.generatedAt > policy.telemetryMaxAge
  );
}

/** Labels of the sources older than telemetry-max-age (strictly). */
export function staleSources(sources: readonly CoveringSource[], policy: Policy, now: number): Set<string> {
  return new Set(sources.filter((s) => isStale(s, policy, now)).map((s) => s.label));
}

/** One finding per stale source; its subject is the source's label, its location the source entry. */
export function staleTelemetry(
  sources: readonly CoveringSource[],
  config: Config,
  now: number,
): RawFinding[] {
  const policy = config.policy;
  const seen = new Set<string>();
  const findings: RawFinding[] = [];
  for (const source of sources) {
    if (!isStale(source, policy, now) || seen.has(source.label)) continue;
    seen.add(source.label);
    const age = now - source.generatedAt;
    const lowerBound =
      source.generatedAtFrom === 'data' ? ' (the newest time in its data: it may be older still)' : '';
    const entry = config.sources.find((e) => e.type === source.type && (e.path ?? null) === source.path);
    findings.push({
      subject: source.label,
      credential: null,
      location: entry?.location ?? null,
      message: `${source.label} was generated on ${isoDate(source.generatedAt)}, ${dayCount(age)} ago${lowerBound}; telemetry older than ${dayCount(policy.telemetryMaxAge)} cannot judge activity, so what it alone covers is unknown`,
      evidence: {
        source: source.label,
        type: source.type,
        path: source.path,
        generatedAt: iso(source.generatedAt),
        generatedAtFrom: source.generatedAtFrom,
        ageDays: days(age),
        telemetryMaxAgeDays: days(policy.telemetryMaxAge),
        window: { from: iso(source.windowFrom), to: iso(source.windowTo) },
      },
      vars: { source: source.label, threshold: formatDuration(policy.telemetryMaxAge) },
    });
  }
  return findings;
}
