// A local HTTP server on 127.0.0.1 that answers like the GitHub REST API: JSON bodies shaped like the
// documented responses, Link-header pagination, error bodies ({"message", "documentation_url"}) and
// rate-limit headers. Each route is a list of responses served in turn (the last one repeats).
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeResponse {
  status?: number;
  headers?: Record<string, string>;
  body: unknown;
}

export interface FakeGitHub {
  url: string;
  /** Every request: method, path with query, authorization header. */
  requests: { path: string; authorization?: string }[];
  /** Serves `pages` (each an item list or a body) at `path`, linked by rel="next". */
  pages(path: string, pages: unknown[], envelope?: string): void;
  /** Serves `responses` at `path` in turn; the last one repeats. */
  route(path: string, responses: FakeResponse[]): void;
  close(): Promise<void>;
}

export const DOCS = 'https://docs.github.com/rest';

/** An error body as GitHub writes it. */
export function error(status: number, message: string, headers: Record<string, string> = {}): FakeResponse {
  return { status, headers, body: { message, documentation_url: DOCS, status: String(status) } };
}

export async function startFakeGitHub(): Promise<FakeGitHub> {
  const routes = new Map<string, FakeResponse[]>();
  const served = new Map<string, number>();
  const requests: FakeGitHub['requests'] = [];
  const server: Server = createServer((request: IncomingMessage, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    requests.push({ path: `${url.pathname}${url.search}`, authorization: request.headers.authorization });
    const page = url.searchParams.get('page') ?? url.searchParams.get('after');
    const key = page ? `${url.pathname}#${page}` : url.pathname;
    const list = routes.get(key);
    if (!list) {
      response.writeHead(404, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ message: 'Not Found', documentation_url: DOCS, status: '404' }));
      return;
    }
    const n = served.get(key) ?? 0;
    served.set(key, n + 1);
    const answer = list[Math.min(n, list.length - 1)];
    response.writeHead(answer.status ?? 200, {
      'content-type': 'application/json; charset=utf-8',
      ...answer.headers,
    });
    response.end(JSON.stringify(answer.body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;
  return {
    url: base,
    requests,
    route(path, responses) {
      routes.set(path, responses);
    },
    pages(path, pages, envelope) {
      const cursor = path.endsWith('/audit-log') ? 'after' : 'page';
      pages.forEach((items, i) => {
        const headers: Record<string, string> = {};
        const links: string[] = [];
        if (i + 1 < pages.length)
          links.push(
            `<${base}${path}?per_page=100&${cursor}=${cursor === 'after' ? `c${i + 2}` : i + 2}>; rel="next"`,
          );
        if (i > 0)
          links.push(`<${base}${path}?per_page=100&${cursor}=${cursor === 'after' ? 'c1' : 1}>; rel="first"`);
        if (links.length) headers.link = links.join(', ');
        const body = envelope ? { total_count: pages.flat().length, [envelope]: items } : items;
        const key = i === 0 ? path : `${path}#${cursor === 'after' ? `c${i + 1}` : i + 1}`;
        routes.set(key, [{ headers, body }]);
      });
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
