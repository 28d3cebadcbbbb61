// reactivated: meaningful use after a dormant gap of at least reactivation-gap (DESIGN.md §4). Later
// use never resolves it; a re-attestation (reviewed.on after the renewed use) does.
import type { Subject, UsageStats } from '../model/subject.js';
import { DAY, endOfUtcDay, formatDuration, iso } from '../model/time.js';
import { dayCount, isoDate } from './describe.js';
import type { RawFinding, SubjectRule } from './types.js';

export interface DormantGap {
  /** UTC day numbers of the last use before the gap and the first use after it. */
  fromDay: number;
  toDay: number;
}

/** Every gap of at least `gap` between consecutive days of meaningful use, oldest first. */
export function dormantGaps(usage: Pick<UsageStats, 'days'>, gap: number): DormantGap[] {
  const out: DormantGap[] = [];
  for (let i = 1; i < usage.days.length; i++) {
    if ((usage.days[i] - usage.days[i - 1]) * DAY >= gap)
      out.push({ fromDay: usage.days[i - 1], toDay: usage.days[i] });
  }
  return out;
}

export const reactivated: SubjectRule = (subject, ctx) => {
  const gap = ctx.policy.reactivationGap;
  const reviewedOn = subject.identity?.reviewed?.on;
  const attested = (g: DormantGap) => reviewedOn !== undefined && reviewedOn > endOfUtcDay(g.toDay * DAY);
  const findings: RawFinding[] = [];
  const own = dormantGaps(subject.usage, gap);
  const latest = own.at(-1);
  if (latest && !attested(latest)) findings.push(finding(subject, null, latest, own.length, gap));
  for (const credential of subject.credentials) {
    // A credential that woke up while the subject stayed busy (an idle second key) is its own signal.
    const gaps = dormantGaps(credential.usage, gap).filter(
      (g) => !own.some((o) => o.fromDay === g.fromDay && o.toDay === g.toDay),
    );
    const last = gaps.at(-1);
    if (last && !attested(last)) findings.push(finding(subject, credential.id, last, gaps.length, gap));
  }
  return findings;
};

function finding(
  subject: Subject,
  credential: string | null,
  g: DormantGap,
  count: number,
  gap: number,
): RawFinding {
  const who = credential === null ? subject.id : `${credential} of ${subject.id}`;
  const length = (g.toDay - g.fromDay) * DAY;
  return {
    credential,
    message: `${who} was used again on ${isoDate(g.toDay * DAY)} after ${dayCount(length)} without meaningful use (last before on ${isoDate(g.fromDay * DAY)}); the reactivation gap is ${dayCount(gap)}`,
    evidence: {
      gap: {
        from: iso(endOfUtcDay(g.fromDay * DAY)),
        to: iso(endOfUtcDay(g.toDay * DAY)),
        days: g.toDay - g.fromDay,
      },
      reactivationGapDays: gap / DAY,
      gaps: count,
      reviewedOn: iso(subject.identity?.reviewed?.on),
    },
    vars: { threshold: formatDuration(gap) },
  };
}
