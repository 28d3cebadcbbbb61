// HashiCorp Vault audit log (file audit device, format=json): one JSON object a line, a `request` entry when
// Vault receives a request and a `response` entry when it answers, both carrying request.id. An event log
// of platform vault. The principal is `<auth method>:<role, else display name less its mount prefix>`;
// see docs/sources/vault-audit.md for how it is derived and what counts as use.
import type { CredentialFact, UsageEvent } from '../model/records.js';
import { perSource, RecentIds } from './dedupe.js';
import { forEachJsonRecord } from './json.js';
import { parseTimeValue } from './parse-time.js';
import { isObject, text } from './saved-response.js';
import type { ReadContext, SourceReader } from './types.js';

type Json = Record<string, unknown>;

// auth/<mount>/login[/<user>] for most methods; the OIDC browser flow ends at its callback; MFA at validate.
const LOGIN = /^auth\/.+\/(login(\/.*)?|oidc\/callback)$|^sys\/mfa\/validate$/;
// The token's own lifecycle and the client's bookkeeping: evidence of life, never use (DESIGN.md §3).
const HOUSEKEEPING =
  /^auth\/token\/(lookup-self|renew-self|revoke-self|renew)$|^sys\/(capabilities-self|renew(\/.*)?|leases\/(renew|lookup)(\/.*)?|wrapping\/lookup|internal\/ui\/.*)$|^auth\/.+\/oidc\/auth_url$|^identity\/oidc\/token\/.+$/;
const UI = /^sys\/internal\/ui\/|^auth\/.+\/oidc\/(callback|auth_url)$/;

interface ReadState {
  recent: RecentIds;
  /** Principal facts and credential facts already sent: they grow with principals and long-lived tokens. */
  sent: Set<string>;
}

interface Who {
  principal: string;
  outOfScope?: boolean;
}

/** The method a token came from, told by what its auth method writes into the token's metadata. */
function methodOf(metadata: Json, displayName: string): string {
  if (text(metadata.role_name) !== undefined) return 'approle';
  if (text(metadata.service_account_name) !== undefined) return 'kubernetes';
  if (metadata.auth_type === 'iam' || metadata.auth_type === 'ec2') return 'aws';
  // Otherwise the display name starts with the mount path, which is the method's name unless remounted.
  return displayName.split('-', 1)[0];
}

/** The principal behind a token, from the audit entry's auth object (never from the HMAC'd token). */
export function principalOf(auth: Json): Who | undefined {
  const displayName = text(auth.display_name);
  if (displayName === undefined) return undefined;
  if (displayName === 'root') return { principal: 'token:root', outOfScope: true };
  if (displayName === 'token' || displayName.startsWith('token-')) {
    // auth/token/create names a token "token-<display_name>"; an unnamed one is told apart by its accessor.
    const name = displayName.slice('token-'.length) || text(auth.accessor);
    return name === undefined ? undefined : { principal: `token:${name}` };
  }
  const metadata = isObject(auth.metadata) ? auth.metadata : {};
  const method = methodOf(metadata, displayName);
  // AppRole writes its role as role_name; Kubernetes, JWT/OIDC, AWS EC2, GCP and Azure as role.
  const role = text(metadata.role_name) ?? text(metadata.role);
  const mountPrefix = `${displayName.split('-', 1)[0]}-`;
  const name =
    role ?? (displayName.startsWith(mountPrefix) ? displayName.slice(mountPrefix.length) : undefined);
  if (method === '' || name === undefined || name === '') return undefined;
  return { principal: `${method}:${name}` };
}

/** A token that never expires: Vault writes token_ttl only when it is not zero (omitempty). */
function nonExpiring(auth: Json): { credential: string; createdAt: number } | undefined {
  const accessor = text(auth.accessor);
  const issued = parseTimeValue(auth.token_issue_time);
  const ttl = auth.token_ttl;
  if (accessor === undefined || issued === undefined || auth.token_type === 'batch') return undefined;
  if (typeof ttl === 'number' && ttl > 0) return undefined;
  return { credential: `token-accessor:${accessor}`, createdAt: issued };
}

function countEntry(value: unknown, line: number, ctx: ReadContext, state: ReadState): void {
  const { sink, coverage } = ctx;
  if (!isObject(value)) return sink.reject(line, 'not a JSON object');
  const type = value.type;
  if (type !== 'request' && type !== 'response')
    return sink.reject(line, 'type is neither request nor response');
  const at = parseTimeValue(value.time);
  if (at === undefined) return sink.reject(line, 'no time');
  const request = value.request;
  if (!isObject(request)) return sink.reject(line, 'no request object');
  const path = typeof request.path === 'string' ? request.path : undefined;
  if (path === undefined) return sink.reject(line, 'no request.path');
  coverage.observe(at);
  // The response entry carries the outcome; its request entry is the same operation, counted there.
  if (type === 'request') return sink.accept('duplicate');
  // Every enabled audit device logs every request: the same request.id again is the same operation.
  const id = text(request.id);
  if (id !== undefined && state.recent.seen(id)) return sink.accept('duplicate');

  const error = text(value.error);
  const topAuth = isObject(value.auth) ? value.auth : {};
  const ok =
    error === undefined && !(isObject(topAuth.policy_results) && topAuth.policy_results.allowed === false);
  const login = LOGIN.test(path);
  // A login is anonymous until it succeeds: the token it creates is in response.auth.
  const response = isObject(value.response) ? value.response : {};
  const auth = login ? (isObject(response.auth) ? response.auth : undefined) : topAuth;
  const who = auth && principalOf(auth);
  // A failed login and an unauthenticated call name nobody; an unnamed token cannot be attributed.
  if (!who) return sink.accept('ignored');

  const housekeeping = HOUSEKEEPING.test(path);
  const operation = text(request.operation) ?? 'request';
  const event: UsageEvent = {
    principal: who.principal,
    at,
    action: `${operation} ${path}`.slice(0, 200),
    meaningful: ok && !login && !housekeeping,
    ok,
    line,
  };
  if (login || housekeeping) event.login = true;
  if (UI.test(path)) {
    event.interactive = true;
    event.detail = 'Vault UI or browser sign-in';
  }
  const longLived = auth && nonExpiring(auth);
  if (longLived) {
    event.credential = longLived.credential;
    if (!state.sent.has(longLived.credential)) {
      state.sent.add(longLived.credential);
      const fact: CredentialFact = {
        principal: who.principal,
        credential: longLived.credential,
        createdAt: longLived.createdAt,
        expiresAt: null,
        active: true,
        credentialKind: 'token',
        line,
      };
      sink.credential(fact);
      if (longLived.credential.startsWith('token-accessor:hmac-')) {
        coverage.blindSpot(
          'token accessors are HMAC-ed by this audit device (hmac_accessor=true): a non-expiring token is named by the HMAC the device writes',
        );
      }
    }
  }
  const entity = auth && text(auth.entity_id);
  const factKey = `${who.principal}\n${entity ?? ''}`;
  if ((entity !== undefined || who.outOfScope) && !state.sent.has(factKey)) {
    state.sent.add(factKey);
    sink.principal({
      principal: who.principal,
      aliases: entity ? [entity] : [],
      outOfScope: who.outOfScope,
      line,
    });
  }
  sink.usage(event);
  sink.accept();
}

export const vaultAudit: SourceReader = {
  type: 'vault-audit',
  platform: 'vault',
  coverage: 'events',

  async read(ctx) {
    const state = perSource(ctx, 'vault-audit', () => ({ recent: new RecentIds(), sent: new Set<string>() }));
    ctx.coverage.blindSpot(
      'paths Vault never audits (sys/health, sys/seal-status, …) and requests no audit device could write are not in the log',
    );
    await forEachJsonRecord(() => ctx.file.open(), {
      record: (value, line) => countEntry(value, line, ctx, state),
      error: (line, reason) => ctx.sink.reject(line, reason),
    });
  },
};
