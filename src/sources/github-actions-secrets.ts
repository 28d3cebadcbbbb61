// GitHub Actions secrets: the saved responses of `GET /repos/{owner}/{repo}/actions/secrets`,
// `GET /repos/{owner}/{repo}/environments/{env}/secrets` and `GET /orgs/{org}/actions/secrets`
// ({"total_count", "secrets": [...]}), one repository's or keyed by repository full name
// (docs/sources/github-actions-secrets.md). A secret is a principal and its own credential:
// `secret:<NAME>`, `secret:env/<env>/<NAME>`, `secret:org/<NAME>` (DESIGN.md §3). GitHub keeps no
// record of a secret being read, so its use is unknown: these entries judge rotation, never activity.
import type { SourceEntry } from '../model/config.js';
import { ConfigurationError } from '../model/errors.js';
import type { CredentialFact, PrincipalFact } from '../model/records.js';
import { perSource } from './dedupe.js';
import { forEachJsonItem, stringAt, timeAt } from './json-items.js';
import { where } from './saved-response.js';
import type { ReadContext, SourceReader } from './types.js';

export const SECRET_USE_UNKNOWN = 'GitHub does not record when an Actions secret is read';

const REPOSITORY = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
const ORGANIZATION = /^[A-Za-z0-9][A-Za-z0-9-]*$/;

interface Scope {
  environment?: string;
  /** true, or the organization's login when the entry names it. */
  org?: true | string;
  repository?: string;
}

function scopeOf(entry: SourceEntry): Scope {
  const { environment, org, repository } = entry.options;
  return {
    environment: typeof environment === 'string' ? environment.trim() : undefined,
    org: org === true ? true : typeof org === 'string' ? org.trim() : undefined,
    repository: typeof repository === 'string' ? repository.trim() : undefined,
  };
}

export const githubActionsSecrets: SourceReader = {
  type: 'github-actions-secrets',
  platform: 'github',
  coverage: 'snapshot',
  options: ['environment', 'org', 'repository'],
  validate(entry) {
    const { environment, org, repository } = entry.options;
    const fail = (message: string) => {
      throw new ConfigurationError(message, entry.location);
    };
    if (
      environment !== undefined &&
      (typeof environment !== 'string' || environment.trim() === '' || environment.includes('/'))
    ) {
      fail('environment: must be the name of one deployment environment');
    }
    if (
      org !== undefined &&
      org !== true &&
      org !== false &&
      (typeof org !== 'string' || !ORGANIZATION.test(org.trim()))
    ) {
      fail('org: must be true or the organization login');
    }
    if (repository !== undefined && (typeof repository !== 'string' || !REPOSITORY.test(repository.trim()))) {
      fail('repository: must be the repository full name, owner/name');
    }
    if (environment !== undefined && org !== undefined && org !== false) {
      fail('environment and org exclude each other: environment secrets belong to a repository');
    }
  },
  async read(ctx: ReadContext): Promise<void> {
    const { sink, coverage } = ctx;
    const scope = scopeOf(ctx.entry);
    const seen = perSource(ctx, 'secrets', () => new Set<string>());
    coverage.blindSpot(`${SECRET_USE_UNKNOWN}: secrets are judged for rotation, never for activity`);

    await forEachJsonItem(
      ctx.file,
      { envelope: ['secrets'], keyedByRepository: true },
      {
        reject: (line, reason) => sink.reject(line, reason),
        item(secret, { line, path, repository: keyedBy }) {
          const name = stringAt(secret, 'name');
          if (name === undefined) {
            sink.reject(
              line,
              where(path, 'no name (is this the response of an …/actions/secrets endpoint?)'),
            );
            return;
          }
          if (/[\s/]/.test(name))
            return sink.reject(line, where(path, 'a secret name has no spaces or slashes'));
          const createdAt = timeAt(secret, 'created_at');
          const updatedAt = timeAt(secret, 'updated_at');
          if (Number.isNaN(createdAt)) return sink.reject(line, where(path, 'created_at is not a time'));
          if (Number.isNaN(updatedAt)) return sink.reject(line, where(path, 'updated_at is not a time'));
          const repository = keyedBy ?? scope.repository;
          // Only organization secrets carry a visibility; the entry says so when the file alone cannot.
          const org = scope.org ?? (typeof secret.visibility === 'string' ? true : undefined);
          const { principal, alias } = idsOf(name, scope.environment, org, repository);
          for (const t of [createdAt, updatedAt]) if (typeof t === 'number') coverage.observe(t);

          const fingerprint = JSON.stringify([principal, alias, createdAt, updatedAt]);
          if (seen.has(fingerprint)) return sink.accept('duplicate');
          seen.add(fingerprint);

          const created = createdAt ?? undefined;
          // Setting a secret again is the only rotation GitHub records (it cannot tell a new value from the same one).
          const rotatedAt =
            typeof updatedAt === 'number' && (created === undefined || updatedAt > created)
              ? updatedAt
              : undefined;
          const fact: PrincipalFact = {
            principal,
            aliases: alias ? [alias] : [],
            kind: 'secret',
            createdAt: created,
            lastUsedAt: undefined,
            lastUsedUnknownReason: SECRET_USE_UNKNOWN,
            line,
          };
          sink.principal(fact);
          const credential: CredentialFact = {
            principal,
            credential: principal,
            createdAt: created,
            rotatedAt,
            lastUsedAt: undefined,
            lastUsedUnknownReason: SECRET_USE_UNKNOWN,
            active: true,
            credentialKind: org
              ? 'organization secret'
              : scope.environment
                ? 'environment secret'
                : 'repository secret',
            line,
          };
          sink.credential(credential);
          sink.accept();
        },
      },
    );
  },
};

/** The canonical id (DESIGN.md §3) and, when the place is known, an alias that names it. */
function idsOf(
  name: string,
  environment: string | undefined,
  org: true | string | undefined,
  repository: string | undefined,
) {
  if (org !== undefined) {
    return {
      principal: `secret:org/${name}`,
      alias: typeof org === 'string' ? `secret:org/${org}/${name}` : undefined,
    };
  }
  if (environment !== undefined) {
    return {
      principal: `secret:env/${environment}/${name}`,
      alias: repository ? `secret:${repository}/env/${environment}/${name}` : undefined,
    };
  }
  return { principal: `secret:${name}`, alias: repository ? `secret:${repository}/${name}` : undefined };
}
