// An in-process stand-in for the GitHub REST API endpoints the Action calls, answering with bodies
// shaped like GitHub's documented responses and paginating with Link headers, on 127.0.0.1.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: Record<string, unknown> | null;
  authorization: string | undefined;
}

export interface FakeFile {
  filename: string;
  status: 'added' | 'modified' | 'removed' | 'renamed';
  additions: number;
  deletions: number;
  patch?: string;
}

interface Comment {
  id: number;
  body: string;
  created_at: string;
  updated_at: string;
}

interface Issue {
  id: number;
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  state_reason: string | null;
  labels: string[];
  pull_request?: Record<string, string>;
  closed_at: string | null;
}

const BOT = {
  login: 'github-actions[bot]',
  id: 41898282,
  node_id: 'MDM6Qm90NDE4OTgyODI=',
  type: 'Bot',
  site_admin: false,
};
const FORBIDDEN = { message: 'Resource not accessible by integration', status: '403' };

export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  readonly comments = new Map<number, Comment[]>();
  readonly issues: Issue[] = [];
  readonly pullFiles = new Map<number, FakeFile[]>();
  /** A fork's token under `pull_request`: every write is 403. */
  readOnly = false;
  /** Smaller than GitHub's 100 so that the Action must follow Link headers. */
  pageSize = 2;
  private nextId = 9000;
  private server: Server | undefined;
  url = '';

  constructor(
    readonly owner = 'acme',
    readonly repo = 'platform',
  ) {}

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      let raw = '';
      req.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
      req.on('end', () => this.handle(req, res, raw));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  /** Requests other than reads. */
  writes(): RecordedRequest[] {
    return this.requests.filter((request) => request.method !== 'GET');
  }

  addIssue(fields: { title: string; body: string; labels: string[]; pullRequest?: boolean }): Issue {
    const number = this.issues.length + 1;
    const issue: Issue = {
      id: this.nextId++,
      number,
      title: fields.title,
      body: fields.body,
      state: 'open',
      state_reason: null,
      labels: fields.labels,
      closed_at: null,
      ...(fields.pullRequest
        ? { pull_request: { url: `${this.url}/repos/${this.owner}/${this.repo}/pulls/${number}` } }
        : {}),
    };
    this.issues.push(issue);
    return issue;
  }

  private handle(req: IncomingMessage, res: ServerResponse, raw: string): void {
    const url = new URL(req.url ?? '/', this.url);
    let body: Record<string, unknown> | null = null;
    try {
      body = raw ? (JSON.parse(raw) as Record<string, unknown>) : null;
    } catch {
      return this.send(res, 400, { message: 'Problems parsing JSON' });
    }
    const request: RecordedRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      body,
      authorization: req.headers.authorization,
    };
    this.requests.push(request);
    const base = `/repos/${this.owner}/${this.repo}`;
    const route = (pattern: string) => new RegExp(`^${base}${pattern}$`).exec(url.pathname);
    if (request.method !== 'GET' && this.readOnly) return this.send(res, 403, FORBIDDEN);

    let match: RegExpExecArray | null;
    if (request.method === 'GET' && (match = route('/pulls/(\\d+)/files'))) {
      const files = (this.pullFiles.get(Number(match[1])) ?? []).map((file) => this.fileJson(file));
      return this.page(res, url, files);
    }
    if ((match = route('/issues/(\\d+)/comments'))) {
      const number = Number(match[1]);
      const list = this.comments.get(number) ?? [];
      if (request.method === 'GET')
        return this.page(
          res,
          url,
          list.map((comment) => this.commentJson(number, comment)),
        );
      if (request.method === 'POST') {
        const now = new Date().toISOString();
        const comment: Comment = {
          id: this.nextId++,
          body: String(body?.body ?? ''),
          created_at: now,
          updated_at: now,
        };
        this.comments.set(number, [...list, comment]);
        return this.send(res, 201, this.commentJson(number, comment));
      }
    }
    if (request.method === 'PATCH' && (match = route('/issues/comments/(\\d+)'))) {
      for (const [number, list] of this.comments) {
        const comment = list.find((c) => c.id === Number(match![1]));
        if (comment) {
          comment.body = String(body?.body ?? comment.body);
          comment.updated_at = new Date().toISOString();
          return this.send(res, 200, this.commentJson(number, comment));
        }
      }
      return this.send(res, 404, { message: 'Not Found' });
    }
    if (route('/issues')) {
      if (request.method === 'GET') {
        const state = url.searchParams.get('state') ?? 'open';
        const labels = (url.searchParams.get('labels') ?? '').split(',').filter(Boolean);
        const found = this.issues.filter(
          (issue) =>
            (state === 'all' || issue.state === state) &&
            labels.every((label) => issue.labels.includes(label)),
        );
        return this.page(
          res,
          url,
          found.map((issue) => this.issueJson(issue)),
        );
      }
      if (request.method === 'POST') {
        const labels = (body?.labels as string[] | undefined) ?? [];
        const issue = this.addIssue({ title: String(body?.title), body: String(body?.body ?? ''), labels });
        return this.send(res, 201, this.issueJson(issue));
      }
    }
    if (request.method === 'PATCH' && (match = route('/issues/(\\d+)'))) {
      const issue = this.issues.find((i) => i.number === Number(match![1]));
      if (!issue) return this.send(res, 404, { message: 'Not Found' });
      if (typeof body?.title === 'string') issue.title = body.title;
      if (typeof body?.body === 'string') issue.body = body.body;
      if (body?.state === 'closed' || body?.state === 'open') {
        issue.state = body.state;
        issue.state_reason = typeof body.state_reason === 'string' ? body.state_reason : null;
        issue.closed_at = body.state === 'closed' ? new Date().toISOString() : null;
      }
      return this.send(res, 200, this.issueJson(issue));
    }
    return this.send(res, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
  }

  /** One page of a list, with the Link header GitHub sends (next/last, prev/first). */
  private page(res: ServerResponse, url: URL, items: unknown[]): void {
    const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), this.pageSize);
    const page = Number(url.searchParams.get('page') ?? 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const link = (n: number, rel: string) => {
      const target = new URL(url.toString());
      target.searchParams.set('page', String(n));
      return `<${target.toString()}>; rel="${rel}"`;
    };
    const links: string[] = [];
    if (page > 1) links.push(link(page - 1, 'prev'), link(1, 'first'));
    if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
    this.send(
      res,
      200,
      items.slice((page - 1) * perPage, page * perPage),
      links.length ? { link: links.join(', ') } : {},
    );
  }

  private send(
    res: ServerResponse,
    status: number,
    data: unknown,
    headers: Record<string, string> = {},
  ): void {
    const payload =
      status >= 400 && data && typeof data === 'object' && !('documentation_url' in data)
        ? { ...data, documentation_url: 'https://docs.github.com/rest' }
        : data;
    res.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'x-github-api-version-selected': '2022-11-28',
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '4999',
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
      'x-ratelimit-resource': 'core',
      'x-ratelimit-used': '1',
      ...headers,
    });
    res.end(JSON.stringify(payload));
  }

  private fileJson(file: FakeFile) {
    const blob = `https://github.com/${this.owner}/${this.repo}/blob/9fceb02d0ae598e95dc970b74767f19372d61af8/${file.filename}`;
    return {
      sha: 'bbcd538c8e72b8c175046e27cc8f907076331401',
      filename: file.filename,
      status: file.status,
      additions: file.additions,
      deletions: file.deletions,
      changes: file.additions + file.deletions,
      blob_url: blob,
      raw_url: blob.replace('/blob/', '/raw/'),
      contents_url: `${this.url}/repos/${this.owner}/${this.repo}/contents/${file.filename}?ref=9fceb02d0ae598e95dc970b74767f19372d61af8`,
      ...(file.patch === undefined ? {} : { patch: file.patch }),
    };
  }

  private commentJson(issueNumber: number, comment: Comment) {
    return {
      id: comment.id,
      node_id: `IC_kwDOABCD${comment.id}`,
      url: `${this.url}/repos/${this.owner}/${this.repo}/issues/comments/${comment.id}`,
      html_url: `https://github.com/${this.owner}/${this.repo}/pull/${issueNumber}#issuecomment-${comment.id}`,
      issue_url: `${this.url}/repos/${this.owner}/${this.repo}/issues/${issueNumber}`,
      body: comment.body,
      user: BOT,
      created_at: comment.created_at,
      updated_at: comment.updated_at,
      author_association: 'NONE',
    };
  }

  private issueJson(issue: Issue) {
    return {
      id: issue.id,
      node_id: `I_kwDOABCD${issue.id}`,
      url: `${this.url}/repos/${this.owner}/${this.repo}/issues/${issue.number}`,
      repository_url: `${this.url}/repos/${this.owner}/${this.repo}`,
      html_url: `https://github.com/${this.owner}/${this.repo}/issues/${issue.number}`,
      number: issue.number,
      state: issue.state,
      state_reason: issue.state_reason,
      title: issue.title,
      body: issue.body,
      user: BOT,
      labels: issue.labels.map((name, i) => ({
        id: 208045946 + i,
        node_id: `MDU6TGFiZWwyMDgwNDU5NDY${i}`,
        url: `${this.url}/repos/${this.owner}/${this.repo}/labels/${name}`,
        name,
        color: 'f29513',
        default: false,
        description: null,
      })),
      locked: false,
      assignee: null,
      assignees: [],
      comments: (this.comments.get(issue.number) ?? []).length,
      created_at: '2026-11-25T06:00:00Z',
      updated_at: '2026-11-25T06:00:00Z',
      closed_at: issue.closed_at,
      author_association: 'NONE',
      ...(issue.pull_request ? { pull_request: issue.pull_request } : {}),
    };
  }
}
