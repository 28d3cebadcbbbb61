// expired: a credential past its expiry that still exists (still reported, or still declared).
import { days, iso } from '../model/time.js';
import { dayCount, fromSources, isoDate } from './describe.js';
import type { RawFinding, SubjectRule } from './types.js';

export const expired: SubjectRule = (subject, ctx) => {
  const findings: RawFinding[] = [];
  for (const credential of subject.credentials) {
    const expiresAt = credential.expiresAt;
    const byDate = typeof expiresAt === 'number' && expiresAt <= ctx.now;
    const byState = credential.state?.toLowerCase() === 'expired';
    if (!byDate && !byState) continue;
    const still = credential.sources.length
      ? `is still reported ${fromSources(credential.sources)}`
      : 'is still declared in the inventory';
    const when = byDate
      ? `expired on ${isoDate(expiresAt)}, ${dayCount(ctx.now - expiresAt)} ago,`
      : 'is expired';
    findings.push({
      credential: credential.id,
      message: `${credential.id} of ${subject.id} ${when} and ${still}`,
      evidence: {
        expiresAt: iso(expiresAt),
        daysAgo: byDate ? days(ctx.now - expiresAt) : null,
        state: credential.state ?? null,
        sources: credential.sources,
      },
      vars: { expires: byDate ? isoDate(expiresAt) : 'an unknown date' },
    });
  }
  return findings;
};
