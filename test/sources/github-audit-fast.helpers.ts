// Reads GitHub audit-log files into a UsageFold two ways, for equality tests of the fast reader: the fast
// way (the fold's own sink, which takes summaries) and the streaming way (the same sink without
// `summary`, so the reader falls back to one UsageEvent per event).
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { SourceEntry } from '../../src/model/config.js';
import type { RecordSink } from '../../src/model/records.js';
import { readFast, type FastOptions } from '../../src/sources/github-audit-fast.js';
import { csvColumns, githubAuditLogReader } from '../../src/sources/github-audit-log.js';
import { IdWindow } from '../../src/sources/id-window.js';
import { readSource } from '../../src/sources/read.js';
import type { ReadContext } from '../../src/sources/types.js';
import { UsageFold } from '../../src/usage/fold.js';

export const NOW = Date.parse('2026-11-25T12:00:00Z');

/** The top-level keys of an audit-log event that the byte scanners read (github-audit-json-scan.ts). */
export const READ_KEYS = [
  '@timestamp',
  'created_at',
  'action',
  'actor',
  'user',
  '_document_id',
  'hashed_token',
  'token_id',
  'programmatic_access_type',
  'user_agent',
  'actor_is_bot',
  'operation_type',
];

/**
 * A fold as plain data, to compare with toEqual: every principal, dormant ones woken, by id (the fast
 * reader's dormant people join the fold when woken, so the order of entries is not the streaming one).
 */
export function plainFold(fold: UsageFold): { principals: unknown[]; credentials: unknown[] } {
  fold.wakeAll();
  const order = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  const byId = (a: { id: string }, b: { id: string }): number => order(a.id, b.id);
  const byPrincipalAndId = (a: { principal: string; id: string }, b: { principal: string; id: string }) =>
    order(a.principal, b.principal) || order(a.id, b.id);
  return {
    principals: [...fold.principals.values()].sort(byId).map((p) => ({
      ...p,
      aliases: [...p.aliases],
      sources: [...p.sources],
      factSources: [...p.factSources],
      usage: p.usage.toStats(),
    })),
    credentials: [...fold.credentials.values()].sort(byPrincipalAndId).map((c) => ({
      ...c,
      sources: [...c.sources],
      factSources: [...c.factSources],
      usage: c.usage.toStats(),
    })),
  };
}

/** Everything a scan learns from one github-audit-log entry over `pattern` (relative to `dir`). */
export async function foldAudit(dir: string, pattern: string, fast: boolean) {
  const fold = new UsageFold();
  const entry: SourceEntry = {
    type: 'github-audit-log',
    path: pattern,
    baseDir: dir,
    options: {},
    location: { path: 'lastseen.yml', line: 1 },
  };
  const inner = fold.sinkFor(0, 'github-audit-log test');
  const sink: RecordSink = fast
    ? inner
    : {
        usage: (e) => inner.usage(e),
        credential: (f) => inner.credential(f),
        principal: (f) => inner.principal(f),
        reject: (line, reason) => inner.reject(line, reason),
        accept: (note) => inner.accept(note),
      };
  const result = await readSource(entry, githubAuditLogReader, sink, { workspace: dir, now: NOW });
  return { ...plainFold(fold), summary: result.summary, generatedAt: result.generatedAt };
}

/** One file read with readFast alone, with a window of `capacity` ids (small, to split small files). */
export async function readFastOnly(file: string, capacity: number, options: FastOptions) {
  const fold = new UsageFold();
  const counts = { accepted: 0, duplicates: 0, ignored: 0, rejected: [] as [number, string][] };
  const times: number[] = [];
  const inner = fold.sinkFor(0, 'test');
  const sink: RecordSink = {
    ...inner,
    reject: (line, reason) => counts.rejected.push([line, reason]),
    accept: (note) => {
      if (note === 'duplicate') counts.duplicates++;
      else if (note === 'ignored') counts.ignored++;
      else counts.accepted++;
    },
    acceptMany: (count, note) => {
      if (note === 'duplicate') counts.duplicates += count;
      else if (note === 'ignored') counts.ignored += count;
      else counts.accepted += count;
    },
  };
  const ctx: ReadContext = {
    entry: {
      type: 'github-audit-log',
      path: file,
      baseDir: '/',
      options: {},
      location: { path: 'x', line: 1 },
    },
    file: {
      absolutePath: file,
      path: path.basename(file),
      size: statSync(file).size,
      open: () => Readable.from([]),
    },
    sink,
    coverage: {
      setGeneratedAt() {},
      setWindowFrom() {},
      observe: (t) => times.push(t),
      blindSpot() {},
    },
    now: NOW,
  };
  const window = new IdWindow(capacity);
  const kind = file.endsWith('.csv') ? 'csv' : 'json';
  const state = { window, apps: new Set<string>(), users: new Set<string>() };
  const how = await readFast(ctx, state, kind, (header) => csvColumns(header, ctx), options);
  return { how, ...plainFold(fold), counts, span: [Math.min(...times), Math.max(...times)] };
}

export function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'lastseen-fast-'));
}
