// What one GitHub audit log event means for lastseen (DESIGN.md §3): who acted, with which token, and
// whether it was meaningful use, a login, a lifecycle event, a failure or a person in a browser.
// Field names are those of the organization audit log (web export, REST API, streaming):
// `@timestamp`/`created_at` (epoch ms), `action` (`category.operation`), `actor`, `user` (the account
// acted on), `_document_id`, `hashed_token` (base64 SHA-256 of the token), `token_id`,
// `programmatic_access_type`, `user_agent`, `actor_is_bot`, `operation_type`.
import { isAuthLike } from './action-kind.js';
import { parseTimeValue } from './parse-time.js';

/** The fields lastseen reads from one audit log event, whatever the export's shape. */
export interface AuditEvent {
  at: number;
  action: string;
  actor: string;
  user?: string;
  documentId?: string;
  hashedToken?: string;
  tokenId?: string;
  accessType?: string;
  userAgent?: string;
  actorIsBot: boolean;
  operationType?: string;
}

export interface EventMeaning {
  meaningful: boolean;
  login: boolean;
  ok: boolean;
  /** The event's token_id is the token that made the request (not a token the event is about). */
  tokenIsCredential: boolean;
  interactive?: string;
}

/** Login and SSO: evidence that the account is alive, not that it does anything. */
const AUTH_CATEGORIES = new Set(['oauth_authorization', 'org_credential_authorization']);
/** Categories about tokens and keys themselves: their token_id is the token acted on. */
const TOKEN_CATEGORIES = new Set(['personal_access_token', 'oauth_access', 'public_key']);
/** Membership changes: lifecycle when they happen to the actor itself (joining, leaving). */
const MEMBERSHIP = /(^|_)(members?|membership|invite|invitation)(_|$)/;
const FAILURE = /(^|_)(fail|failed|failure|denied|deny|rejected|reject|blocked)(_|$)/;

/** GitHub's own apps: never undeclared (DESIGN.md §4 "Out of scope"). */
export const FIRST_PARTY_APPS = new Set([
  'github-actions',
  'dependabot',
  'dependabot-preview',
  'github-merge-queue',
  'github-advanced-security',
  'copilot-swe-agent',
]);

/** What an event's action alone says, whoever acted, as bits: the same for every event of that action. */
export const ACTION_OK = 1;
/** Login or SSO by its action (an `authentication` operation_type makes any event a login too). */
export const ACTION_LOGIN = 2;
/** Lifecycle when it happens to the actor itself (a member joining, a token requested or granted). */
export const ACTION_LIFECYCLE = 4;
/** The event's token_id is the token acted on, not the one that made the request. */
export const ACTION_TOKEN_CATEGORY = 8;

/** The traits of one action (`category.operation`). Fast readers keep them per distinct action. */
export function actionTraits(action: string): number {
  const dot = action.indexOf('.');
  const category = dot === -1 ? action : action.slice(0, dot);
  const operation = dot === -1 ? '' : action.slice(dot + 1);
  const tokenCategory = TOKEN_CATEGORIES.has(category);
  return (
    (FAILURE.test(operation) ? 0 : ACTION_OK) |
    (AUTH_CATEGORIES.has(category) || (!tokenCategory && isAuthLike(action)) ? ACTION_LOGIN : 0) |
    (tokenCategory || MEMBERSHIP.test(operation) ? ACTION_LIFECYCLE : 0) |
    (tokenCategory ? ACTION_TOKEN_CATEGORY : 0)
  );
}

export const MEANINGFUL = 1;
export const LOGIN = 2;
export const OK = 4;
export const TOKEN_IS_CREDENTIAL = 8;

/**
 * Meaningful use (§3 rules 1–2) from an action's traits and two facts of the event, as bits (MEANINGFUL,
 * LOGIN, OK, TOKEN_IS_CREDENTIAL): whether it happened to the actor itself (no `user`, or the actor),
 * and whether it was an authentication.
 */
export function meaningBits(traits: number, onItself: boolean, authentication: boolean): number {
  const ok = (traits & ACTION_OK) !== 0;
  const login = authentication || (traits & ACTION_LOGIN) !== 0;
  // Lifecycle that happens to the actor is not use; an account acting on someone else (an automation
  // adding members) is.
  const lifecycle = (traits & ACTION_LIFECYCLE) !== 0 && onItself;
  return (
    (ok && !login && !lifecycle ? MEANINGFUL : 0) |
    (login ? LOGIN : 0) |
    (ok ? OK : 0) |
    ((traits & ACTION_TOKEN_CATEGORY) === 0 ? TOKEN_IS_CREDENTIAL : 0)
  );
}

/** Decides meaningful use (§3 rules 1–2) for one event by its actor. */
export function meaningOf(event: AuditEvent): EventMeaning {
  const onItself = event.user === undefined || event.user === event.actor;
  const bits = meaningBits(actionTraits(event.action), onItself, event.operationType === 'authentication');
  const meaning: EventMeaning = {
    meaningful: (bits & MEANINGFUL) !== 0,
    login: (bits & LOGIN) !== 0,
    ok: (bits & OK) !== 0,
    tokenIsCredential: (bits & TOKEN_IS_CREDENTIAL) !== 0,
  };
  const browser =
    event.hashedToken || event.accessType || event.actorIsBot ? undefined : browserOf(event.userAgent);
  if (browser) meaning.interactive = `web UI in ${browser}`;
  return meaning;
}

/** The browser a user agent names, or undefined when it is not a browser (git, curl, an SDK). */
export function browserOf(userAgent: string | undefined): string | undefined {
  if (!userAgent || !userAgent.startsWith('Mozilla/')) return undefined;
  if (userAgent.includes('Edg/')) return 'Edge';
  if (userAgent.includes('Firefox/')) return 'Firefox';
  if (userAgent.includes('Chrome/')) return 'Chrome';
  if (userAgent.includes('Safari/')) return 'Safari';
  return 'a browser';
}

/** The canonical principal of an actor: `app:<slug>` for a GitHub App's `<slug>[bot]`. */
export function principalOf(actor: string): { principal: string; app?: string } {
  if (actor.endsWith('[bot]')) {
    const slug = actor.slice(0, -5);
    return { principal: `app:${slug}`, app: slug };
  }
  return { principal: actor };
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value === '' ? undefined : value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/** One event from a JSON export or API page; a string reason when it cannot be read. */
export function eventFromJson(record: Record<string, unknown>): AuditEvent | string {
  return normalise(
    record['@timestamp'] ?? record.created_at,
    record.action,
    record.actor,
    record.user,
    record._document_id,
    record.hashed_token,
    record.token_id,
    record.programmatic_access_type,
    record.user_agent,
    record.actor_is_bot,
    record.operation_type,
  );
}

/** The CSV export's columns lastseen reads, as header indices. */
export interface CsvColumns {
  timestamp?: number;
  createdAt?: number;
  action: number;
  actor: number;
  user?: number;
  documentId?: number;
  hashedToken?: number;
  tokenId?: number;
  accessType?: number;
  userAgent?: number;
  actorIsBot?: number;
  operationType?: number;
}

/** One event from a CSV export row. */
export function eventFromCsv(row: string[], c: CsvColumns): AuditEvent | string {
  const at =
    (c.timestamp !== undefined && row[c.timestamp]) ||
    (c.createdAt !== undefined ? row[c.createdAt] : undefined);
  const cell = (i: number | undefined): string | undefined => (i === undefined ? undefined : row[i]);
  return normalise(
    at,
    row[c.action],
    row[c.actor],
    cell(c.user),
    cell(c.documentId),
    cell(c.hashedToken),
    cell(c.tokenId),
    cell(c.accessType),
    cell(c.userAgent),
    cell(c.actorIsBot),
    cell(c.operationType),
  );
}

function normalise(
  time: unknown,
  action: unknown,
  actor: unknown,
  user: unknown,
  documentId: unknown,
  hashedToken: unknown,
  tokenId: unknown,
  accessType: unknown,
  userAgent: unknown,
  actorIsBot: unknown,
  operationType: unknown,
): AuditEvent | string {
  if (time === undefined || time === null || time === '') return 'no @timestamp or created_at';
  const at = parseTimeValue(time);
  if (at === undefined) return '@timestamp is not a time';
  const name = text(action);
  if (name === undefined) return 'no action';
  const event: AuditEvent = {
    at,
    action: name,
    actor: text(actor) ?? '',
    actorIsBot: actorIsBot === true || actorIsBot === 'true',
  };
  // Assigned one by one: this runs once per event, and absent fields stay absent.
  let t: string | undefined;
  if ((t = text(user)) !== undefined) event.user = t;
  if ((t = text(documentId)) !== undefined) event.documentId = t;
  if ((t = text(hashedToken)) !== undefined) event.hashedToken = t;
  if ((t = text(tokenId)) !== undefined) event.tokenId = t;
  if ((t = text(accessType)) !== undefined) event.accessType = t;
  if ((t = text(userAgent)) !== undefined) event.userAgent = t;
  if ((t = text(operationType)) !== undefined) event.operationType = t;
  return event;
}
