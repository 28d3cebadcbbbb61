// Live Actions secrets: which listings an entry reads, and the usage lastseen can infer for them.
// GitHub records no read of a secret. What it does record is a successful workflow run, and the
// workflow files say which secrets a run receives: the last successful run of a workflow that
// references `secrets.NAME` is the latest time NAME can be shown to have been handed to a job. That is
// an inference, and every such event says so.
import type { RecordSink } from '../../model/records.js';
import type { CoverageHints } from '../types.js';
import type { GitHubClient } from './client.js';
import { ApiListing } from './listing.js';
import { NEEDS, repositoryPath, runsEndpoint, type LiveScope } from './plans.js';
import { fetchAll } from './fetch-all.js';

/** Workflow run pages read at most when looking for the last successful run of each workflow. */
export const MAX_RUN_PAGES = 10;

/** A workflow's reference to a secret (discover/ finds them; structurally its SecretReference). */
export interface WorkflowSecretReference {
  name: string;
  workflow: string;
  environment?: string;
}

/** Secret names seen per scope, so a reference resolves as Actions resolves it: environment, repository, organization. */
export interface SecretNames {
  repository: Set<string>;
  organization: Set<string>;
  environments: Map<string, Set<string>>;
}

function collector(into: Set<string>) {
  return (item: unknown) => {
    const name = typeof item === 'object' && item !== null ? (item as { name?: unknown }).name : undefined;
    if (typeof name === 'string') into.add(name.toUpperCase());
  };
}

/**
 * The secret listings of one entry. `org:` alone reads the organization's secrets; `environment:` one
 * environment's; neither reads the repository's, every environment's, and the organization secrets
 * shared with the repository. Failures of the environment list are returned, not thrown.
 */
export async function secretListings(
  client: GitHubClient,
  scope: LiveScope,
  orgOnly: boolean,
  names: SecretNames,
): Promise<{ listings: ApiListing[]; failures: string[] }> {
  const listings: ApiListing[] = [];
  const failures: string[] = [];
  if (orgOnly) {
    listings.push(
      new ApiListing(
        client,
        {
          path: `/orgs/${encodeURIComponent(scope.org!)}/actions/secrets`,
          envelope: 'secrets',
          needs: NEEDS.orgSecrets,
        },
        { options: { org: scope.org, environment: undefined }, onItem: collector(names.organization) },
      ),
    );
    return { listings, failures };
  }
  const repo = repositoryPath(scope)!;
  const repository = scope.repository!.fullName;
  const environmentListing = (environment: string) => {
    const set = names.environments.get(environment) ?? new Set<string>();
    names.environments.set(environment, set);
    return new ApiListing(
      client,
      {
        path: `${repo}/environments/${encodeURIComponent(environment)}/secrets`,
        envelope: 'secrets',
        needs: NEEDS.environmentSecrets,
      },
      { options: { environment, org: undefined, repository }, onItem: collector(set) },
    );
  };
  if (scope.environment !== undefined) {
    listings.push(environmentListing(scope.environment));
    return { listings, failures };
  }
  listings.push(
    new ApiListing(
      client,
      { path: `${repo}/actions/secrets`, envelope: 'secrets', needs: NEEDS.secrets },
      {
        options: { environment: undefined, org: undefined, repository },
        onItem: collector(names.repository),
      },
    ),
  );
  const environments = await fetchAll(client, {
    path: `${repo}/environments`,
    envelope: 'environments',
    needs: NEEDS.environments,
  });
  if (typeof environments === 'string') failures.push(`${environments}; environment secrets were not read`);
  else {
    for (const environment of environments) {
      const name =
        typeof environment === 'object' && environment !== null
          ? (environment as { name?: unknown }).name
          : undefined;
      if (typeof name === 'string' && name !== '') listings.push(environmentListing(name));
    }
  }
  listings.push(
    new ApiListing(
      client,
      { path: `${repo}/actions/organization-secrets`, envelope: 'secrets', needs: NEEDS.secrets },
      {
        // Organization secrets shared with this repository: the ones its workflows can resolve.
        options: { org: scope.repository!.owner, environment: undefined, repository: undefined },
        onItem: collector(names.organization),
      },
    ),
  );
  return { listings, failures };
}

/** The principal a reference resolves to, as the secrets reader names it; undefined when no listing has it. */
function principalFor(reference: WorkflowSecretReference, names: SecretNames): string | undefined {
  const { name, environment } = reference;
  if (environment !== undefined && names.environments.get(environment)?.has(name))
    return `secret:env/${environment}/${name}`;
  if (names.repository.has(name)) return `secret:${name}`;
  if (names.organization.has(name)) return `secret:org/${name}`;
  return undefined;
}

/** The workflow-run listing, or undefined when no workflow references a secret. */
export function runsListing(
  client: GitHubClient,
  scope: LiveScope,
  references: WorkflowSecretReference[],
): ApiListing | undefined {
  const endpoint = runsEndpoint(scope);
  if (!endpoint || references.length === 0) return undefined;
  return new ApiListing(client, endpoint, { maxPages: MAX_RUN_PAGES });
}

/**
 * Reads successful runs, newest first, until every workflow that references a secret has its last
 * one, and emits one inferred use per secret and workflow. Every run read is one record.
 */
export async function inferSecretUse(
  listing: ApiListing,
  references: WorkflowSecretReference[],
  names: SecretNames,
  sink: RecordSink,
  coverage: CoverageHints,
): Promise<void> {
  const byWorkflow = new Map<string, WorkflowSecretReference[]>();
  for (const reference of references) {
    const list = byWorkflow.get(reference.workflow) ?? [];
    list.push(reference);
    byWorkflow.set(reference.workflow, list);
  }
  let line = 0;
  for await (const page of listing.pages()) {
    for (const run of page.items) {
      line++;
      const fields = (typeof run === 'object' && run !== null ? run : {}) as Record<string, unknown>;
      const path = typeof fields.path === 'string' ? fields.path.replace(/@.*$/, '') : undefined;
      const started = [fields.run_started_at, fields.created_at].find((v) => typeof v === 'string') as
        string | undefined;
      const at = started === undefined ? Number.NaN : Date.parse(started);
      if (path === undefined || Number.isNaN(at)) {
        sink.reject(line, 'a workflow run without path or run_started_at');
        continue;
      }
      const waiting = byWorkflow.get(path);
      if (!waiting) {
        sink.accept('ignored');
        continue;
      }
      byWorkflow.delete(path);
      coverage.observe(at);
      const emitted = new Set<string>();
      for (const reference of waiting) {
        const principal = principalFor(reference, names);
        if (principal === undefined || emitted.has(principal)) continue;
        emitted.add(principal);
        sink.usage({
          principal,
          credential: principal,
          at,
          action: 'workflow_run',
          meaningful: true,
          ok: true,
          line,
          detail: `inferred: last successful run of ${path}, which references secrets.${reference.name}; GitHub does not record secret reads`,
        });
      }
      sink.accept();
    }
    if (byWorkflow.size === 0) return;
  }
}
