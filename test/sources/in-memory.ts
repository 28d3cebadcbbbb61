// Runs a reader over text held in memory, for property tests: no files, every record counted.
import { Readable } from 'node:stream';
import type { SourceEntry } from '../../src/model/config.js';
import type { CredentialFact, PrincipalFact, RecordSink, UsageEvent } from '../../src/model/records.js';
import type { CoverageHints, SourceFile, SourceReader } from '../../src/sources/types.js';

export interface Counts {
  accepted: number;
  rejected: { line: number; reason: string }[];
  usage: UsageEvent[];
  credentials: CredentialFact[];
  principals: PrincipalFact[];
}

/** Reads `text` (split into `chunkSize`-byte chunks, to exercise chunk boundaries) with `reader`. */
export async function readText(
  reader: SourceReader,
  text: string | Buffer,
  options: Record<string, unknown> = {},
  chunkSize = 1 << 16,
): Promise<Counts> {
  const counts: Counts = { accepted: 0, rejected: [], usage: [], credentials: [], principals: [] };
  const sink: RecordSink = {
    usage: (event) => counts.usage.push(event),
    credential: (fact) => counts.credentials.push(fact),
    principal: (fact) => counts.principals.push(fact),
    reject: (line, reason) => counts.rejected.push({ line, reason }),
    accept: () => {
      counts.accepted++;
    },
  };
  const bytes = typeof text === 'string' ? Buffer.from(text) : text;
  const file: SourceFile = {
    absolutePath: '/memory/input',
    path: 'input',
    size: bytes.length,
    open: () => Readable.from(chunks(bytes, chunkSize)),
  };
  const entry: SourceEntry = {
    type: reader.type,
    baseDir: '/',
    options,
    location: { path: 'lastseen.yml', line: 1 },
  };
  const coverage: CoverageHints = { setGeneratedAt() {}, setWindowFrom() {}, observe() {}, blindSpot() {} };
  reader.validate?.(entry);
  await reader.read({ entry, file, sink, coverage, now: Date.parse('2026-11-25T12:00:00Z') });
  return counts;
}

/** Splits a buffer into pieces of at most `size` bytes (Readable.from would send it whole). */
export function chunks(bytes: Buffer, size: number): Buffer[] {
  const out: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) out.push(bytes.subarray(i, i + size));
  return out;
}
