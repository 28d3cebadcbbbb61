// never-used: never used since creation, with evidence covering its whole life. Replaces inactive;
// past grace it takes the severity inactive would have had, within grace it is low (DESIGN.md §4).
import type { Severity } from '../model/config.js';
import type { Subject } from '../model/subject.js';
import { formatDuration } from '../model/time.js';
import { activityEvidence, activityText, credentialUnusable, dayCount, subjectUnusable } from './describe.js';
import { JUDGES_CREDENTIALS } from './inactive.js';
import type { RawFinding, RuleContext, SubjectRule } from './types.js';
import type { ActivityVerdict } from './verdict.js';

export const neverUsed: SubjectRule = (subject, ctx) => {
  const findings: RawFinding[] = [];
  const verdict = ctx.verdict;
  if (verdict.status === 'never-used')
    findings.push(unused(subject, null, verdict, subjectUnusable(subject), ctx));
  if (!JUDGES_CREDENTIALS.has(verdict.status)) return findings;
  for (const credential of subject.credentials) {
    const own = ctx.verdict.credentials.get(credential.id);
    if (own?.status !== 'never-used') continue;
    const state = credentialUnusable(credential, ctx.now) ?? subjectUnusable(subject);
    findings.push(unused(subject, credential.id, own, state, ctx));
  }
  return findings;
};

function unused(
  subject: Subject,
  credential: string | null,
  verdict: ActivityVerdict,
  state: string | null,
  ctx: RuleContext,
): RawFinding {
  const who = credential === null ? subject.id : `${credential} of ${subject.id}`;
  const grace =
    verdict.inGrace && verdict.createdAt !== null
      ? ` It was created ${dayCount(ctx.now - verdict.createdAt)} ago, within the ${dayCount(verdict.threshold)} grace period.`
      : '';
  const unusable = state === null ? '' : ` It is ${state}, but still exists and can be re-enabled.`;
  return {
    credential,
    severity: severity(verdict, state, ctx),
    message: `${who}: ${activityText(verdict)}.${grace}${unusable}`,
    evidence: { ...activityEvidence(verdict, subject, ctx.staleSources), state },
    vars: { threshold: formatDuration(verdict.threshold), state: state ?? 'usable' },
  };
}

function severity(verdict: ActivityVerdict, state: string | null, ctx: RuleContext): Severity {
  if (verdict.inGrace || state !== null) return 'low';
  // An explicit override of never-used wins; otherwise it is as severe as inactive would have been.
  return ctx.policy.rules['never-used']?.severity ?? ctx.severityOf('inactive');
}
