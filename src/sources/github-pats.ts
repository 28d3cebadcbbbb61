// Fine-grained personal access tokens granted to an organization: the saved response of
// `GET /orgs/{org}/personal-access-tokens` (docs/sources/github-pats.md). Each grant is one token,
// a principal `pat:<token_id>` (alias `token:<token_id>`) whose credential is keyed `token:<token_id>`
// as everywhere in lastseen (DESIGN.md §3), so the audit log's uses of the token join it.
import type { CredentialFact, PrincipalFact } from '../model/records.js';
import { perSource } from './dedupe.js';
import { forEachJsonItem, idAt, timeAt } from './json-items.js';
import { where } from './saved-response.js';
import type { ReadContext, SourceReader } from './types.js';

const NO_LAST_USED = 'the response has no token_last_used_at';
const LAST_USED_NOTE =
  'token_last_used_at is the last authentication with the token; GitHub does not say what the token did';

export const githubPats: SourceReader = {
  type: 'github-pats',
  platform: 'github',
  coverage: 'snapshot',
  async read(ctx: ReadContext): Promise<void> {
    const { sink, coverage } = ctx;
    const seen = perSource(ctx, 'grants', () => new Set<string>());
    coverage.blindSpot(
      'lists fine-grained personal access tokens only: classic tokens, OAuth app and GitHub App user tokens are not in it',
    );
    coverage.blindSpot(LAST_USED_NOTE);

    await forEachJsonItem(
      ctx.file,
      {},
      {
        reject: (line, reason) => sink.reject(line, reason),
        item(grant, { line, path }) {
          const tokenId = idAt(grant, 'token_id');
          if (tokenId === undefined) {
            sink.reject(
              line,
              where(path, 'no token_id (is this the response of /orgs/{org}/personal-access-tokens?)'),
            );
            return;
          }
          const times: Record<string, number | null | undefined> = {};
          for (const key of ['access_granted_at', 'token_expires_at', 'token_last_used_at']) {
            times[key] = timeAt(grant, key);
            if (Number.isNaN(times[key])) {
              sink.reject(line, where(path, `${key} is not a time`));
              return;
            }
          }
          const principal = `pat:${tokenId}`;
          const credential = `token:${tokenId}`;
          // The grant time, not the token's creation: the API does not report when the token was made.
          const createdAt = times.access_granted_at ?? undefined;
          const expiresAt = times.token_expires_at;
          // null: the token never authenticated (GitHub's settings page shows it as "Never used").
          const lastUsedAt = times.token_last_used_at;
          const expired =
            grant.token_expired === true || (typeof expiresAt === 'number' && expiresAt <= ctx.now);
          for (const t of [createdAt, expiresAt, lastUsedAt]) if (typeof t === 'number') coverage.observe(t);

          const key = JSON.stringify([tokenId, createdAt, expiresAt, lastUsedAt, expired]);
          if (seen.has(key)) {
            sink.accept('duplicate');
            return;
          }
          seen.add(key);

          const fact: PrincipalFact = {
            principal,
            aliases: [credential],
            kind: 'api-token',
            createdAt,
            disabled: expired,
            lastUsedAt,
            line,
          };
          if (expired) fact.state = 'expired';
          if (lastUsedAt === undefined) fact.lastUsedUnknownReason = NO_LAST_USED;
          sink.principal(fact);

          const credentialFact: CredentialFact = {
            principal,
            credential,
            createdAt,
            expiresAt,
            lastUsedAt,
            active: !expired,
            credentialKind: 'fine-grained-pat',
            line,
          };
          if (expired) credentialFact.state = 'expired';
          if (lastUsedAt === undefined) credentialFact.lastUsedUnknownReason = NO_LAST_USED;
          sink.credential(credentialFact);
          sink.accept();
        },
      },
    );
  },
};
