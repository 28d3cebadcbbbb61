// AWS IAM access keys: `aws iam list-access-keys` joined with `aws iam get-access-key-last-used`, saved
// as [{"ListAccessKeys": <list-access-keys output>, "LastUsed": {"<AccessKeyId>": <get-access-key-last-used
// output>}}], one element per user. A snapshot: it covers the keys it lists, from the day IAM began
// recording last use (2015-04-22) to when it was taken. See docs/sources/aws-access-keys.md.
import type { SourceEntry } from '../model/config.js';
import { ConfigurationError } from '../model/errors.js';
import type { CredentialFact, PrincipalFact } from '../model/records.js';
import type { SourceReader } from './types.js';
import { perSource } from './dedupe.js';
import { excerpt } from './excerpt.js';
import { forEachItem, isObject, SeenRecords, text, timeField, where } from './saved-response.js';

/** IAM began recording when an access key was last used on this day; N/A before it proves nothing. */
export const ACCESS_KEY_TRACKING_START = Date.UTC(2015, 3, 22);

const NOT_AVAILABLE = 'N/A';

/** The 12-digit account id of the entry, when it gives one (validated by `validate`). */
function accountOf(entry: SourceEntry): string | undefined {
  const account = entry.options.account;
  if (typeof account === 'number') return String(account);
  return typeof account === 'string' ? account.trim() : undefined;
}

interface KeyRead {
  fact?: CredentialFact;
  userName?: string;
  error?: string;
}

/** Reads one AccessKeyMetadata element with the last-used output that belongs to it. */
function readKey(
  metadata: unknown,
  lastUsedById: Record<string, unknown>,
  principalOf: (userName: string) => string,
  fallbackUser: string | undefined,
): KeyRead {
  if (!isObject(metadata)) return { error: 'an access key entry is not an object' };
  const id = text(metadata.AccessKeyId);
  if (!id) return { error: 'an access key has no AccessKeyId' };
  const lastUsedOutput = lastUsedById[id];
  const userName =
    text(metadata.UserName) ??
    (isObject(lastUsedOutput) ? text(lastUsedOutput.UserName) : undefined) ??
    fallbackUser;
  // The id is echoed in messages: bounded and masked like any value read from a file.
  const shown = excerpt(id, { quoted: false });
  if (!userName) return { error: `access key ${shown} has no UserName` };
  const status = text(metadata.Status);
  if (!status) return { error: `access key ${shown} has no Status` };
  const created = timeField(metadata, 'CreateDate');
  if (created.error) return { error: `access key ${shown}: ${created.error}` };

  const fact: CredentialFact = {
    principal: principalOf(userName),
    credential: id,
    active: status === 'Active',
    credentialKind: 'access-key',
  };
  if (created.t !== undefined) fact.createdAt = created.t;
  if (!fact.active) fact.state = status.toLowerCase() === 'expired' ? 'expired' : 'inactive';

  const lastUsed = lastUsedOf(lastUsedOutput, created.t);
  if (lastUsed.error) return { error: `access key ${shown}: ${lastUsed.error}` };
  if (lastUsed.at !== undefined) fact.lastUsedAt = lastUsed.at;
  if (lastUsed.unknown) fact.lastUsedUnknownReason = lastUsed.unknown;
  return { fact, userName };
}

/** The last use a get-access-key-last-used output says: a time, null (never) or unknown with a reason. */
function lastUsedOf(
  output: unknown,
  createdAt: number | undefined,
): { at?: number | null; unknown?: string; error?: string } {
  if (output === undefined) return { unknown: 'no get-access-key-last-used output for this key' };
  if (!isObject(output)) return { error: 'its LastUsed entry is not an object' };
  const details = isObject(output.AccessKeyLastUsed) ? output.AccessKeyLastUsed : output;
  const used = timeField(details, 'LastUsedDate');
  if (used.error) return { error: used.error };
  if (used.t !== undefined) return { at: used.t };
  if (details.ServiceName !== NOT_AVAILABLE && details.Region !== NOT_AVAILABLE) {
    return { unknown: 'get-access-key-last-used gave no LastUsedDate' };
  }
  // N/A: not used since IAM began tracking. Only a key created after that day was tracked all its life.
  if (createdAt === undefined)
    return { unknown: 'N/A, and the key has no CreateDate to tell never from untracked' };
  if (createdAt < ACCESS_KEY_TRACKING_START) {
    return { unknown: 'N/A on a key created before AWS began tracking last use on 2015-04-22' };
  }
  return { at: null };
}

/** The keys of one element: its ListAccessKeys (one page or several), or the element as a bare page. */
function keysOf(element: Record<string, unknown>): unknown[] | undefined {
  const list = 'ListAccessKeys' in element ? element.ListAccessKeys : element;
  const keys: unknown[] = [];
  for (const page of Array.isArray(list) ? list : [list]) {
    if (!isObject(page) || !Array.isArray(page.AccessKeyMetadata)) return undefined;
    keys.push(...page.AccessKeyMetadata);
  }
  return keys;
}

export const awsAccessKeys: SourceReader = {
  type: 'aws-access-keys',
  platform: 'aws',
  coverage: 'snapshot',
  options: ['account'],

  validate(entry) {
    const account = entry.options.account;
    if (account === undefined) return;
    const digits = accountOf(entry);
    if (digits === undefined || !/^\d{12}$/.test(digits)) {
      throw new ConfigurationError(
        `account: must be the 12-digit AWS account id, written as a quoted string (e.g. "111122223333")`,
        entry.location,
      );
    }
  },

  async read(ctx) {
    const { entry, file, sink, coverage } = ctx;
    const account = accountOf(entry);
    const principalOf = (userName: string): string =>
      account ? `arn:aws:iam::${account}:user/${userName}` : userName;
    const seen = perSource(ctx, 'aws-access-keys', () => new SeenRecords());
    coverage.setWindowFrom(ACCESS_KEY_TRACKING_START);
    coverage.blindSpot('access keys only: console password use is not in this export');

    await forEachItem(file, sink, [], (element, line, at) => {
      if (!isObject(element)) return sink.reject(line, where(at, 'not an object'));
      const keys = keysOf(element);
      if (!keys) return sink.reject(line, where(at, 'no ListAccessKeys output with AccessKeyMetadata'));
      if (element.LastUsed !== undefined && !isObject(element.LastUsed)) {
        return sink.reject(line, where(at, 'LastUsed is not an object keyed by AccessKeyId'));
      }
      const lastUsedById = isObject(element.LastUsed) ? element.LastUsed : {};

      const facts: CredentialFact[] = [];
      const userNames = new Set<string>();
      for (const metadata of keys) {
        const key = readKey(metadata, lastUsedById, principalOf, [...userNames][0]);
        if (!key.fact || !key.userName) return sink.reject(line, where(at, key.error ?? 'unreadable key'));
        userNames.add(key.userName);
        facts.push({ ...key.fact, line });
      }
      if (facts.length === 0) return sink.accept('ignored');

      const principals: PrincipalFact[] = [...userNames].map((userName) => ({
        principal: principalOf(userName),
        aliases: account ? [userName] : [],
        kind: 'user',
        line,
      }));
      const content = [...principals, ...facts].map(({ line: _line, ...rest }) => rest);
      if (!seen.first(content)) return sink.accept('duplicate');
      for (const fact of facts) {
        if (typeof fact.createdAt === 'number') coverage.observe(fact.createdAt);
        if (typeof fact.lastUsedAt === 'number') coverage.observe(fact.lastUsedAt);
      }
      for (const principal of principals) sink.principal(principal);
      for (const fact of facts) sink.credential(fact);
      sink.accept();
    });
  },
};
