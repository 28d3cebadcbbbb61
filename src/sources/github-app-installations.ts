// GitHub App installations on an organization: the saved response of `GET /orgs/{org}/installations`
// ({"total_count", "installations": [...]}) (docs/sources/github-app-installations.md). An app is the
// principal `app:<slug>` (alias `<slug>[bot]`, the login its actions carry). Its installation token is
// minted per use and expires within the hour, so the credential `installation:<id>` is provider-rotated:
// never judged for rotation (DESIGN.md §4). The API reports no last use: read the audit log for that.
import type { CredentialFact, PrincipalFact } from '../model/records.js';
import { perSource } from './dedupe.js';
import { excerpt } from './excerpt.js';
import { forEachJsonItem, idAt, stringAt, timeAt } from './json-items.js';
import { where } from './saved-response.js';
import type { ReadContext, SourceReader } from './types.js';

export const INSTALLATION_USE_UNKNOWN =
  'the installations API does not report when an app last acted; add a github-audit-log source for its use';

export const githubAppInstallations: SourceReader = {
  type: 'github-app-installations',
  platform: 'github',
  coverage: 'snapshot',
  async read(ctx: ReadContext): Promise<void> {
    const { sink, coverage } = ctx;
    const seen = perSource(ctx, 'installations', () => new Set<string>());
    coverage.blindSpot(INSTALLATION_USE_UNKNOWN);

    await forEachJsonItem(
      ctx.file,
      { envelope: ['installations'] },
      {
        reject: (line, reason) => sink.reject(line, reason),
        item(installation, { line, path }) {
          const id = idAt(installation, 'id');
          if (id === undefined) {
            sink.reject(line, where(path, 'no id (is this the response of /orgs/{org}/installations?)'));
            return;
          }
          const slug = stringAt(installation, 'app_slug');
          if (slug === undefined)
            return sink.reject(
              line,
              where(path, `installation ${excerpt(id, { quoted: false })} has no app_slug`),
            );
          const createdAt = timeAt(installation, 'created_at');
          const suspendedAt = timeAt(installation, 'suspended_at');
          if (Number.isNaN(createdAt)) return sink.reject(line, where(path, 'created_at is not a time'));
          if (Number.isNaN(suspendedAt)) return sink.reject(line, where(path, 'suspended_at is not a time'));
          const suspended = typeof suspendedAt === 'number';
          for (const t of [createdAt, suspendedAt]) if (typeof t === 'number') coverage.observe(t);

          const fingerprint = JSON.stringify([id, slug, createdAt, suspendedAt]);
          if (seen.has(fingerprint)) return sink.accept('duplicate');
          seen.add(fingerprint);

          const principal = `app:${slug}`;
          const appId = idAt(installation, 'app_id');
          const fact: PrincipalFact = {
            principal,
            aliases: [`${slug}[bot]`, ...(appId ? [`app-id:${appId}`] : [])],
            kind: 'github-app',
            createdAt: createdAt ?? undefined,
            disabled: suspended,
            lastUsedAt: undefined,
            lastUsedUnknownReason: INSTALLATION_USE_UNKNOWN,
            line,
          };
          if (suspended) fact.state = 'suspended';
          sink.principal(fact);

          const credential: CredentialFact = {
            principal,
            credential: `installation:${id}`,
            createdAt: createdAt ?? undefined,
            lastUsedAt: undefined,
            lastUsedUnknownReason: INSTALLATION_USE_UNKNOWN,
            active: !suspended,
            providerRotated: true,
            credentialKind: 'installation token',
            line,
          };
          if (suspended) credential.state = 'suspended';
          sink.credential(credential);
          sink.accept();
        },
      },
    );
  },
};
