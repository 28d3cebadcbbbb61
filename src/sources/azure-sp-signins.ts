// Microsoft Entra service principal sign-in activity: Graph `GET /beta/reports/servicePrincipalSignInActivities`
// saved as returned ({"value": [...]}), as a list of @odata.nextLink pages, or one object (the GET by id).
// A snapshot of the last time each app signed in, split by flow and by side. Only the client side is the
// app's own use: resource-side sign-ins are other clients getting tokens for it, and lastSignInActivity
// is the latest of all four. See docs/sources/azure-sp-signins.md.
import type { PrincipalFact } from '../model/records.js';
import type { SourceReader } from './types.js';
import { perSource } from './dedupe.js';
import { forEachItem, isObject, SeenRecords, text, timeField, where } from './saved-response.js';

const CLIENT_SIDE = [
  'delegatedClientSignInActivity',
  'applicationAuthenticationClientSignInActivity',
] as const;
const OTHER_SIDE = [
  'delegatedResourceSignInActivity',
  'applicationAuthenticationResourceSignInActivity',
  'lastSignInActivity',
] as const;

/** One signInActivity: its time (undefined when null or absent) and request id. */
function activityOf(
  record: Record<string, unknown>,
  field: string,
): { t?: number; request?: string; error?: string } {
  const activity = record[field];
  if (activity === undefined || activity === null) return {};
  if (!isObject(activity)) return { error: `${field} is not an object` };
  const time = timeField(activity, 'lastSignInDateTime');
  if (time.error) return { error: `${field}.${time.error}` };
  return { t: time.t, request: text(activity.lastSignInRequestId) };
}

export const azureSpSignins: SourceReader = {
  type: 'azure-sp-signins',
  platform: 'azure',
  coverage: 'snapshot',

  async read(ctx) {
    const { file, sink, coverage } = ctx;
    const seen = perSource(ctx, 'azure-sp-signins', () => new SeenRecords());
    coverage.blindSpot(
      'Entra does not document when service principal sign-in activity began to be recorded',
    );

    await forEachItem(file, sink, ['value'], (record, line, at) => {
      if (!isObject(record)) return sink.reject(line, where(at, 'not an object'));
      const appId = text(record.appId)?.toLowerCase();
      if (!appId) return sink.reject(line, where(at, 'no appId'));

      const sides: Record<string, { t?: number; request?: string }> = {};
      for (const field of [...CLIENT_SIDE, ...OTHER_SIDE]) {
        const activity = activityOf(record, field);
        if (activity.error) return sink.reject(line, where(at, activity.error));
        sides[field] = { t: activity.t, request: activity.request };
      }
      const clientTimes = CLIENT_SIDE.map((field) => sides[field].t).filter(
        (t): t is number => t !== undefined,
      );

      const fact: PrincipalFact = { principal: appId, aliases: [], kind: 'service-principal' };
      if (clientTimes.length > 0) fact.lastUsedAt = Math.max(...clientTimes);
      else {
        // No client sign-in on record: never, or before Entra began recording, which is not documented.
        fact.lastUsedUnknownReason = 'no client sign-in recorded (the tracking start is not documented)';
      }
      if (!seen.first({ fact, sides })) return sink.accept('duplicate');
      for (const side of Object.values(sides)) if (side.t !== undefined) coverage.observe(side.t);
      sink.principal({ ...fact, line });
      sink.accept();
    });
  },
};
