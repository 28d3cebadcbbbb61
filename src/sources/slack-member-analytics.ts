// Slack member analytics: the gzipped, newline-delimited JSON that `admin.analytics.getFile` with
// type=member returns, one file per UTC day (docs/sources/slack-member-analytics.md). An event log of
// day-granular use: a member with is_active on a date used Slack that day, which is meaningful use at the
// end of that UTC day (DESIGN.md §3 rule 5). The principal is the user id, its e-mail an alias.
import type { PrincipalFact, UsageEvent } from '../model/records.js';
import { DAY } from '../model/time.js';
import { DaysSeen, perSource } from './dedupe.js';
import { forEachJsonItem, stringAt } from './json-items.js';
import { isBareDate, parseTime, parseTimeValue } from './parse-time.js';
import { where } from './saved-response.js';
import type { ReadContext, SourceReader } from './types.js';

const CLIENTS: [string, string][] = [
  ['is_active_desktop', 'desktop'],
  ['is_active_ios', 'iOS'],
  ['is_active_android', 'Android'],
];

interface State {
  /** (member, workspace, day) rows already read: a repeat is a duplicate of an overlapping download. */
  rows: DaysSeen;
  /** (member, day) already reported active: another workspace's row adds no use. */
  active: DaysSeen;
  /** Members named so far, and whether their fact already carried the claim date. */
  members: Map<string, boolean>;
}

export const slackMemberAnalytics: SourceReader = {
  type: 'slack-member-analytics',
  platform: 'slack',
  coverage: 'events',
  async read(ctx: ReadContext): Promise<void> {
    const { sink, coverage } = ctx;
    const state = perSource<State>(ctx, 'members', () => ({
      rows: new DaysSeen(),
      active: new DaysSeen(),
      members: new Map(),
    }));
    coverage.blindSpot(
      'Slack reports activity per UTC day, not when in the day; each daily file covers its own date only',
    );
    coverage.blindSpot(
      'reading a channel counts as active; Slack keeps member analytics for a rolling 13 months',
    );

    await forEachJsonItem(
      ctx.file,
      { envelope: ['file_data'] },
      {
        reject: (line, reason) => sink.reject(line, reason),
        item(row, { line, path }) {
          const user = stringAt(row, 'user_id');
          if (user === undefined) return sink.reject(line, where(path, 'no user_id'));
          const date = stringAt(row, 'date');
          const endOfDay = date !== undefined && isBareDate(date) ? parseTime(date) : undefined;
          if (endOfDay === undefined)
            return sink.reject(line, where(path, 'date is missing or not a YYYY-MM-DD date'));
          if (typeof row.is_active !== 'boolean')
            return sink.reject(line, where(path, 'is_active is not true or false'));
          // A daily file covers all of its date: members absent from it were not active that day.
          coverage.setWindowFrom(endOfDay - DAY + 1);
          coverage.setGeneratedAt(endOfDay);

          const team = stringAt(row, 'team_id') ?? '';
          if (state.rows.mark(`${user}\u0000${team}`, endOfDay)) return sink.accept('duplicate');
          nameMember(ctx, state, row, user, line);
          if (row.is_active && !state.active.mark(user, endOfDay)) {
            const clients = CLIENTS.filter(([field]) => row[field] === true).map(([, name]) => name);
            const usage: UsageEvent = {
              principal: user,
              at: endOfDay,
              action: 'active',
              meaningful: true,
              // The desktop and mobile clients are people; activity only through apps or workflows is not.
              interactive: clients.length > 0,
              ok: true,
              line,
            };
            if (clients.length > 0) usage.detail = `Slack ${clients.join(', ')} client`;
            sink.usage(usage);
          }
          sink.accept();
        },
      },
    );
  },
};

/** The member's fact, once; again when a later row first gives the date the account was claimed. */
function nameMember(
  ctx: ReadContext,
  state: State,
  row: Record<string, unknown>,
  user: string,
  line: number,
): void {
  const hadClaim = state.members.get(user);
  const claimedAt =
    typeof row.date_claimed === 'number' && row.date_claimed > 0
      ? parseTimeValue(row.date_claimed)
      : undefined;
  if (hadClaim === true || (hadClaim === false && claimedAt === undefined)) return;
  state.members.set(user, claimedAt !== undefined);
  const email = stringAt(row, 'email_address')?.toLowerCase();
  const fact: PrincipalFact = { principal: user, aliases: email ? [email] : [], line };
  // date_claimed 0 is an invitation never accepted: no creation time to give.
  if (claimedAt !== undefined) fact.createdAt = claimedAt;
  ctx.sink.principal(fact);
}
