// undeclared: a principal seen in telemetry, or declared in IaC/workflows, that no identity claims.
import { iso } from '../model/time.js';
import { fromSources, isoDate } from './describe.js';
import type { SubjectRule } from './types.js';

export const undeclared: SubjectRule = (subject, ctx) => {
  if (subject.declared) return [];
  const sources = subject.coverage.sources.map((s) => s.label);
  const last = ctx.verdict.lastUse;
  const seen =
    subject.foundIn === 'discovery' && subject.location
      ? `is declared in ${subject.location.path}:${subject.location.line}`
      : `was seen in telemetry (${fromSources(sources)}${last === null ? '' : `, last used on ${isoDate(last)}`})`;
  return [
    {
      credential: null,
      message: `${subject.id} ${seen} but no identity in ${ctx.config.path} claims it`,
      evidence: {
        foundIn: subject.foundIn ?? 'telemetry',
        kind: subject.kind ?? null,
        platform: subject.platform ?? null,
        aliases: subject.aliases,
        sources,
        lastUse: iso(last),
        lastMeaningfulUse: iso(ctx.verdict.lastMeaningfulUse),
        discoveredAt: subject.foundIn === 'discovery' ? subject.location : null,
      },
    },
  ];
};
