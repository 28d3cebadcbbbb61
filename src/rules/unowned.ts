// unowned: no owner, or an owner that a people directory cannot resolve (DESIGN.md §2).
import { declaredOwner } from './owners.js';
import type { SubjectRule } from './types.js';

export const unowned: SubjectRule = (subject, ctx) => {
  // An undeclared subject has no inventory entry to own; `undeclared` asks for one.
  if (!subject.declared) return [];
  const written = subject.identity ? subject.identity.owner : subject.owner;
  const owner = declaredOwner(written);
  if (owner === null) {
    const what =
      written === undefined
        ? 'has no `owner:`'
        : written === null
          ? 'has `owner: null`'
          : 'has an empty `owner:`';
    return [
      {
        credential: null,
        message: `${subject.id} ${what}: nobody is accountable for it`,
        evidence: { owner: written ?? null },
      },
    ];
  }
  // The "resolves to nobody" half: only a directory that is authoritative for this owner can say so.
  const lookup = ctx.owners?.lookup(owner);
  if (lookup?.status !== 'absent') return [];
  const where = `${lookup.source ? ` in ${lookup.source}` : ''}${lookup.detail ? ` (${lookup.detail})` : ''}`;
  return [
    {
      credential: null,
      message: `the owner ${owner} of ${subject.id} resolves to nobody${where}`,
      evidence: { owner, directory: lookup.source ?? null, detail: lookup.detail ?? null },
    },
  ];
};
