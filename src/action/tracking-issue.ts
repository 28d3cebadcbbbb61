// The tracking issue of scheduled scans: one open issue while there are findings, found again by
// its label and hidden marker, edited in place on every run, and closed with a note once clean.
import type { Report } from '../model/report.js';
import { renderMarkdown } from '../report/markdown.js';
import type { GitHubApi, Issue } from './github.js';

export const ISSUE_MARKER = '<!-- lastseen:tracking-issue -->';
export const ISSUE_LABEL = 'lastseen';
/** GitHub rejects issue bodies over 65,536 characters. */
export const ISSUE_BUDGET = 65_536;

export type IssueOutcome =
  | { action: 'created' | 'updated' | 'closed'; number: number; url?: string }
  | { action: 'skipped'; reason: string };

export function issueTitle(report: Report): string {
  const s = report.summary;
  if (s.findings === 0) return 'lastseen: no findings in non-human identities';
  const plural = s.findings === 1 ? '' : 's';
  return `lastseen: ${s.findings} finding${plural} in non-human identities (${s.blocking} blocking)`;
}

export function issueBody(report: Report, detailsUrl?: string): string {
  return renderMarkdown(report, {
    budget: ISSUE_BUDGET,
    marker: ISSUE_MARKER,
    title: 'lastseen: scheduled scan',
    ...(detailsUrl ? { detailsUrl } : {}),
  });
}

/** The open tracking issue, if any: labelled, carrying the marker, and not a pull request. */
export function findTrackingIssue(issues: Issue[]): Issue | undefined {
  return issues
    .filter((issue) => !issue.pull_request && issue.body?.includes(ISSUE_MARKER))
    .sort((a, b) => a.number - b.number)[0];
}

/** Opens, updates or closes the tracking issue so it matches the report. */
export async function syncTrackingIssue(
  api: GitHubApi,
  report: Report,
  detailsUrl?: string,
): Promise<IssueOutcome> {
  const existing = findTrackingIssue(await api.openIssues(ISSUE_LABEL));
  const title = issueTitle(report);
  const body = issueBody(report, detailsUrl);
  if (report.summary.findings > 0) {
    if (existing) {
      const updated = await api.updateIssue(existing.number, { title, body });
      return { action: 'updated', number: existing.number, url: updated.html_url };
    }
    const created = await api.createIssue({ title, body, labels: [ISSUE_LABEL] });
    return { action: 'created', number: created.number, url: created.html_url };
  }
  if (!existing) return { action: 'skipped', reason: 'no findings and no open tracking issue' };
  const note = `All clear: the scan at ${report.now} found no findings${detailsUrl ? ` ([run](${detailsUrl}))` : ''}. Closing.`;
  await api.createIssueComment(existing.number, note, 'issue');
  const closed = await api.updateIssue(existing.number, {
    title,
    body,
    state: 'closed',
    state_reason: 'completed',
  });
  return { action: 'closed', number: existing.number, url: closed.html_url };
}
