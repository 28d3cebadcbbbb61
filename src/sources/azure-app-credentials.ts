// Microsoft Entra app credentials: Graph `GET /applications?$select=id,appId,displayName,
// passwordCredentials,keyCredentials,createdDateTime` (or the same from /servicePrincipals) saved as
// returned ({"value": [...]}), or as a list of @odata.nextLink pages. A snapshot of each app's client
// secrets and certificates and their lifetimes; it has no last-used field. Secret material (hint,
// secretText, key) is never read into a record. See docs/sources/azure-app-credentials.md.
import type { CredentialFact, PrincipalFact } from '../model/records.js';
import type { SourceReader } from './types.js';
import { perSource } from './dedupe.js';
import { forEachItem, isObject, SeenRecords, text, timeField, where } from './saved-response.js';

/** The tenant that owns Microsoft's own (first-party) applications. */
export const MICROSOFT_TENANT = 'f8cdef31-a31e-4b4a-93e4-5f571e91255a';

const LISTS = [
  ['passwordCredentials', 'client-secret'],
  ['keyCredentials', 'certificate'],
] as const;

/** Reads one passwordCredential or keyCredential: only its id, kind and lifetime. */
function readCredential(
  credential: unknown,
  appId: string,
  kind: string,
  now: number,
): { fact?: CredentialFact; error?: string } {
  if (!isObject(credential)) return { error: 'not an object' };
  const keyId = text(credential.keyId)?.toLowerCase();
  if (!keyId) return { error: 'no keyId' };
  const start = timeField(credential, 'startDateTime');
  if (start.error) return { error: start.error };
  const end = timeField(credential, 'endDateTime');
  if (end.error) return { error: end.error };
  const type = text(credential.type);
  const fact: CredentialFact = {
    principal: appId,
    credential: keyId,
    active: true,
    credentialKind: kind === 'certificate' && type === 'Symmetric' ? 'symmetric-key' : kind,
    lastUsedUnknownReason: 'the applications API has no last-used field',
  };
  if (start.t !== undefined) fact.createdAt = start.t;
  if (end.t !== undefined) fact.expiresAt = end.t;
  // Graph keeps expired credentials listed; they still exist and can be judged, but not used.
  if (end.t !== undefined && end.t < now) {
    fact.active = false;
    fact.state = 'expired';
  } else if (start.t !== undefined && start.t > now) {
    fact.active = false;
    fact.state = 'not yet valid';
  }
  return { fact };
}

export const azureAppCredentials: SourceReader = {
  type: 'azure-app-credentials',
  platform: 'azure',
  coverage: 'snapshot',

  async read(ctx) {
    const { file, sink, coverage, now } = ctx;
    const seen = perSource(ctx, 'azure-app-credentials', () => new SeenRecords());
    coverage.blindSpot('app credentials have no last-used field; read azure-sp-signins for the app’s use');

    await forEachItem(file, sink, ['value'], (app, line, at) => {
      if (!isObject(app)) return sink.reject(line, where(at, 'not an object'));
      const appId = text(app.appId)?.toLowerCase();
      if (!appId) return sink.reject(line, where(at, 'no appId'));
      const created = timeField(app, 'createdDateTime');
      if (created.error) return sink.reject(line, where(at, created.error));

      const facts: CredentialFact[] = [];
      for (const [list, kind] of LISTS) {
        const credentials = app[list] ?? [];
        if (!Array.isArray(credentials)) return sink.reject(line, where(at, `${list} is not a list`));
        for (let i = 0; i < credentials.length; i++) {
          const { fact, error } = readCredential(credentials[i], appId, kind, now);
          if (!fact) return sink.reject(line, where(at, `${list}[${i}]: ${error ?? 'unreadable'}`));
          facts.push(fact);
        }
      }
      const displayName = text(app.displayName) ?? text(app.appDisplayName);
      const principal: PrincipalFact = {
        principal: appId,
        aliases: displayName ? [displayName] : [],
        kind: 'application',
      };
      if (created.t !== undefined) principal.createdAt = created.t;
      if (text(app.appOwnerOrganizationId)?.toLowerCase() === MICROSOFT_TENANT) principal.outOfScope = true;

      if (!seen.first([principal, ...facts])) return sink.accept('duplicate');
      if (created.t !== undefined) coverage.observe(created.t);
      for (const fact of facts) {
        if (typeof fact.createdAt === 'number' && fact.createdAt <= now) coverage.observe(fact.createdAt);
      }
      sink.principal({ ...principal, line });
      for (const fact of facts) sink.credential({ ...fact, line });
      sink.accept();
    });
  },
};
