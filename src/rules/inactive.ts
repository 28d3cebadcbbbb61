// inactive: no meaningful use for longer than the cadence-aware threshold, with covering evidence.
// Judged for the subject as a whole, and for an idle credential of a subject that is otherwise in use.
import type { Severity } from '../model/config.js';
import type { Subject } from '../model/subject.js';
import { formatDuration } from '../model/time.js';
import {
  activityEvidence,
  activityText,
  credentialUnusable,
  subjectUnusable,
  thresholdText,
} from './describe.js';
import type { RawFinding, RuleContext, SubjectRule } from './types.js';
import type { ActivityVerdict } from './verdict.js';

/** Subject statuses under which single credentials are judged on their own (DESIGN.md §4). */
export const JUDGES_CREDENTIALS = new Set(['active', 'unknown']);

export const inactive: SubjectRule = (subject, ctx) => {
  const findings: RawFinding[] = [];
  const verdict = ctx.verdict;
  if (verdict.status === 'inactive') {
    findings.push(dormant(subject, null, verdict, subjectUnusable(subject), ctx.severity, ctx));
  }
  if (!JUDGES_CREDENTIALS.has(verdict.status)) return findings;
  for (const credential of subject.credentials) {
    const own = ctx.verdict.credentials.get(credential.id);
    if (own?.status !== 'inactive') continue;
    const state = credentialUnusable(credential, ctx.now) ?? subjectUnusable(subject);
    findings.push(dormant(subject, credential.id, own, state, ctx.severity, ctx));
  }
  return findings;
};

function dormant(
  subject: Subject,
  credential: string | null,
  verdict: ActivityVerdict,
  state: string | null,
  severity: Severity,
  ctx: RuleContext,
): RawFinding {
  const who = credential === null ? subject.id : `${credential} of ${subject.id}`;
  const unusable = state === null ? '' : ` It is ${state}, but still exists and can be re-enabled.`;
  return {
    credential,
    // Unusable is still present: reported, but at low severity (DESIGN.md §4).
    severity: state === null ? severity : 'low',
    message: `${who}: ${activityText(verdict)}; the threshold is ${thresholdText(verdict.threshold, subject, ctx.policy)}.${unusable}`,
    evidence: { ...activityEvidence(verdict, subject, ctx.staleSources), state },
    vars: { threshold: formatDuration(verdict.threshold), state: state ?? 'usable' },
  };
}
