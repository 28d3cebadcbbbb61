// Repository deploy keys: the saved response of `GET /repos/{owner}/{repo}/keys`, one repository's
// array or an object keyed by repository full name (docs/sources/github-deploy-keys.md). A deploy key is
// a principal and its own credential, `deploy-key:<id>`; the public key material is never kept.
import { ConfigurationError } from '../model/errors.js';
import type { CredentialFact, PrincipalFact } from '../model/records.js';
import type { SourceEntry } from '../model/config.js';
import { perSource } from './dedupe.js';
import { forEachJsonItem, idAt, stringAt, timeAt } from './json-items.js';
import { where } from './saved-response.js';
import type { ReadContext, SourceReader } from './types.js';

const REPOSITORY = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
// The key's own API URL names its repository: https://api.github.com/repos/{owner}/{repo}/keys/{id}.
const KEY_URL = /\/repos\/([A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+)\/keys\/\d+$/;

function repositoryOption(entry: SourceEntry): string | undefined {
  const repository = entry.options.repository;
  return typeof repository === 'string' ? repository.trim() : undefined;
}

export const githubDeployKeys: SourceReader = {
  type: 'github-deploy-keys',
  platform: 'github',
  coverage: 'snapshot',
  options: ['repository'],
  validate(entry) {
    const repository = entry.options.repository;
    if (repository !== undefined && (typeof repository !== 'string' || !REPOSITORY.test(repository.trim()))) {
      throw new ConfigurationError(
        'repository: must be the repository full name, owner/name',
        entry.location,
      );
    }
  },
  async read(ctx: ReadContext): Promise<void> {
    const { sink, coverage } = ctx;
    const seen = perSource(ctx, 'keys', () => new Set<string>());
    coverage.blindSpot(
      'last_used is when the key last authenticated; GitHub does not say whether it read or wrote',
    );

    await forEachJsonItem(
      ctx.file,
      { keyedByRepository: true },
      {
        reject: (line, reason) => sink.reject(line, reason),
        item(key, { line, path, repository: keyedBy }) {
          const id = idAt(key, 'id');
          if (id === undefined) {
            sink.reject(line, where(path, 'no id (is this the response of /repos/{owner}/{repo}/keys?)'));
            return;
          }
          const createdAt = timeAt(key, 'created_at');
          const lastUsed = timeAt(key, 'last_used');
          if (Number.isNaN(createdAt)) return sink.reject(line, where(path, 'created_at is not a time'));
          if (Number.isNaN(lastUsed)) return sink.reject(line, where(path, 'last_used is not a time'));
          const url = stringAt(key, 'url');
          const repository =
            keyedBy ?? repositoryOption(ctx.entry) ?? (url ? KEY_URL.exec(url)?.[1] : undefined);
          const title = stringAt(key, 'title');
          const disabled = key.enabled === false;
          for (const t of [createdAt, lastUsed]) if (typeof t === 'number') coverage.observe(t);

          const fingerprint = JSON.stringify([id, repository, title, createdAt, lastUsed, disabled]);
          if (seen.has(fingerprint)) return sink.accept('duplicate');
          seen.add(fingerprint);

          const principal = `deploy-key:${id}`;
          // null is "never used"; a response without the field (older GitHub Enterprise Server) says nothing.
          const lastUsedAt = lastUsed;
          const unknownReason = lastUsedAt === undefined ? 'the response has no last_used field' : undefined;
          const fact: PrincipalFact = {
            principal,
            // Titles are what people recognise; ids change when a key is replaced.
            aliases: repository && title ? [`deploy-key:${repository}/${title}`] : [],
            kind: 'deploy-key',
            createdAt: createdAt ?? undefined,
            disabled,
            lastUsedAt,
            line,
          };
          if (disabled) fact.state = 'disabled';
          if (unknownReason) fact.lastUsedUnknownReason = unknownReason;
          sink.principal(fact);

          const credential: CredentialFact = {
            principal,
            credential: principal,
            createdAt: createdAt ?? undefined,
            lastUsedAt,
            active: !disabled,
            credentialKind:
              key.read_only === true
                ? 'deploy-key (read-only)'
                : key.read_only === false
                  ? 'deploy-key (read-write)'
                  : 'deploy-key',
            line,
          };
          if (disabled) credential.state = 'disabled';
          if (unknownReason) credential.lastUsedUnknownReason = unknownReason;
          sink.credential(credential);
          sink.accept();
        },
      },
    );
  },
};
