// Google Cloud service account keys: `gcloud iam service-accounts keys list --iam-account=SA
// --format=json` (a bare array), or the REST keys.list response ({"keys": [...]}), one file per service
// account, globbed. A snapshot of which keys exist, their lifetime and state; it has no last-used field
// (gcp-activity gives use, joined by key id). See docs/sources/gcp-service-account-keys.md.
import type { CredentialFact } from '../model/records.js';
import type { SourceReader } from './types.js';
import { perSource } from './dedupe.js';
import { forEachItem, isObject, SeenRecords, text, timeField, where } from './saved-response.js';

/** Google writes this validBeforeTime on keys that never expire. */
const NO_EXPIRY_YEAR = 9999;

/** `projects/P/serviceAccounts/EMAIL/keys/KEYID` → the service account (e-mail, or unique id) and key id. */
export function parseKeyName(name: string): { account: string; keyId: string } | undefined {
  const m = /^projects\/[^/]+\/serviceAccounts\/([^/]+)\/keys\/([^/]+)$/.exec(name);
  if (!m) return undefined;
  // E-mails compare case-insensitively; Google prints them in lower case.
  return { account: m[1].toLowerCase(), keyId: m[2] };
}

/** Reads one ServiceAccountKey; never touches privateKeyData, which a `keys create` output would hold. */
function readKey(key: Record<string, unknown>, now: number): { fact?: CredentialFact; error?: string } {
  const name = text(key.name);
  if (!name) return { error: 'a key has no name' };
  const parsed = parseKeyName(name);
  if (!parsed) return { error: 'name is not projects/P/serviceAccounts/SA/keys/KEY' };
  const validAfter = timeField(key, 'validAfterTime');
  if (validAfter.error) return { error: validAfter.error };
  const validBefore = timeField(key, 'validBeforeTime');
  if (validBefore.error) return { error: validBefore.error };

  const fact: CredentialFact = {
    principal: parsed.account,
    credential: parsed.keyId,
    active: true,
    credentialKind: 'service-account-key',
    providerRotated: text(key.keyType) === 'SYSTEM_MANAGED',
    lastUsedUnknownReason: 'the key list has no last-used field (gcp-activity has it)',
  };
  if (validAfter.t !== undefined) fact.createdAt = validAfter.t;
  if (validBefore.t !== undefined) {
    fact.expiresAt = new Date(validBefore.t).getUTCFullYear() >= NO_EXPIRY_YEAR ? null : validBefore.t;
  }
  if (key.disabled === true) {
    fact.active = false;
    fact.state = 'disabled';
  } else if (typeof fact.expiresAt === 'number' && fact.expiresAt < now) {
    fact.active = false;
    fact.state = 'expired';
  }
  return { fact };
}

export const gcpServiceAccountKeys: SourceReader = {
  type: 'gcp-service-account-keys',
  platform: 'gcp',
  coverage: 'snapshot',

  async read(ctx) {
    const { file, sink, coverage, now } = ctx;
    const seen = perSource(ctx, 'gcp-service-account-keys', () => new SeenRecords());
    coverage.blindSpot('service account keys have no last-used field; read gcp-activity for their use');

    await forEachItem(file, sink, ['keys'], (key, line, at) => {
      if (!isObject(key)) return sink.reject(line, where(at, 'not an object'));
      const { fact, error } = readKey(key, now);
      if (!fact) return sink.reject(line, where(at, error ?? 'unreadable key'));
      if (!seen.first(fact)) return sink.accept('duplicate');
      if (typeof fact.createdAt === 'number') coverage.observe(fact.createdAt);
      sink.credential({ ...fact, line });
      sink.accept();
    });
  },
};
