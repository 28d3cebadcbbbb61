// no-expiry: a credential that never expires, where the policy requires expiry (require-expiry).
import { fromSources } from './describe.js';
import type { RawFinding, SubjectRule } from './types.js';

export const noExpiry: SubjectRule = (subject, ctx) => {
  if (!ctx.policy.requireExpiry) return [];
  const findings: RawFinding[] = [];
  for (const credential of subject.credentials) {
    // null is a known "never expires"; undefined means nobody said, which proves nothing.
    if (credential.expiresAt !== null || credential.providerRotated) continue;
    findings.push({
      credential: credential.id,
      message: `${credential.id} of ${subject.id} never expires (${fromSources(credential.sources)}); the policy requires an expiry`,
      evidence: { expiresAt: null, sources: credential.sources },
    });
  }
  return findings;
};
