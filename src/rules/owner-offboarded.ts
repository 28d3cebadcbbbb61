// owner-offboarded: the owner has left (people export, or no longer an organisation member).
import { iso } from '../model/time.js';
import { declaredOwner } from './owners.js';
import { isoDate } from './describe.js';
import type { SubjectRule } from './types.js';

export const ownerOffboarded: SubjectRule = (subject, ctx) => {
  if (!subject.declared) return [];
  const owner = declaredOwner(subject.identity ? subject.identity.owner : subject.owner);
  const lookup = owner === null ? undefined : ctx.owners?.lookup(owner);
  if (!lookup || lookup.status !== 'left') return [];
  const details = [lookup.detail, lookup.since === undefined ? undefined : `since ${isoDate(lookup.since)}`]
    .filter(Boolean)
    .join(', ');
  const from = lookup.source ? ` according to ${lookup.source}` : '';
  return [
    {
      credential: null,
      message: `the owner ${owner} of ${subject.id} has left${details ? ` (${details})` : ''}${from}`,
      evidence: {
        owner,
        directory: lookup.source ?? null,
        detail: lookup.detail ?? null,
        since: iso(lookup.since),
      },
    },
  ];
};
