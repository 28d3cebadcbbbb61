// Okta System Log events: the saved response of `GET /api/v1/logs` (a JSON array, pages of it, or one
// event per line), see docs/sources/okta-system-log.md. An event log: it covers every Okta principal for
// its window. The principal is the actor's id (alias: its alternateId, an e-mail for users). Okta logs
// a call made with an API token as the user who created the token, and names the token in
// transaction.detail.requestApiTokenId: such events carry the credential `api-token:<id>`.
import type { UsageEvent } from '../model/records.js';
import { perSource, RecentIds } from './dedupe.js';
import { forEachJsonItem, objectAt, stringAt } from './json-items.js';
import { parseTime } from './parse-time.js';
import { where } from './saved-response.js';
import type { ReadContext, SourceReader } from './types.js';

/** Outcomes of a completed, authorised action. SKIPPED is not a failure, but nothing was done either. */
const DONE = new Set(['SUCCESS', 'ALLOW']);
const NOT_FAILED = new Set(['SUCCESS', 'ALLOW', 'SKIPPED']);

/** Sign-in, session and token-issue events: evidence of life, not of use (DESIGN.md §3). */
const LOGIN = [
  /^user\.session\.(start|access_admin_app)$/,
  /^user\.authentication\./,
  /^user\.mfa\.okta_verify/,
  /^policy\.evaluate_sign_on$/,
  /^app\.oauth2\.(.+\.)?(token\.grant|authorize)/,
];
/** Events that are neither use nor a login: ending a session, revoking tokens. */
const NOT_USE = [/^user\.session\.(end|expire)/, /^app\.oauth2\.(.+\.)?token\.revoke/];
/** Lifecycle of the actor's own account (a password change, a new factor) is not use of it. */
const SELF_LIFECYCLE = /^user\.(account|lifecycle|mfa|credential)\./;
/** Okta's own principal: the platform acting, never a subject of its own. */
const SYSTEM_PRINCIPAL = 'SystemPrincipal';

export const oktaSystemLog: SourceReader = {
  type: 'okta-system-log',
  platform: 'okta',
  coverage: 'events',
  async read(ctx: ReadContext): Promise<void> {
    const { sink, coverage } = ctx;
    const recent = perSource(ctx, 'uuids', () => new RecentIds());
    const actors = perSource(ctx, 'actors', () => new Set<string>());
    coverage.blindSpot('Okta keeps System Log events for 90 days: an export cannot reach further back');
    coverage.blindSpot(
      'Okta logs an API-token call as the user who created the token; the token shows only in transaction.detail.requestApiTokenId',
    );

    await forEachJsonItem(
      ctx.file,
      {},
      {
        reject: (line, reason) => sink.reject(line, reason),
        item(event, { line, path }) {
          const actor = objectAt(event, 'actor');
          const principal = actor ? stringAt(actor, 'id') : undefined;
          if (!actor || principal === undefined) return sink.reject(line, where(path, 'no actor.id'));
          const published = stringAt(event, 'published');
          const at = published === undefined ? undefined : parseTime(published);
          if (at === undefined) return sink.reject(line, where(path, 'published is missing or not a time'));
          const eventType = stringAt(event, 'eventType');
          if (eventType === undefined) return sink.reject(line, where(path, 'no eventType'));
          const uuid = stringAt(event, 'uuid');
          if (uuid !== undefined && recent.seen(uuid)) return sink.accept('duplicate');

          if (!actors.has(principal)) {
            actors.add(principal);
            const alternateId = stringAt(actor, 'alternateId');
            const type = stringAt(actor, 'type');
            sink.principal({
              principal,
              // Okta writes "unknown" when it has no alternate id; e-mails compare case-insensitively.
              aliases:
                alternateId && alternateId !== 'unknown'
                  ? [alternateId.includes('@') ? alternateId.toLowerCase() : alternateId]
                  : [],
              outOfScope: type === SYSTEM_PRINCIPAL || undefined,
              line,
            });
          }

          const outcome = stringAt(objectAt(event, 'outcome') ?? {}, 'result')?.toUpperCase();
          const transaction = objectAt(event, 'transaction') ?? {};
          const apiToken = stringAt(objectAt(transaction, 'detail') ?? {}, 'requestApiTokenId');
          const login = LOGIN.some((p) => p.test(eventType));
          const ok = outcome === undefined || NOT_FAILED.has(outcome);
          const selfLifecycle = SELF_LIFECYCLE.test(eventType) && targets(event).includes(principal);
          const meaningful =
            (outcome === undefined || DONE.has(outcome)) &&
            !login &&
            !selfLifecycle &&
            !NOT_USE.some((p) => p.test(eventType));
          const browser = apiToken === undefined ? browserOf(event) : undefined;
          const interactive = browser !== undefined && stringAt(transaction, 'type') === 'WEB';

          const usage: UsageEvent = { principal, at, action: eventType, meaningful, interactive, ok, line };
          if (apiToken !== undefined) usage.credential = `api-token:${apiToken}`;
          if (login) usage.login = true;
          if (interactive) usage.detail = browser;
          sink.usage(usage);
          sink.accept();
        },
      },
    );
  },
};

function targets(event: Record<string, unknown>): string[] {
  const target = event.target;
  if (!Array.isArray(target)) return [];
  return target.flatMap((t) =>
    typeof t === 'object' && t !== null && typeof t.id === 'string' ? [t.id] : [],
  );
}

/** "CHROME on Mac OS X" when the client is a web browser; undefined for API clients and SDKs. */
function browserOf(event: Record<string, unknown>): string | undefined {
  const userAgent = objectAt(objectAt(event, 'client') ?? {}, 'userAgent');
  if (!userAgent) return undefined;
  const browser = stringAt(userAgent, 'browser');
  const raw = stringAt(userAgent, 'rawUserAgent') ?? '';
  const known = browser !== undefined && browser.toUpperCase() !== 'UNKNOWN';
  if (!known && !raw.startsWith('Mozilla/')) return undefined;
  const os = stringAt(userAgent, 'os');
  const name = known ? browser : 'a browser';
  return (os && os.toUpperCase() !== 'UNKNOWN' ? `${name} on ${os}` : name).slice(0, 80);
}
