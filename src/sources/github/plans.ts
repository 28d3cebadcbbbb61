// Which endpoints each live source type lists (docs/sources/github-live.md), with what each needs. A
// source entry without `path` names its scope with `repo:` (owner/name; default GITHUB_REPOSITORY),
// `org:` (default: the repository's owner) and, for secrets, `environment:`.
import type { SourceEntry } from '../../model/config.js';
import { DAY } from '../../model/time.js';
import type { Endpoint } from './client.js';
import type { LiveContext } from './context.js';

/** The audit log API keeps 180 days of web events: the window when the entry gives none. */
export const DEFAULT_AUDIT_WINDOW = 180 * DAY;
/** Audit log pages read at most (100 events each); past it the window starts at the oldest event read. */
export const MAX_AUDIT_PAGES = 2000;

const REPOSITORY = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
const ORGANIZATION = /^[A-Za-z0-9][A-Za-z0-9-]*$/;

/** The scope of one live entry, resolved against the context. */
export interface LiveScope {
  repository?: { owner: string; name: string; fullName: string };
  org?: string;
  environment?: string;
}

/** Reads repo/org/environment from the entry; a string is a reason the source cannot be read. */
export function scopeOf(entry: SourceEntry, context: LiveContext): LiveScope | string {
  const given = entry.options.repo ?? entry.options.repository;
  const fullName = typeof given === 'string' ? given.trim() : context.repository;
  const scope: LiveScope = {};
  if (fullName !== undefined) {
    if (!REPOSITORY.test(fullName)) return `repo ${JSON.stringify(fullName)} is not owner/name`;
    const [owner, name] = fullName.split('/');
    scope.repository = { owner, name, fullName };
  }
  const org = entry.options.org;
  if (typeof org === 'string') {
    if (!ORGANIZATION.test(org.trim())) return `org ${JSON.stringify(org)} is not an organization login`;
    scope.org = org.trim();
  } else if (scope.repository) {
    scope.org = scope.repository.owner;
  }
  if (typeof entry.options.environment === 'string') scope.environment = entry.options.environment.trim();
  return scope;
}

const encode = encodeURIComponent;

export function repositoryPath(scope: LiveScope): string | undefined {
  return scope.repository && `/repos/${encode(scope.repository.owner)}/${encode(scope.repository.name)}`;
}

export const NEEDS = {
  secrets:
    'the "Secrets" repository permission (read) — a fine-grained token or a GitHub App; classic tokens: repo. The Actions GITHUB_TOKEN cannot read secrets',
  environmentSecrets: 'the "Environments" and "Secrets" repository permissions (read); classic tokens: repo',
  environments: 'the "Actions" repository permission (read); classic tokens: repo',
  orgSecrets:
    'the "Secrets" organization permission (read), as an organization admin; classic tokens: admin:org',
  runs: 'the "Actions" repository permission (read) (GITHUB_TOKEN: `permissions: actions: read`)',
  deployKeys: 'the "Administration" repository permission (read); classic tokens: repo',
  pats: 'a GitHub App installation token with the "Personal access tokens" organization permission (read); personal access tokens cannot call it',
  installations:
    'an organization owner\'s token with the "Administration" organization permission (read); classic tokens: admin:read:org',
  auditLog:
    'an organization owner\'s token with the "Administration" organization permission (read); classic tokens: read:audit_log',
} as const;

export function deployKeysEndpoint(scope: LiveScope): Endpoint | string {
  const repo = repositoryPath(scope);
  if (!repo) return NO_REPOSITORY;
  return { path: `${repo}/keys`, needs: NEEDS.deployKeys };
}

export function patsEndpoint(scope: LiveScope): Endpoint | string {
  if (!scope.org) return NO_ORGANIZATION;
  return { path: `/orgs/${encode(scope.org)}/personal-access-tokens`, needs: NEEDS.pats };
}

export function installationsEndpoint(scope: LiveScope): Endpoint | string {
  if (!scope.org) return NO_ORGANIZATION;
  return {
    path: `/orgs/${encode(scope.org)}/installations`,
    envelope: 'installations',
    needs: NEEDS.installations,
  };
}

/** The audit log from `since` on, web and Git events, newest first. */
export function auditLogEndpoint(scope: LiveScope, since: number): Endpoint | string {
  if (!scope.org) return NO_ORGANIZATION;
  return {
    path: `/orgs/${encode(scope.org)}/audit-log`,
    query: {
      phrase: `created:>=${new Date(since).toISOString().slice(0, 10)}`,
      include: 'all',
      order: 'desc',
    },
    needs: NEEDS.auditLog,
    plan: 'GitHub Enterprise Cloud (the organization audit log API does not exist on other plans)',
  };
}

export function runsEndpoint(scope: LiveScope): Endpoint | undefined {
  const repo = repositoryPath(scope);
  return repo
    ? {
        path: `${repo}/actions/runs`,
        query: { status: 'success' },
        envelope: 'workflow_runs',
        needs: NEEDS.runs,
      }
    : undefined;
}

export const NO_REPOSITORY =
  'no repository to read: give the source entry `repo: owner/name`, or set GITHUB_REPOSITORY (or --repo)';
export const NO_ORGANIZATION =
  'no organization to read: give the source entry `org: <login>`, or a repository (`repo:` or GITHUB_REPOSITORY) whose owner it is';
