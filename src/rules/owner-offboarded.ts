// owner-offboarded: the owner has left (people export, or no longer an organisation member). The
// message names who, since when and according to which directory, and who could take over.
import { iso } from '../model/time.js';
import { declaredOwner } from './owners.js';
import { isoDate } from './describe.js';
import type { SubjectRule } from './types.js';

export const ownerOffboarded: SubjectRule = (subject, ctx) => {
  if (!subject.declared) return [];
  const owner = declaredOwner(subject.identity ? subject.identity.owner : subject.owner);
  const lookup = owner === null ? undefined : ctx.owners?.lookup(owner);
  if (!lookup || lookup.status !== 'left') return [];
  const since = lookup.since === undefined ? undefined : isoDate(lookup.since);
  // "end date 2026-09-30" already says since when.
  const details = [
    lookup.detail,
    since === undefined || lookup.detail?.includes(since) ? undefined : `since ${since}`,
  ]
    .filter(Boolean)
    .join(', ');
  const from = lookup.source ? ` according to ${lookup.source}` : '';
  const who = lookup.name ? `${owner} (${lookup.name})` : owner;
  const successor = lookup.successor;
  const takeOver = successor ? `; ${successor.owner} (${successor.reason}) could take it over` : '';
  return [
    {
      credential: null,
      message: `the owner ${who} of ${subject.id} has left${details ? ` (${details})` : ''}${from}${takeOver}`,
      evidence: {
        owner,
        name: lookup.name ?? null,
        directory: lookup.source ?? null,
        detail: lookup.detail ?? null,
        since: iso(lookup.since),
        successor: successor ?? null,
      },
      vars: { successor: successor ? `${successor.owner} (${successor.reason})` : 'a current owner' },
    },
  ];
};
