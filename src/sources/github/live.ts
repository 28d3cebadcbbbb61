// Live GitHub sources: a github-actions-secrets, github-deploy-keys, github-pats,
// github-app-installations or github-audit-log entry without `path` reads the REST API instead of a
// saved response. Each listing becomes a source file that the saved-response reader of the same type
// maps (so a live item and a saved one yield the same records), and read.ts counts records and works
// out coverage as for any file, with the generation time the moment the API answered. A call that
// fails (403, 404, a rate limit that does not lift) names the endpoint and what it needs, marks the
// source failed when nothing could be read — its subjects become unknown, never inactive — and
// does not fail the scan.
import type { SourceEntry } from '../../model/config.js';
import type { RecordSink } from '../../model/records.js';
import { iso } from '../../model/time.js';
import { SECRET_USE_UNKNOWN } from '../github-actions-secrets.js';
import { readSource, type SourceResult } from '../read.js';
import type { SourceReader } from '../types.js';
import { createClient, type Endpoint, type GitHubClient } from './client.js';
import type { LiveContext } from './context.js';
import { ApiListing, type ListingFile } from './listing.js';
import {
  auditLogEndpoint,
  DEFAULT_AUDIT_WINDOW,
  deployKeysEndpoint,
  installationsEndpoint,
  MAX_AUDIT_PAGES,
  NO_ORGANIZATION,
  NO_REPOSITORY,
  patsEndpoint,
  scopeOf,
  type LiveScope,
} from './plans.js';
import {
  inferSecretUse,
  runsListing,
  secretListings,
  type SecretNames,
  type WorkflowSecretReference,
} from './secrets.js';

export type { LiveContext } from './context.js';
export { liveContextFromEnv } from './context.js';

/** The source types that read the API when their entry has no `path`. */
export const LIVE_TYPES: ReadonlySet<string> = new Set([
  'github-actions-secrets',
  'github-deploy-keys',
  'github-pats',
  'github-app-installations',
  'github-audit-log',
]);

/** True for an entry that reads the GitHub API rather than a file. */
export function isLiveEntry(entry: SourceEntry): boolean {
  return entry.path === undefined && LIVE_TYPES.has(entry.type);
}

export interface LiveReadOptions {
  workspace: string;
  now: number;
  github: LiveContext;
  /** The workflows' secret references (discover/), for the Actions secrets usage inference. */
  secretReferences?: () => Promise<WorkflowSecretReference[]>;
}

const INFERRED_USE_NOTE =
  'GitHub does not record when an Actions secret is read: its last use is inferred from the last successful run of a workflow that references it, and is unknown when no recent run does';

interface Plan {
  listings: ApiListing[];
  failures: string[];
  entry: SourceEntry;
  /** The workflow-run listing whose runs infer secret use, read by its own mapping. */
  runs?: { listing: ApiListing; references: WorkflowSecretReference[]; names: SecretNames };
  /** The oldest audit event fetched, for a truncated audit log's window. */
  oldest?: () => number | undefined;
}

/** Reads one live entry into `sink`. Never throws for API failures: they are in the result. */
export async function readLiveSource(
  entry: SourceEntry,
  reader: SourceReader,
  sink: RecordSink,
  options: LiveReadOptions,
): Promise<SourceResult> {
  const context = options.github;
  const scope = scopeOf(entry, context);
  let plan: Plan | string;
  if (typeof scope === 'string') plan = scope;
  else if (!context.token) {
    plan = `no token to read the GitHub API (${context.apiUrl}): set GITHUB_TOKEN, or give the Action a token with the permission this source needs`;
  } else plan = await planFor(entry, scope, await createClient(context), options);

  const failures = typeof plan === 'string' ? [plan] : plan.failures;
  const readEntry = typeof plan === 'string' ? entry : plan.entry;
  const listings = typeof plan === 'string' ? [] : plan.listings;
  const runs = typeof plan === 'string' ? undefined : plan.runs;
  const files: ListingFile[] = listings.map((listing) => listing.file());
  if (runs) files.push(runs.listing.file());

  const live: SourceReader = {
    ...reader,
    async read(ctx) {
      const listing = (ctx.file as ListingFile).listing;
      if (runs && listing === runs.listing) {
        await inferSecretUse(listing, runs.references, runs.names, ctx.sink, ctx.coverage);
        return;
      }
      const scoped = listing.options
        ? { ...ctx.entry, options: { ...ctx.entry.options, ...listing.options } }
        : ctx.entry;
      const coverage = {
        ...ctx.coverage,
        blindSpot: (text: string) =>
          ctx.coverage.blindSpot(runs && text.startsWith(SECRET_USE_UNKNOWN) ? INFERRED_USE_NOTE : text),
      };
      await reader.read({ ...ctx, entry: scoped, coverage });
    },
  };
  const answeredAt = options.now;
  const result = await readSource(readEntry, live, sink, {
    workspace: options.workspace,
    now: options.now,
    live: { files, answeredAt },
  });

  for (const listing of [...listings, ...(runs ? [runs.listing] : [])]) {
    if (listing.failure) failures.push(listing.failure);
  }
  const truncated = listings.find((listing) => listing.truncated);
  const oldest = typeof plan === 'string' ? undefined : plan.oldest?.();
  if (truncated && oldest !== undefined && (result.windowFrom === undefined || oldest > result.windowFrom)) {
    // Not every page was read: the log covers only back to the oldest event that was.
    result.windowFrom = oldest;
    result.summary.window.from = iso(oldest);
    result.summary.blindSpots = [
      ...(result.summary.blindSpots ?? []),
      `only the newest ${MAX_AUDIT_PAGES} pages were read: the window starts at the oldest event read`,
    ];
  }
  if (failures.length > 0) {
    result.summary.failure = failures.join('; ');
    // An event log that missed pages cannot prove silence; a snapshot that listed nothing proves nothing.
    result.failed = result.coverage === 'events' || result.summary.accepted === 0;
  }
  return result;
}

async function planFor(
  entry: SourceEntry,
  scope: LiveScope,
  client: GitHubClient,
  options: LiveReadOptions,
): Promise<Plan | string> {
  const one = (endpoint: Endpoint | string, listingOptions?: Record<string, unknown>): Plan | string =>
    typeof endpoint === 'string'
      ? endpoint
      : { listings: [new ApiListing(client, endpoint, { options: listingOptions })], failures: [], entry };
  switch (entry.type) {
    case 'github-deploy-keys':
      return one(deployKeysEndpoint(scope), scope.repository && { repository: scope.repository.fullName });
    case 'github-pats':
      return one(patsEndpoint(scope));
    case 'github-app-installations':
      return one(installationsEndpoint(scope));
    case 'github-audit-log':
      return auditPlan(entry, scope, client, options.now);
    case 'github-actions-secrets':
      return secretsPlan(entry, scope, client, options);
    default:
      return `${entry.type} cannot be read live; give it a path`;
  }
}

function auditPlan(entry: SourceEntry, scope: LiveScope, client: GitHubClient, now: number): Plan | string {
  // The query asks for exactly the window the source will claim to cover.
  const windowed: SourceEntry =
    entry.since === undefined && entry.window === undefined
      ? { ...entry, window: DEFAULT_AUDIT_WINDOW }
      : entry;
  const since = windowed.since ?? (windowed.until ?? now) - windowed.window!;
  const endpoint = auditLogEndpoint(scope, since);
  if (typeof endpoint === 'string') return endpoint;
  let oldest: number | undefined;
  const listing = new ApiListing(client, endpoint, {
    maxPages: MAX_AUDIT_PAGES,
    onItem(item) {
      const at =
        typeof item === 'object' && item !== null
          ? (item as Record<string, unknown>)['@timestamp']
          : undefined;
      if (typeof at === 'number' && (oldest === undefined || at < oldest)) oldest = at;
    },
  });
  return { listings: [listing], failures: [], entry: windowed, oldest: () => oldest };
}

async function secretsPlan(
  entry: SourceEntry,
  scope: LiveScope,
  client: GitHubClient,
  options: LiveReadOptions,
): Promise<Plan | string> {
  const org = entry.options.org;
  const orgOnly = (org === true || typeof org === 'string') && entry.options.environment === undefined;
  if (orgOnly && !scope.org) return NO_ORGANIZATION;
  if (!orgOnly && !scope.repository) return NO_REPOSITORY;
  const names: SecretNames = { repository: new Set(), organization: new Set(), environments: new Map() };
  const { listings, failures } = await secretListings(client, scope, orgOnly, names);
  const plan: Plan = { listings, failures, entry };
  if (!orgOnly && options.secretReferences) {
    const references = await options.secretReferences();
    const listing = runsListing(client, scope, references);
    if (listing) plan.runs = { listing, references, names };
  }
  return plan;
}
