// The pull request comment: one per PR, found again by a hidden marker and edited in place, so a
// busy PR never collects a comment per push, and a PR that becomes clean says so in the same place.
import type { Report } from '../model/report.js';
import { renderMarkdown } from '../report/markdown.js';
import type { GitHubApi, IssueComment } from './github.js';
import type { CommentPolicy } from './inputs.js';

export const COMMENT_MARKER = '<!-- lastseen:pr-comment -->';
/** GitHub rejects comment bodies over 65,536 characters. */
export const COMMENT_BUDGET = 65_536;

export type CommentOutcome =
  { action: 'created' | 'updated'; id: number; url?: string } | { action: 'skipped'; reason: string };

/** The comment's body: the report in Markdown, PR-scoped, marker first, within GitHub's limit. */
export function commentBody(report: Report, detailsUrl?: string): string {
  const footer = detailsUrl
    ? `<sub>[The workflow run](${detailsUrl}) has the annotations and the full summary.</sub>\n`
    : '';
  return (
    renderMarkdown(report, {
      budget: COMMENT_BUDGET - footer.length,
      marker: COMMENT_MARKER,
      pullRequest: true,
      title: 'lastseen: non-human identities',
      ...(detailsUrl ? { detailsUrl } : {}),
    }) + footer
  );
}

/** The comment this Action wrote earlier, if any (the oldest, should there be several). */
export function findMarkedComment(
  comments: IssueComment[],
  marker = COMMENT_MARKER,
): IssueComment | undefined {
  return comments.find((comment) => comment.body?.includes(marker));
}

/**
 * Creates or updates the PR comment. `on-findings` creates one only when the PR has findings of its
 * own, but always updates an existing one, so the "all clear" replaces the old list.
 */
export async function upsertPullRequestComment(
  api: GitHubApi,
  pullNumber: number,
  body: string,
  options: { policy: CommentPolicy; hasFindings: boolean },
): Promise<CommentOutcome> {
  if (options.policy === 'never') return { action: 'skipped', reason: 'comment: never' };
  const existing = findMarkedComment(await api.issueComments(pullNumber, 'pull-request'));
  if (existing) {
    const updated = await api.updateIssueComment(existing.id, body, 'pull-request');
    return { action: 'updated', id: updated.id ?? existing.id, url: updated.html_url };
  }
  if (options.policy === 'on-findings' && !options.hasFindings) {
    return {
      action: 'skipped',
      reason: 'no findings on the lines this pull request changes, and no earlier comment to update',
    };
  }
  const created = await api.createIssueComment(pullNumber, body, 'pull-request');
  return { action: 'created', id: created.id, url: created.html_url };
}
