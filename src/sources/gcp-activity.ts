// Google Cloud Policy Intelligence Activity Analyzer: `gcloud policy-intelligence query-activity
// --activity-type=serviceAccountLastAuthentication` (or serviceAccountKeyLastAuthentication)
// --format=json`, or the REST activities:query response ({"activities": [...]}). Each activity is the
// last day a service account or key authenticated, within an observation period. Several snapshots
// globbed in one entry keep each one's last day, so a later snapshot that moved after a dormant earlier
// one shows reactivation. See docs/sources/gcp-activity.md.
import type { PrincipalFact, UsageEvent } from '../model/records.js';
import { DAY, HOUR } from '../model/time.js';
import type { SourceReader } from './types.js';
import { perSource } from './dedupe.js';
import { forEachItem, isObject, SeenRecords, text, timeField, where } from './saved-response.js';

const SERVICE_ACCOUNT = 'serviceAccountLastAuthentication';
const KEY = 'serviceAccountKeyLastAuthentication';

interface ActivityState {
  records: SeenRecords;
  events: Set<string>;
  principals: Set<string>;
}

/** `//iam.googleapis.com/projects/P/serviceAccounts/EMAIL[/keys/KEY]` → e-mail and key id. */
export function parseFullResourceName(name: string): { account: string; keyId?: string } | undefined {
  const m = /^\/\/iam\.googleapis\.com\/projects\/[^/]+\/serviceAccounts\/([^/]+)(?:\/keys\/([^/]+))?$/.exec(
    name,
  );
  if (!m) return undefined;
  return { account: m[1].toLowerCase(), keyId: m[2] };
}

/**
 * Activity Analyzer reports a date, not a time: the day in US Pacific Standard Time, written as that
 * day's midnight (07:00Z or 08:00Z; some tools write 00:00Z). A whole-hour value names the date of its
 * nearest UTC midnight; the use is then taken as the end of that date in UTC (DESIGN §3 rule 5).
 */
export function endOfReportedDay(t: number): number {
  const day = t % HOUR === 0 ? Math.round(t / DAY) : Math.floor(t / DAY);
  return day * DAY + DAY - 1;
}

export const gcpActivity: SourceReader = {
  type: 'gcp-activity',
  platform: 'gcp',
  coverage: 'snapshot',

  async read(ctx) {
    const { file, sink, coverage } = ctx;
    const state = perSource<ActivityState>(ctx, 'gcp-activity', () => ({
      records: new SeenRecords(),
      events: new Set<string>(),
      principals: new Set<string>(),
    }));
    coverage.blindSpot(
      'Activity Analyzer counts failed and denied calls as authentication, and gives the day, not the time',
    );

    await forEachItem(file, sink, ['activities'], (activity, line, at) => {
      if (!isObject(activity)) return sink.reject(line, where(at, 'not an object'));
      const details = isObject(activity.activity) ? activity.activity : {};
      const subject = isObject(details.serviceAccountKey)
        ? details.serviceAccountKey
        : isObject(details.serviceAccount)
          ? details.serviceAccount
          : {};
      const name = text(subject.fullResourceName) ?? text(activity.fullResourceName);
      if (!name) return sink.reject(line, where(at, 'an activity has no fullResourceName'));
      const parsed = parseFullResourceName(name);
      if (!parsed)
        return sink.reject(line, where(at, 'fullResourceName is not an IAM service account or key'));
      const type = text(activity.activityType) ?? (parsed.keyId ? KEY : SERVICE_ACCOUNT);
      if (type !== SERVICE_ACCOUNT && type !== KEY) return sink.accept('ignored');
      if (type === KEY && !parsed.keyId) return sink.reject(line, where(at, 'a key activity names no key'));

      const last = timeField(details, 'lastAuthenticatedTime');
      const period = isObject(activity.observationPeriod) ? activity.observationPeriod : {};
      const start = timeField(period, 'startTime');
      const end = timeField(period, 'endTime');
      const error =
        last.error ??
        (start.error && `observationPeriod.${start.error}`) ??
        (end.error && `observationPeriod.${end.error}`);
      if (error) return sink.reject(line, where(at, error));

      const principal = parsed.account;
      // Unique ids are 21 digits: only their string form is exact.
      const uniqueId = text(subject.serviceAccountId);
      const usedAt = last.t === undefined ? undefined : endOfReportedDay(last.t);
      const content = {
        type,
        principal,
        credential: parsed.keyId,
        uniqueId,
        usedAt,
        from: start.t,
        to: end.t,
      };
      if (!state.records.first(content)) return sink.accept('duplicate');

      if (end.t !== undefined) coverage.setGeneratedAt(end.t);
      if (start.t !== undefined) coverage.setWindowFrom(start.t);
      if (usedAt !== undefined) coverage.observe(usedAt);

      const fact: PrincipalFact = {
        principal,
        aliases: uniqueId ? [uniqueId] : [],
        kind: 'service-account',
        line,
      };
      if (type === SERVICE_ACCOUNT) {
        if (usedAt !== undefined) fact.lastUsedAt = usedAt;
        else fact.lastUsedUnknownReason = 'no authentication within the observation period';
        sink.principal(fact);
      } else if (!state.principals.has(`${principal} ${uniqueId ?? ''}`)) {
        // A key activity names its service account too: say so once, for the numeric-id alias.
        state.principals.add(`${principal} ${uniqueId ?? ''}`);
        sink.principal(fact);
      }
      // Each snapshot's day is a use of its own, so snapshots read together keep every day they saw.
      const eventKey = `${principal} ${parsed.keyId ?? ''} ${usedAt}`;
      if (usedAt !== undefined && !state.events.has(eventKey)) {
        state.events.add(eventKey);
        const event: UsageEvent = { principal, at: usedAt, action: type, meaningful: true, ok: true, line };
        if (parsed.keyId) event.credential = parsed.keyId;
        sink.usage(event);
      }
      sink.accept();
    });
  },
};
