// licence-reclaim: a paid licence held by an inactive or never-used identity. The saving is in the
// finding; the severity rises as the renewal nears (> 90 days low, ≤ 90 medium, ≤ 30 high).
import type { Licence, Severity } from '../model/config.js';
import { DAY, days, iso } from '../model/time.js';
import { activityText, dayCount, isoDate } from './describe.js';
import type { SubjectRule } from './types.js';

const DORMANT = new Set(['inactive', 'never-used']);

/** What reclaiming the licence saves in a year. */
export function yearlySaving(licence: Licence): number {
  return licence.cost * (licence.per === 'month' ? 12 : 1) * (licence.seats ?? 1);
}

/** Severity by the time left before renewal; a passed or unknown renewal keeps the base severity. */
export function renewalSeverity(renews: number | undefined, now: number, base: Severity): Severity {
  if (renews === undefined || renews < now) return base;
  const left = renews - now;
  if (left <= 30 * DAY) return 'high';
  if (left <= 90 * DAY) return 'medium';
  return base;
}

function money(amount: number, currency: string): string {
  return `${currency} ${Number.isInteger(amount) ? amount : amount.toFixed(2)}`;
}

export const licenceReclaim: SubjectRule = (subject, ctx) => {
  const licence = subject.identity?.licence;
  const verdict = ctx.verdict;
  if (!licence || !DORMANT.has(verdict.status)) return [];
  const saving = yearlySaving(licence);
  const renews = licence.renews;
  const renewal =
    renews === undefined
      ? 'its renewal date is not declared'
      : renews < ctx.now
        ? `its renewal date ${isoDate(renews)} has passed`
        : `it renews on ${isoDate(renews)}, in ${dayCount(renews - ctx.now)}`;
  return [
    {
      credential: null,
      severity: renewalSeverity(renews, ctx.now, ctx.severity),
      message: `${subject.id} holds a licence (${money(licence.cost, licence.currency)} per ${licence.per}${licence.seats ? ` × ${licence.seats} seats` : ''}) but ${activityText(verdict)}; ${renewal}; reclaiming it saves ${money(saving, licence.currency)} a year`,
      evidence: {
        status: verdict.status,
        lastMeaningfulUse: iso(verdict.lastMeaningfulUse),
        yearlySaving: { amount: saving, currency: licence.currency, per: 'year' },
        licence: {
          cost: licence.cost,
          currency: licence.currency,
          per: licence.per,
          seats: licence.seats ?? 1,
        },
        renews: iso(renews),
        daysToRenewal: renews === undefined || renews < ctx.now ? null : days(renews - ctx.now),
      },
      vars: {
        saving: `${money(saving, licence.currency)} a year`,
        renews: renews === undefined ? 'its next renewal' : isoDate(renews),
      },
    },
  ];
};
