// An in-memory GitHubApi for the comment and issue logic, failing on demand like a read-only token.
import type { PullRequestFile } from '../../src/action/changed-lines.js';
import {
  GitHubApiError,
  type GitHubApi,
  type Issue,
  type IssueComment,
  type IssueFields,
} from '../../src/action/github.js';

export class MemoryGitHub implements GitHubApi {
  comments = new Map<number, IssueComment[]>();
  issues: (Issue & { labels: string[] })[] = [];
  calls: string[] = [];
  readOnly = false;
  private nextId = 100;

  private write(endpoint: string, permission: string): void {
    this.calls.push(endpoint);
    if (this.readOnly)
      throw new GitHubApiError(endpoint, 403, permission, true, 'Resource not accessible by integration');
  }

  async pullRequestFiles(_pullNumber: number): Promise<PullRequestFile[]> {
    return [];
  }
  async compareFiles(_base: string, _head: string): Promise<PullRequestFile[]> {
    return [];
  }
  async issueComments(issueNumber: number) {
    this.calls.push(`GET comments ${issueNumber}`);
    return this.comments.get(issueNumber) ?? [];
  }
  async createIssueComment(issueNumber: number, body: string) {
    this.write(`POST comment ${issueNumber}`, 'pull-requests: write');
    const comment = {
      id: this.nextId++,
      body,
      html_url: `https://github.com/acme/platform/pull/${issueNumber}#issuecomment-${this.nextId}`,
    };
    this.comments.set(issueNumber, [...(this.comments.get(issueNumber) ?? []), comment]);
    return comment;
  }
  async updateIssueComment(commentId: number, body: string) {
    this.write(`PATCH comment ${commentId}`, 'pull-requests: write');
    for (const list of this.comments.values()) {
      const comment = list.find((c) => c.id === commentId);
      if (comment) {
        comment.body = body;
        return comment;
      }
    }
    throw new GitHubApiError(`PATCH comment ${commentId}`, 404, 'pull-requests: write', true, 'Not Found');
  }
  async openIssues(label: string) {
    this.calls.push(`GET issues ${label}`);
    return this.issues.filter((issue) => issue.state === 'open' && issue.labels.includes(label));
  }
  async createIssue(fields: IssueFields & { title: string }) {
    this.write('POST issue', 'issues: write');
    const issue = {
      number: this.issues.length + 1,
      title: fields.title,
      body: fields.body ?? '',
      state: 'open',
      labels: fields.labels ?? [],
    };
    this.issues.push(issue);
    return issue;
  }
  async updateIssue(issueNumber: number, fields: IssueFields) {
    this.write(`PATCH issue ${issueNumber}`, 'issues: write');
    const issue = this.issues.find((i) => i.number === issueNumber)!;
    Object.assign(issue, fields);
    return issue;
  }
}
