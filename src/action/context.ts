// The workflow run, as the runner describes it: environment variables and the event payload file.
// Read once at the edge and passed on as a value, so every decision below is testable without a runner.
import { readFileSync } from 'node:fs';
import { InputError } from '../model/errors.js';
import type { Mode } from './inputs.js';

export interface PullRequestContext {
  number: number;
  /** The PR's changed_files count, to tell when the files API stopped short. */
  changedFiles?: number;
  /** From a fork: the token is read-only under `pull_request`. */
  fork: boolean;
}

export interface MergeGroupContext {
  baseSha: string;
  headSha: string;
}

export interface ActionContext {
  eventName: string;
  owner: string;
  repo: string;
  workspace: string;
  apiUrl: string;
  /** The run's page, linked when a summary or comment is cut. */
  runUrl?: string;
  pullRequest?: PullRequestContext;
  mergeGroup?: MergeGroupContext;
}

type Env = Record<string, string | undefined>;

const PR_EVENTS = new Set(['pull_request', 'pull_request_target', 'merge_group']);

/** `auto` → `pr` for pull_request, pull_request_target and merge_group; `scan` for everything else. */
export function resolveMode(mode: Mode, eventName: string): 'pr' | 'scan' {
  if (mode !== 'auto') return mode;
  return PR_EVENTS.has(eventName) ? 'pr' : 'scan';
}

interface EventPayload {
  number?: number;
  pull_request?: {
    number?: number;
    changed_files?: number;
    head?: { repo?: { full_name?: string } | null };
    base?: { repo?: { full_name?: string } };
  };
  merge_group?: { base_sha?: string; head_sha?: string };
}

/** Reads the run's context from the runner's environment and event file. */
export function readContext(
  env: Env,
  readText: (path: string) => string = (p) => readFileSync(p, 'utf8'),
): ActionContext {
  const repository = env.GITHUB_REPOSITORY ?? '';
  const [owner, repo] = repository.split('/');
  if (!owner || !repo) {
    throw new InputError(
      `GITHUB_REPOSITORY is ${JSON.stringify(repository)}, not owner/name: is this running in GitHub Actions?`,
    );
  }
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const context: ActionContext = {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    owner,
    repo,
    workspace,
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
  };
  if (env.GITHUB_SERVER_URL && env.GITHUB_RUN_ID) {
    context.runUrl = `${env.GITHUB_SERVER_URL}/${repository}/actions/runs/${env.GITHUB_RUN_ID}`;
  }

  let event: EventPayload = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      event = JSON.parse(readText(env.GITHUB_EVENT_PATH)) as EventPayload;
    } catch (error) {
      throw new InputError(
        `cannot read the event payload ${env.GITHUB_EVENT_PATH}: ${(error as Error).message}`,
      );
    }
  }
  const pr = event.pull_request;
  const number = pr?.number ?? event.number;
  if (pr && typeof number === 'number') {
    const head = pr.head?.repo?.full_name;
    const base = pr.base?.repo?.full_name ?? repository;
    context.pullRequest = {
      number,
      ...(typeof pr.changed_files === 'number' ? { changedFiles: pr.changed_files } : {}),
      // A deleted fork has no head repository: still a fork.
      fork: head === undefined || head === null ? pr.head?.repo === null : head !== base,
    };
  }
  const group = event.merge_group;
  if (group?.base_sha && group.head_sha)
    context.mergeGroup = { baseSha: group.base_sha, headSha: group.head_sha };
  return context;
}
