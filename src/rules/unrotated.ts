// unrotated: an active, usable credential older than its rotate-every (DESIGN.md §4 "Rotation").
import { days, formatDuration, iso } from '../model/time.js';
import { credentialUnusable, dayCount, fromSources, isoDate } from './describe.js';
import type { RawFinding, SubjectRule } from './types.js';

const DORMANT = new Set(['inactive', 'never-used']);

export const unrotated: SubjectRule = (subject, ctx) => {
  // A dormant credential should be removed, not rotated: `inactive`/`never-used` report it instead.
  if (DORMANT.has(ctx.verdict.status)) return [];
  const findings: RawFinding[] = [];
  for (const credential of subject.credentials) {
    if (credential.providerRotated || credentialUnusable(credential, ctx.now) !== null) continue;
    if (DORMANT.has(ctx.verdict.credentials.get(credential.id)?.status ?? 'unknown')) continue;
    const rotated = typeof credential.rotatedAt === 'number';
    const since = rotated ? credential.rotatedAt : credential.createdAt;
    if (typeof since !== 'number') continue;
    const declared = subject.identity?.credentials.find((c) => c.id === credential.id);
    const rotateEvery = credential.rotateEvery ?? declared?.rotateEvery ?? ctx.policy.rotateEvery;
    const age = ctx.now - since;
    if (age <= rotateEvery) continue;
    const provenance =
      !rotated && credential.createdFrom === 'declared'
        ? 'from the inventory'
        : fromSources(credential.sources);
    const seen = rotated
      ? `was last rotated ${dayCount(age)} ago (on ${isoDate(since)}, ${provenance})`
      : `was created ${dayCount(age)} ago (on ${isoDate(since)}, ${provenance}) and never rotated`;
    findings.push({
      credential: credential.id,
      message: `${credential.id} of ${subject.id} ${seen}; it must be rotated every ${dayCount(rotateEvery)}`,
      evidence: {
        createdAt: iso(credential.createdAt),
        rotatedAt: iso(credential.rotatedAt),
        ageFrom: rotated ? 'rotatedAt' : 'createdAt',
        ageDays: days(age),
        rotateEveryDays: days(rotateEvery),
        sources: credential.sources,
      },
      vars: { threshold: formatDuration(rotateEvery) },
    });
  }
  return findings;
};
