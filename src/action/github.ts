// The few REST endpoints the Action uses, behind an interface so the comment and issue logic can be
// tested with an in-memory fake. Every failure names the endpoint and the permission it needs.
import { Octokit } from '@octokit/rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { VERSION } from '../version.js';
import type { PullRequestFile } from './changed-lines.js';

export interface IssueComment {
  id: number;
  body?: string | null;
  html_url?: string;
}

export interface Issue {
  number: number;
  title: string;
  body?: string | null;
  state: string;
  html_url?: string;
  /** Set on pull requests, which the issues API lists too. */
  pull_request?: unknown;
}

export interface IssueFields {
  title?: string;
  body?: string;
  labels?: string[];
  state?: 'open' | 'closed';
  state_reason?: 'completed' | 'not_planned' | 'reopened';
}

/** Whose permission a comment needs: a PR's conversation or an issue's. */
export type Thread = 'pull-request' | 'issue';

export interface GitHubApi {
  pullRequestFiles(pullNumber: number): Promise<PullRequestFile[]>;
  compareFiles(base: string, head: string): Promise<PullRequestFile[]>;
  issueComments(issueNumber: number, thread: Thread): Promise<IssueComment[]>;
  createIssueComment(issueNumber: number, body: string, thread: Thread): Promise<IssueComment>;
  updateIssueComment(commentId: number, body: string, thread: Thread): Promise<IssueComment>;
  openIssues(label: string): Promise<Issue[]>;
  createIssue(fields: IssueFields & { title: string }): Promise<Issue>;
  updateIssue(issueNumber: number, fields: IssueFields): Promise<Issue>;
}

/** A failed API call: which endpoint, what GitHub said, and the token permission it needs. */
export class GitHubApiError extends Error {
  override readonly name = 'GitHubApiError';
  constructor(
    readonly endpoint: string,
    readonly status: number,
    readonly permission: string,
    readonly write: boolean,
    detail: string,
  ) {
    super(
      `${endpoint} failed (${status}${detail ? `: ${detail}` : ''}); it needs a token with \`${permission}\`` +
        (write && (status === 403 || status === 404)
          ? ' (a pull request from a fork only ever gets a read-only token)'
          : ''),
    );
  }

  /** A write the token may not make: a fork's read-only token, or a workflow without the permission. */
  get forbidden(): boolean {
    return this.status === 401 || this.status === 403 || this.status === 404;
  }
}

function threadPermission(thread: Thread, access: 'read' | 'write'): string {
  return `${thread === 'pull-request' ? 'pull-requests' : 'issues'}: ${access}`;
}

interface RequestFailure {
  status: number;
  message?: string;
  response?: { data?: unknown };
}

/** Runs one call, turning an Octokit RequestError into a GitHubApiError. */
async function call<T>(
  endpoint: string,
  permission: string,
  write: boolean,
  fn: () => Promise<T>,
): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    const failure = error as RequestFailure;
    if (typeof failure?.status !== 'number') throw error;
    const data = failure.response?.data as { message?: unknown } | undefined;
    const detail = typeof data?.message === 'string' ? data.message : '';
    throw new GitHubApiError(endpoint, failure.status, permission, write, detail);
  }
}

export interface ClientOptions {
  token: string;
  apiUrl: string;
  owner: string;
  repo: string;
  /** Where rate-limit waits are reported. */
  log?(message: string): void;
}

const LastseenOctokit = Octokit.plugin(retry, throttling);

/** A GitHubApi on the REST API, with retries on server errors and waits on rate limits. */
export function createGitHubApi(options: ClientOptions): GitHubApi {
  const log = options.log ?? (() => {});
  const octokit = new LastseenOctokit({
    auth: options.token,
    baseUrl: options.apiUrl,
    userAgent: `lastseen/${VERSION}`,
    throttle: {
      onRateLimit: (retryAfter, request, _octokit, retryCount) => {
        log(`GitHub API rate limit on ${request.method} ${request.url}; retrying in ${retryAfter}s`);
        return retryCount < 2;
      },
      onSecondaryRateLimit: (retryAfter, request, _octokit, retryCount) => {
        log(
          `GitHub API secondary rate limit on ${request.method} ${request.url}; retrying in ${retryAfter}s`,
        );
        return retryCount < 1;
      },
    },
  });
  const { owner, repo } = options;
  const at = `/repos/${owner}/${repo}`;
  return {
    pullRequestFiles: (pullNumber) =>
      call(`GET ${at}/pulls/${pullNumber}/files`, 'pull-requests: read', false, () =>
        octokit.paginate(octokit.rest.pulls.listFiles, {
          owner,
          repo,
          pull_number: pullNumber,
          per_page: 100,
        }),
      ),
    compareFiles: (base, head) =>
      call(`GET ${at}/compare/${base}...${head}`, 'contents: read', false, async () => {
        const { data } = await octokit.rest.repos.compareCommitsWithBasehead({
          owner,
          repo,
          basehead: `${base}...${head}`,
        });
        return (data.files ?? []) as PullRequestFile[];
      }),
    issueComments: (issueNumber, thread) =>
      call(`GET ${at}/issues/${issueNumber}/comments`, threadPermission(thread, 'read'), false, () =>
        octokit.paginate(octokit.rest.issues.listComments, {
          owner,
          repo,
          issue_number: issueNumber,
          per_page: 100,
        }),
      ),
    createIssueComment: (issueNumber, body, thread) =>
      call(`POST ${at}/issues/${issueNumber}/comments`, threadPermission(thread, 'write'), true, async () => {
        const { data } = await octokit.rest.issues.createComment({
          owner,
          repo,
          issue_number: issueNumber,
          body,
        });
        return data;
      }),
    updateIssueComment: (commentId, body, thread) =>
      call(`PATCH ${at}/issues/comments/${commentId}`, threadPermission(thread, 'write'), true, async () => {
        const { data } = await octokit.rest.issues.updateComment({
          owner,
          repo,
          comment_id: commentId,
          body,
        });
        return data;
      }),
    openIssues: (label) =>
      call(`GET ${at}/issues?labels=${label}&state=open`, 'issues: read', false, () =>
        octokit.paginate(octokit.rest.issues.listForRepo, {
          owner,
          repo,
          labels: label,
          state: 'open',
          per_page: 100,
        }),
      ),
    createIssue: (fields) =>
      call(`POST ${at}/issues`, 'issues: write', true, async () => {
        const { data } = await octokit.rest.issues.create({ owner, repo, ...fields });
        return data;
      }),
    updateIssue: (issueNumber, fields) =>
      call(`PATCH ${at}/issues/${issueNumber}`, 'issues: write', true, async () => {
        const { data } = await octokit.rest.issues.update({
          owner,
          repo,
          issue_number: issueNumber,
          ...fields,
        });
        return data;
      }),
  };
}
