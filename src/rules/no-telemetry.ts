// no-telemetry: a declared subject whose activity no source can judge; the message says why.
import { formatDuration } from '../model/time.js';
import { activityEvidence, thresholdText } from './describe.js';
import type { SubjectRule } from './types.js';

export const noTelemetry: SubjectRule = (subject, ctx) => {
  const verdict = ctx.verdict;
  if (!subject.declared || verdict.status !== 'unknown') return [];
  const reason = verdict.reason ?? 'no source covers it';
  // Which credentials could not be judged either, so the owner knows what to add a source for.
  const unknown = [...ctx.verdict.credentials].filter(
    ([, v]) => v.status === 'unknown' && v.reason && v.reason !== reason,
  );
  const parts = unknown.map(([id, v]) => `${id}: ${v.reason}`);
  const more = parts.length ? ` (${parts.join('; ')})` : '';
  return [
    {
      credential: null,
      message: `the activity of ${subject.id} cannot be judged: ${reason}${more}; its inactivity threshold is ${thresholdText(verdict.threshold, subject, ctx.policy)}`,
      evidence: {
        ...activityEvidence(verdict, subject, ctx.staleSources),
        credentials: Object.fromEntries(unknown.map(([id, v]) => [id, v.reason])),
      },
      vars: { reason, threshold: formatDuration(verdict.threshold) },
    },
  ];
};
