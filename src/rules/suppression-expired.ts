// suppression-expired: a suppression past its `until`. It no longer hides anything (the engine lets
// the finding it covered stand); this finding asks for it to be removed or renewed.
import { days, iso } from '../model/time.js';
import { dayCount, isoDate } from './describe.js';
import type { RawFinding, SubjectRule } from './types.js';

export const suppressionExpired: SubjectRule = (subject, ctx) => {
  const findings: RawFinding[] = [];
  for (const suppression of subject.identity?.suppress ?? []) {
    if (suppression.until > ctx.now) continue;
    const scope = suppression.credential ? ` for ${suppression.credential}` : '';
    findings.push({
      credential: suppression.credential ?? null,
      location: suppression.location,
      message: `the suppression of ${suppression.rule}${scope} on ${subject.id} expired on ${isoDate(suppression.until)}, ${dayCount(ctx.now - suppression.until)} ago (by ${suppression.by}: "${suppression.reason}")`,
      evidence: {
        rule: suppression.rule,
        until: iso(suppression.until),
        daysAgo: days(ctx.now - suppression.until),
        reason: suppression.reason,
        by: suppression.by,
      },
      vars: { rule: suppression.rule, until: isoDate(suppression.until), reason: suppression.reason },
    });
  }
  return findings;
};
