// Reads a GitHub audit-log file twice, into a UsageFold: once the fast way (a sink that takes
// summaries) and once the streaming way (the same sink without `summary`), for equality tests.
import path from 'node:path';
import type { SourceEntry } from '../../src/model/config.js';
import type { RecordSink } from '../../src/model/records.js';
import { githubAuditLogReader } from '../../src/sources/github-audit-log.js';
import { readSource } from '../../src/sources/read.js';
import { UsageFold } from '../../src/usage/fold.js';

export interface Folded {
  principals: unknown[];
  credentials: unknown[];
  summary: unknown;
}

/** Folds `files` (absolute paths under `workspace`) as one source entry. */
export async function foldAudit(workspace: string, pattern: string, fast: boolean): Promise<Folded> {
  const fold = new UsageFold();
  const entry: SourceEntry = {
    type: 'github-audit-log',
    path: pattern,
    baseDir: workspace,
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
        reject: (l, r) => inner.reject(l, r),
        accept: (n) => inner.accept(n),
      };
  const result = await readSource(entry, githubAuditLogReader, sink, {
    workspace,
    now: Date.parse('2026-11-25T12:00:00Z'),
  });
  return {
    principals: [...fold.principals.values()].map((p) => ({
      ...p,
      aliases: [...p.aliases],
      sources: [...p.sources],
      factSources: [...p.factSources],
      usage: p.usage.toStats(),
    })),
    credentials: [...fold.credentials.values()].map((c) => ({
      ...c,
      sources: [...c.sources],
      factSources: [...c.factSources],
      usage: c.usage.toStats(),
    })),
    summary: result.summary,
  };
}

export const here = (...parts: string[]): string => path.join(...parts);
