// Where the live GitHub readers get their API, token and repository (DESIGN.md §7): the Action passes
// its token; the CLI reads GITHUB_TOKEN, GITHUB_API_URL (GitHub Enterprise Server) and
// GITHUB_REPOSITORY, as Actions sets them, and `--repo owner/name` overrides the repository.

/** What a live source needs to call the GitHub REST API. */
export interface LiveContext {
  /** A token; without one every live source fails (with a message), the scan goes on. */
  token?: string;
  /** The REST API root: https://api.github.com, or https://HOST/api/v3 on GitHub Enterprise Server. */
  apiUrl: string;
  /** owner/name: the default for repository-scoped sources and, by its owner, organization-scoped ones. */
  repository?: string;
  /**
   * Multiplies every wait the retry and rate-limit handling takes (1 = as GitHub asks). Tests shrink
   * it so that a retried 429 takes milliseconds.
   */
  waitScale?: number;
}

export const DEFAULT_API_URL = 'https://api.github.com';

/** The context Actions and the CLI share, read from the environment; `overrides` win. */
export function liveContextFromEnv(
  env: Record<string, string | undefined> = process.env,
  overrides: Partial<LiveContext> = {},
): LiveContext {
  const token = overrides.token ?? nonEmpty(env.GITHUB_TOKEN);
  const repository = overrides.repository ?? nonEmpty(env.GITHUB_REPOSITORY);
  return {
    apiUrl: (overrides.apiUrl ?? nonEmpty(env.GITHUB_API_URL) ?? DEFAULT_API_URL).replace(/\/+$/, ''),
    ...(token !== undefined && { token }),
    ...(repository !== undefined && { repository }),
    ...(overrides.waitScale !== undefined && { waitScale: overrides.waitScale }),
  };
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}
