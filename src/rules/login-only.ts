// login-only: authenticates (logins, sessions, token grants) but does nothing meaningful in the window.
import { iso } from '../model/time.js';
import { fromSources, isoDate } from './describe.js';
import type { SubjectRule } from './types.js';

export const loginOnly: SubjectRule = (subject, ctx) => {
  const usage = subject.usage;
  const verdict = ctx.verdict;
  if (usage.loginEvents === 0 || usage.meaningfulEvents > 0 || verdict.status === 'unknown') return [];
  // A platform last-used field inside the window is meaningful use even without events.
  const from = subject.coverage.windowFrom;
  if (verdict.lastMeaningfulUse !== null && (from === undefined || verdict.lastMeaningfulUse >= from))
    return [];
  const last = usage.lastLogin === undefined ? '' : `, the last on ${isoDate(usage.lastLogin)},`;
  const window = from === undefined ? 'in the covered window' : `since ${isoDate(from)}`;
  const sources = subject.coverage.sources
    .filter((s) => s.kind === 'events' && !s.failed)
    .map((s) => s.label);
  return [
    {
      credential: null,
      message: `${subject.id} authenticated ${usage.loginEvents} times${last} but did nothing meaningful ${window} (${fromSources(sources)})`,
      evidence: {
        loginEvents: usage.loginEvents,
        meaningfulEvents: usage.meaningfulEvents,
        lastLogin: iso(usage.lastLogin),
        window: { from: iso(from), to: iso(subject.coverage.windowTo) },
        sources,
      },
    },
  ];
};
