import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/model/errors.js';
import { browserOf, meaningOf, principalOf, type AuditEvent } from '../../src/sources/github-audit-events.js';
import { openSourceFile } from '../../src/sources/files.js';
import { githubAuditLogReader as reader, howToRead, RecentIds } from '../../src/sources/github-audit-log.js';
import type { ReadContext } from '../../src/sources/types.js';
import { collect, FIXTURES } from '../helpers/collect.js';
import { readText } from './in-memory.js';

const t = (iso: string): number => Date.parse(iso);

/** The line where the JSON object holding `documentId` opens, in a pretty-printed fixture. */
function lineOf(file: string, documentId: string): number {
  const text = readFileSync(path.join(FIXTURES, 'github-audit-log', file), 'utf8');
  const open = text.lastIndexOf('{', text.indexOf(`"${documentId}"`));
  return text.slice(0, open).split('\n').length;
}

describe('github-audit-log', () => {
  it('reads the web JSON export: one record per event, duplicates once, bad events rejected', async () => {
    const out = await collect(reader, 'github-audit-log/web-export.json');
    expect(out.result.summary.records).toBe(13);
    expect(out.accepted).toBe(12);
    expect(out.result.summary.duplicates).toBe(1);
    expect(out.rejected).toEqual([
      { line: lineOf('web-export.json', 'Ab12-bad-time'), reason: '@timestamp is not a time' },
    ]);
    expect(out.usage).toHaveLength(10);
    expect(out.result.platform).toBe('github');
    expect(out.result.coverage).toBe('events');
  });

  it('attributes a token-authenticated clone to the actor and its token', async () => {
    const out = await collect(reader, 'github-audit-log/web-export.json');
    const clone = out.usage.find((e) => e.action === 'git.clone');
    expect(clone).toEqual({
      principal: 'deploy-bot',
      credential: 'token:3001',
      at: t('2026-11-21T03:00:00Z'),
      action: 'git.clone',
      meaningful: true,
      ok: true,
      line: lineOf('web-export.json', 'Ab2-git-clone'),
    });
  });

  it('names GitHub App bots app:<slug> with their [bot] login as alias', async () => {
    const out = await collect(reader, 'github-audit-log/web-export.json');
    expect(out.principals.filter((p) => p.kind === 'github-app')).toEqual([
      {
        principal: 'app:release-drafter',
        aliases: ['release-drafter[bot]'],
        kind: 'github-app',
        line: lineOf('web-export.json', 'Ab4-app-pr'),
      },
      {
        principal: 'app:github-actions',
        aliases: ['github-actions[bot]'],
        kind: 'github-app',
        outOfScope: true,
        line: lineOf('web-export.json', 'Ab3-workflow'),
      },
    ]);
    // User accounts (people or machine users: the log cannot tell) are subjects only when claimed.
    expect(out.principals.filter((p) => p.kind === 'user').every((p) => p.outOfScope === true)).toBe(true);
    expect(out.principals.filter((p) => p.kind === 'user').length).toBeGreaterThan(0);
    const pr = out.usage.find((e) => e.action === 'pull_request.create');
    expect(pr).toMatchObject({ principal: 'app:release-drafter', meaningful: true, ok: true });
    expect(pr?.interactive).toBeUndefined();
  });

  it('tells use from logins, lifecycle, failures and web sessions', async () => {
    const out = await collect(reader, 'github-audit-log/web-export.json');
    const by = (action: string, actor: string) =>
      out.usage.find((e) => e.action === action && e.principal === actor);
    expect(by('repo.create', 'alice')).toMatchObject({
      meaningful: true,
      interactive: true,
      detail: 'web UI in Chrome',
      ok: true,
    });
    expect(by('oauth_authorization.create', 'deploy-bot')).toMatchObject({
      meaningful: false,
      login: true,
      ok: true,
    });
    // Token lifecycle: the token_id is the token acted on, never a use of it.
    const request = by('personal_access_token.request_created', 'deploy-bot');
    expect(request).toMatchObject({ meaningful: false, ok: true });
    expect(request?.credential).toBeUndefined();
    expect(request?.login).toBeUndefined();
    // An owner approving someone else's token acts on another account: that is the owner's use.
    expect(by('personal_access_token.access_granted', 'org-admin')).toMatchObject({ meaningful: true });
    expect(by('personal_access_token.access_granted', 'org-admin')?.credential).toBeUndefined();
    expect(by('org.add_member', 'new-member')).toMatchObject({ meaningful: false, ok: true });
    expect(by('org.add_member', 'terraform-bot')).toMatchObject({
      meaningful: true,
      credential: 'token:3100',
    });
    expect(by('protected_branch.rejected_ref_update', 'deploy-bot')).toMatchObject({
      meaningful: false,
      ok: false,
    });
  });

  it('counts a system event without an actor as read but nobody’s use', async () => {
    const out = await collect(reader, 'github-audit-log/web-export.json');
    expect(out.usage.some((e) => e.action === 'org.update_default_repository_permission')).toBe(false);
    // Its time still bounds the data: it is the newest event.
    expect(out.result.summary.generatedAt).toBe('2026-11-23T02:00:00.000Z');
  });

  it('reads the CSV export by header name, to the same events', async () => {
    const json = await collect(reader, 'github-audit-log/web-export.json');
    const csv = await collect(reader, 'github-audit-log/web-export.csv');
    expect(csv.rejected).toEqual([]);
    expect(csv.result.summary.duplicates).toBe(1);
    const strip = (events: typeof json.usage) => events.map(({ line: _line, ...rest }) => rest);
    expect(strip(csv.usage)).toEqual(strip(json.usage));
    expect(csv.usage.find((e) => e.action === 'git.clone')?.line).toBe(10);
  });

  it('reads gh api --paginate output (arrays back to back) and drops the repeated event', async () => {
    const out = await collect(reader, 'github-audit-log/api-pages.json');
    expect(out.rejected).toEqual([]);
    expect(out.result.summary.records).toBe(4);
    expect(out.result.summary.duplicates).toBe(1);
    expect(out.usage.map((e) => `${e.principal} ${e.action}`)).toEqual([
      'deploy-bot git.push',
      'alice repo.add_topic',
      'app:release-drafter issue.destroy',
    ]);
  });

  it('reads JSON lines, rejecting the one broken line and keeping the rest', async () => {
    const out = await collect(reader, 'github-audit-log/stream.jsonl');
    expect(out.accepted).toBe(2);
    expect(out.rejected).toHaveLength(1);
    expect(out.rejected[0].line).toBe(2);
    expect(out.rejected[0].reason).toMatch(/^not valid JSON/);
    expect(out.rejected[0].reason).not.toContain('repo.create');
  });

  it('counts an event repeated across overlapping export files once', async () => {
    const out = await collect(reader, 'github-audit-log/overlap-*.json');
    expect(out.result.summary.files).toEqual([
      'github-audit-log/overlap-a.json',
      'github-audit-log/overlap-b.json',
    ]);
    expect(out.result.summary.records).toBe(4);
    expect(out.result.summary.duplicates).toBe(1);
    expect(out.usage).toHaveLength(3);
    // A second scan of the same entry starts afresh.
    const again = await collect(reader, 'github-audit-log/overlap-*.json');
    expect(again.usage).toHaveLength(3);
  });

  it('takes the window from the entry, back from generated-at, and warns past 180 days', async () => {
    const generatedAt = t('2026-11-24T06:00:00Z');
    const out = await collect(
      reader,
      'github-audit-log/api-pages.json',
      {},
      { generatedAt, window: 365 * 86_400_000 },
    );
    expect(out.result.summary.window).toEqual({
      from: '2025-11-24T06:00:00.000Z',
      to: '2026-11-24T06:00:00.000Z',
    });
    expect(out.result.summary.blindSpots).toContain(
      'the window is longer than the 180 days GitHub keeps organization audit log events',
    );
  });

  it('refuses a CSV that is not an audit log export', async () => {
    await expect(readText(reader, 'name,email\nalice,a@example.com\n')).rejects.toThrow(InputError);
  });

  it('never crashes on arbitrary events, and every event is accepted or rejected', async () => {
    const field = fc.oneof(
      fc.constant(undefined),
      fc.constantFrom('repo.create', 'git.clone', 'org.add_member', 'oauth_authorization.create', 'x'),
      fc.string({ maxLength: 8 }),
      fc.integer(),
      fc.boolean(),
    );
    const event = fc.record(
      {
        '@timestamp': fc.oneof(fc.integer({ min: 0, max: 2e12 }), fc.string({ maxLength: 5 })),
        action: field,
        actor: fc.oneof(field, fc.constantFrom('alice', 'my-app[bot]', '[bot]')),
        user: field,
        _document_id: fc.constantFrom('a', 'b', 'c', undefined),
        token_id: field,
        hashed_token: field,
        user_agent: fc.oneof(field, fc.constant('Mozilla/5.0 Firefox/120')),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(event, fc.integer(), fc.constant(null)), { maxLength: 10 }),
        fc.boolean(),
        async (events, lines) => {
          // JSON lines start with an object, or the file is read as CSV.
          if (lines && events.length > 0) events[0] = {};
          const text = lines ? events.map((e) => JSON.stringify(e)).join('\n') : JSON.stringify(events);
          const out = await readText(reader, text, {}, 29);
          expect(out.accepted + out.rejected.length).toBe(events.length);
          for (const rejected of out.rejected) {
            expect(rejected.line).toBeGreaterThan(0);
            expect(rejected.reason).not.toBe('');
          }
        },
      ),
      { seed: 42, numRuns: 300 },
    );
  });
});

describe('github audit event meaning', () => {
  const base: AuditEvent = { at: 0, action: 'repo.create', actor: 'alice', actorIsBot: false };

  it('reads operation_type authentication as a login', () => {
    expect(meaningOf({ ...base, action: 'org.sso_response', operationType: 'authentication' })).toMatchObject(
      {
        login: true,
        meaningful: false,
      },
    );
  });

  it('is interactive only for a browser without a token', () => {
    const ua =
      'Mozilla/5.0 (Macintosh) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Safari/605.1.15';
    expect(meaningOf({ ...base, userAgent: ua }).interactive).toBe('web UI in Safari');
    expect(meaningOf({ ...base, userAgent: ua, hashedToken: 'x' }).interactive).toBeUndefined();
    expect(meaningOf({ ...base, userAgent: 'git/2.43.0' }).interactive).toBeUndefined();
    expect(browserOf('curl/8.0')).toBeUndefined();
  });

  it('maps <slug>[bot] to app:<slug>', () => {
    expect(principalOf('dependabot[bot]')).toEqual({ principal: 'app:dependabot', app: 'dependabot' });
    expect(principalOf('octocat')).toEqual({ principal: 'octocat' });
  });

  it('remembers a bounded number of document ids', () => {
    const recent = new RecentIds(2);
    expect(recent.seenBefore('a')).toBe(false);
    expect(recent.seenBefore('b')).toBe(false);
    expect(recent.seenBefore('a')).toBe(true);
    expect(recent.seenBefore('c')).toBe(false); // evicts a
    expect(recent.seenBefore('a')).toBe(false);
  });
});

describe('github-audit-log: how a file is read', () => {
  it("decides from a plain file's first bytes exactly as from two streams of it", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lastseen-head-'));
    try {
      const event = (n: number) =>
        JSON.stringify({ '@timestamp': 1_790_000_000_000 + n, action: 'git.push', actor: `u${n}` });
      const lines = Array.from({ length: 50 }, (_, n) => event(n)).join('\n') + '\n';
      const files: Record<string, string | Buffer> = {
        'lines.jsonl': lines,
        // A first line longer than the 64 KiB read first: the stream's whole first chunk decides.
        'long-first-line.jsonl': `{"@timestamp":1790000000000,"action":"git.push","actor":"a","pad":"${'x'.repeat(100_000)}"}\n${lines}`,
        // A first line of more than the stream's first chunk (1 MiB): sniff reads it as JSON lines.
        'longer-than-a-chunk.jsonl': `{"pad":"${'y'.repeat(1_100_000)}"}\n${lines}`,
        // The same, opening a pretty-printed document: what follows its first line decides.
        'long-first-line.json': `{"pad":"${'x'.repeat(100_000)}",\n  "a": 1\n}\n`,
        'array.json': `[\n${lines.trimEnd().split('\n').join(',\n')}\n]\n`,
        'document.json': `{\n  "events": [\n    ${event(1)}\n  ]\n}\n`,
        'broken-first-line.jsonl': `{"@timestamp":\n${lines}`,
        // Blank for more than the first 256 bytes: the stream reads on to the next chunk.
        'blank-start.jsonl': `${' '.repeat(300)}\n${lines}`,
        'blank-chunk.jsonl': `${' '.repeat(1 << 20)}${lines}`,
        'export.csv': '@timestamp,action,actor\n1790000000000,git.push,a\n',
        'empty.json': '',
        'lines.jsonl.gz': gzipSync(lines),
      };
      for (const [name, content] of Object.entries(files)) {
        writeFileSync(path.join(dir, name), content);
        const file = openSourceFile(path.join(dir, name), dir);
        for (const summary of [() => undefined, undefined]) {
          const ctx = { file, sink: { summary } } as unknown as ReadContext;
          // A size that is not the file's: not read as a plain file on disk, so only streams decide.
          const streams = { ...ctx, file: { ...file, size: file.size + 1 } } as ReadContext;
          expect({ name, ...(await howToRead(ctx)) }).toEqual({ name, ...(await howToRead(streams)) });
        }
      }
      const decided = async (name: string) =>
        howToRead({
          file: openSourceFile(path.join(dir, name), dir),
          sink: { summary: () => undefined },
        } as unknown as ReadContext);
      expect(await decided('long-first-line.jsonl')).toEqual({ json: true, fast: true });
      expect(await decided('longer-than-a-chunk.jsonl')).toEqual({ json: true, fast: true });
      expect(await decided('document.json')).toEqual({ json: true, fast: false });
      expect(await decided('long-first-line.json')).toEqual({ json: true, fast: false });
      expect(await decided('array.json')).toEqual({ json: true, fast: false });
      expect(await decided('export.csv')).toEqual({ json: false, fast: true });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
