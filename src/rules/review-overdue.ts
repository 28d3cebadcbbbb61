// review-overdue: the ownership attestation (reviewed.on) is older than review-every, or missing.
import { days, formatDuration, iso } from '../model/time.js';
import { dayCount, isoDate } from './describe.js';
import type { SubjectRule } from './types.js';

export const reviewOverdue: SubjectRule = (subject, ctx) => {
  const identity = subject.identity;
  if (!subject.declared || !identity) return [];
  const every = ctx.policy.reviewEvery;
  const vars = { threshold: formatDuration(every) };
  const reviewed = identity.reviewed;
  if (!reviewed) {
    // Nothing is overdue before its first due date: an identity younger than review-every.
    const created = subject.createdAt ?? identity.created;
    if (typeof created === 'number' && ctx.now - created <= every) return [];
    return [
      {
        credential: null,
        message: `${subject.id} has never been reviewed (no \`reviewed:\`); reviews are due every ${dayCount(every)}`,
        evidence: {
          reviewedOn: null,
          reviewedBy: null,
          reviewEveryDays: days(every),
          createdAt: iso(created),
        },
        vars,
      },
    ];
  }
  const age = ctx.now - reviewed.on;
  if (age <= every) return [];
  return [
    {
      credential: null,
      message: `${subject.id} was last reviewed ${dayCount(age)} ago (on ${isoDate(reviewed.on)} by ${reviewed.by}); reviews are due every ${dayCount(every)}`,
      evidence: {
        reviewedOn: iso(reviewed.on),
        reviewedBy: reviewed.by,
        ageDays: days(age),
        reviewEveryDays: days(every),
      },
      vars,
    },
  ];
};
