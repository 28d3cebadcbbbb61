// expiring: a usable credential that expires within the policy's expiry-warning.
import { days, formatDuration, iso } from '../model/time.js';
import { credentialUnusable, dayCount, fromSources, isoDate } from './describe.js';
import type { RawFinding, SubjectRule } from './types.js';

export const expiring: SubjectRule = (subject, ctx) => {
  const findings: RawFinding[] = [];
  for (const credential of subject.credentials) {
    const expiresAt = credential.expiresAt;
    if (typeof expiresAt !== 'number' || expiresAt <= ctx.now) continue;
    if (expiresAt - ctx.now > ctx.policy.expiryWarning || credentialUnusable(credential, ctx.now) !== null)
      continue;
    const from =
      credential.expiresFrom === 'declared' ? 'from the inventory' : fromSources(credential.sources);
    findings.push({
      credential: credential.id,
      message: `${credential.id} of ${subject.id} expires on ${isoDate(expiresAt)}, in ${dayCount(expiresAt - ctx.now)} (${from}); the warning period is ${dayCount(ctx.policy.expiryWarning)}`,
      evidence: {
        expiresAt: iso(expiresAt),
        daysLeft: days(expiresAt - ctx.now),
        expiryWarningDays: days(ctx.policy.expiryWarning),
        expiresFrom: credential.expiresFrom ?? null,
        sources: credential.sources,
      },
      vars: { expires: isoDate(expiresAt), threshold: formatDuration(ctx.policy.expiryWarning) },
    });
  }
  return findings;
};
