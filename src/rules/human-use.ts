// human-use: a machine identity used interactively (console password, browser, web session).
import { isoDate } from './describe.js';
import { iso } from '../model/time.js';
import type { SubjectRule } from './types.js';

/** Kinds that automation, not people, should use. A licence is a seat for a person. */
export const MACHINE_KINDS = new Set([
  'service-account',
  'api-token',
  'deploy-key',
  'secret',
  'oauth-app',
  'github-app',
  'bot-user',
  'workload',
]);

export const humanUse: SubjectRule = (subject) => {
  const kind = subject.identity?.kind ?? subject.kind;
  if (!kind || !MACHINE_KINDS.has(kind) || subject.usage.interactiveEvents === 0) return [];
  const seen = [...subject.usage.interactive].sort((a, b) => b.at - a.at);
  const newest = seen[0];
  const example = newest
    ? `, the latest on ${isoDate(newest.at)} (${newest.detail}, from ${newest.source})`
    : '';
  return [
    {
      credential: null,
      message: `${subject.id} is a ${kind} but was used interactively ${subject.usage.interactiveEvents === 1 ? 'once' : `${subject.usage.interactiveEvents} times`}${example}`,
      evidence: {
        kind,
        interactiveEvents: subject.usage.interactiveEvents,
        examples: seen.map((e) => ({ at: iso(e.at), detail: e.detail, source: e.source })),
      },
    },
  ];
};
