// The REST client of the live readers: Octokit with the retry plugin (server errors) and the
// throttling plugin (primary and secondary rate limits: a few retries, then a clear failure), one
// page at a time, following Link headers. Every failure becomes a sentence that names the endpoint and
// what it needs — the token permission, or the plan — never a stack trace and never the token.
import type { Octokit } from '@octokit/rest';
import { VERSION } from '../../version.js';
import type { LiveContext } from './context.js';

/** Retries of one request on a rate limit or a server error before the source gives up. */
export const MAX_RETRIES = 3;
/** A rate limit that resets later than this is not waited for: the source fails and says when it resets. */
export const MAX_RATE_LIMIT_WAIT_SECONDS = 120;
const REQUEST_TIMEOUT_MS = 60_000;

/** One listing endpoint, as a live source calls it. */
export interface Endpoint {
  /** The path with its parameters filled in: `/repos/acme/app/keys`. */
  path: string;
  query?: Record<string, string>;
  /** The key of the documented envelope that holds the items (`secrets`), for object responses. */
  envelope?: string;
  /** What the token needs: the permission (and, for classic tokens, the scope). */
  needs: string;
  /** The plan the endpoint exists on, when it is not every plan. */
  plan?: string;
}

export interface Page {
  items: unknown[];
  /** The next page's URL from the Link header. */
  next?: string;
}

export type GitHubClient = InstanceType<typeof Octokit>;

/**
 * Octokit with the two plugins, loaded on first use (once, in `liveOctokit`): a scan of files only,
 * most of them, does not pay for it.
 */
async function loadOctokit() {
  const [{ Octokit }, { retry }, { throttling }] = await Promise.all([
    import('@octokit/rest'),
    import('@octokit/plugin-retry'),
    import('@octokit/plugin-throttling'),
  ]);
  return Octokit.plugin(retry, throttling);
}
let liveOctokit: ReturnType<typeof loadOctokit> | undefined;

/** A client for `context`; the caller checks that a token is there. */
export async function createClient(context: LiveContext): Promise<GitHubClient> {
  const LiveOctokit = await (liveOctokit ??= loadOctokit());
  const scale = context.waitScale ?? 1;
  const giveUpOrWait = (retryAfter: number, _options: unknown, _octokit: unknown, retryCount: number) =>
    retryCount < MAX_RETRIES && retryAfter <= MAX_RATE_LIMIT_WAIT_SECONDS;
  return new LiveOctokit({
    auth: context.token,
    baseUrl: context.apiUrl,
    userAgent: `lastseen/${VERSION}`,
    log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
    request: { headers: { 'x-github-api-version': '2022-11-28' } },
    retry: {
      retries: MAX_RETRIES,
      retryAfterBaseValue: 1000 * scale,
      // Rate limits (403/429) are the throttling plugin's: retried there, with GitHub's own wait.
      doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
    },
    throttle: {
      onRateLimit: giveUpOrWait,
      onSecondaryRateLimit: giveUpOrWait,
      retryAfterBaseValue: 1000 * scale,
    },
  });
}

/** Fetches one page: the first from the endpoint, the rest from the Link header's next URL. */
export async function fetchPage(
  client: GitHubClient,
  endpoint: Endpoint,
  url: string | undefined,
): Promise<Page> {
  const signal = AbortSignal.timeout(REQUEST_TIMEOUT_MS);
  const response =
    url === undefined
      ? await client.request(`GET ${endpoint.path}`, {
          ...endpoint.query,
          per_page: 100,
          request: { signal },
        })
      : await client.request({ method: 'GET', url, request: { signal } });
  const data: unknown = response.data;
  let items: unknown[];
  if (Array.isArray(data)) items = data;
  else if (
    endpoint.envelope &&
    typeof data === 'object' &&
    data !== null &&
    Array.isArray((data as Record<string, unknown>)[endpoint.envelope])
  ) {
    items = (data as Record<string, unknown[]>)[endpoint.envelope];
  } else {
    throw Object.assign(
      new Error(`the response is not a list${endpoint.envelope ? ` (no "${endpoint.envelope}" array)` : ''}`),
      { shape: true },
    );
  }
  const next = nextLink(response.headers.link);
  return next === undefined ? { items } : { items, next };
}

/** The rel="next" URL of a Link header. */
export function nextLink(header: string | undefined): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(',')) {
    const match = /<([^>]+)>\s*;\s*rel="?([^";]+)"?/.exec(part.trim());
    if (match && match[2].split(/\s+/).includes('next')) return match[1];
  }
  return undefined;
}

interface HttpError {
  status?: number;
  message?: string;
  response?: { data?: unknown; headers?: Record<string, string | undefined> };
}

/** `GET /orgs/acme/audit-log?phrase=…`: how messages and reports name a listing. */
export function endpointLabel(endpoint: Endpoint): string {
  const query = endpoint.query ? `?${new URLSearchParams(endpoint.query).toString()}` : '';
  return `GET ${endpoint.path}${query}`;
}

/** Why a call failed, naming the endpoint and what it needs. */
export function explainFailure(endpoint: Endpoint, error: unknown): string {
  const where = endpointLabel(endpoint);
  const e = (typeof error === 'object' && error !== null ? error : {}) as HttpError;
  const data = e.response?.data;
  const said =
    typeof data === 'object' && data !== null && typeof (data as { message?: unknown }).message === 'string'
      ? (data as { message: string }).message
      : (e.message ?? String(error));
  const text = said.replace(/\s+/g, ' ').slice(0, 160);
  const headers = e.response?.headers ?? {};
  const rateLimited =
    e.status === 429 ||
    /rate limit/i.test(text) ||
    (e.status === 403 && headers['x-ratelimit-remaining'] === '0');
  if (rateLimited) {
    const reset = Number(headers['x-ratelimit-reset']);
    const when =
      Number.isFinite(reset) && reset > 0
        ? `; the limit resets at ${new Date(reset * 1000).toISOString()}`
        : '';
    return `${where}: rate limited (${e.status ?? '?'} ${text}); gave up after ${MAX_RETRIES} retries${when}`;
  }
  const needs = `needs ${endpoint.needs}${endpoint.plan ? `, on ${endpoint.plan}` : ''}`;
  switch (e.status) {
    case 401:
      return `${where}: 401 ${text}: the token is missing, expired or revoked`;
    case 403:
      return `${where}: 403 ${text}: the token ${needs}`;
    case 404:
      return `${where}: 404 ${text}: it does not exist, or the token cannot see it (${needs})`;
    default:
      if (e.status !== undefined) return `${where}: ${e.status} ${text}`;
      if (/abort|timeout/i.test(text)) return `${where}: no answer within ${REQUEST_TIMEOUT_MS / 1000} s`;
      return `${where}: ${text}`;
  }
}
