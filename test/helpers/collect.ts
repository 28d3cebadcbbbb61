// Runs one reader over fixture files the way the pipeline does and collects what it yields.
import path from 'node:path';
import type { SourceEntry } from '../../src/model/config.js';
import type { CredentialFact, PrincipalFact, RecordSink, UsageEvent } from '../../src/model/records.js';
import { readSource, type SourceResult } from '../../src/sources/read.js';
import type { SourceReader } from '../../src/sources/types.js';

export const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');

export interface Collected {
  usage: UsageEvent[];
  credentials: CredentialFact[];
  principals: PrincipalFact[];
  rejected: { line: number; reason: string }[];
  accepted: number;
  result: SourceResult;
}

/** Reads `file` (relative to test/fixtures) with `reader`; `options` become the entry's options. */
export async function collect(
  reader: SourceReader,
  file: string,
  options: Record<string, unknown> = {},
  extra: Partial<SourceEntry> = {},
  now = Date.parse('2026-11-25T12:00:00Z'),
): Promise<Collected> {
  const out: Omit<Collected, 'result'> = {
    usage: [],
    credentials: [],
    principals: [],
    rejected: [],
    accepted: 0,
  };
  const sink: RecordSink = {
    usage: (e) => out.usage.push(e),
    credential: (f) => out.credentials.push(f),
    principal: (f) => out.principals.push(f),
    reject: (line, reason) => out.rejected.push({ line, reason }),
    accept: () => {
      out.accepted++;
    },
  };
  const entry: SourceEntry = {
    type: reader.type,
    path: file,
    baseDir: FIXTURES,
    options,
    location: { path: 'lastseen.yml', line: 1 },
    ...extra,
  };
  const result = await readSource(entry, reader, sink, { workspace: FIXTURES, now });
  return { ...out, result };
}
