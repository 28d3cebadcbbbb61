// Runs a reader's read() directly over text held in memory: no framework in between, so a property
// test sees any exception the reader throws and every record it counts.
import { Readable } from 'node:stream';
import type { SourceEntry } from '../../src/model/config.js';
import type { CredentialFact, PrincipalFact, RecordSink, UsageEvent } from '../../src/model/records.js';
import type { CoverageHints, SourceReader } from '../../src/sources/types.js';

export interface TextRead {
  accepted: number;
  rejected: { line: number; reason: string }[];
  usage: UsageEvent[];
  credentials: CredentialFact[];
  principals: PrincipalFact[];
}

/** Reads `text` as one input file of a fresh source entry with the given options. */
export async function readText(
  reader: SourceReader,
  text: string,
  options: Record<string, unknown> = {},
  now = Date.parse('2026-11-25T12:00:00Z'),
): Promise<TextRead> {
  const out: TextRead = { accepted: 0, rejected: [], usage: [], credentials: [], principals: [] };
  const sink: RecordSink = {
    usage: (e) => out.usage.push(e),
    credential: (f) => out.credentials.push(f),
    principal: (f) => out.principals.push(f),
    reject: (line, reason) => out.rejected.push({ line, reason }),
    accept: () => {
      out.accepted++;
    },
  };
  const coverage: CoverageHints = { setGeneratedAt() {}, setWindowFrom() {}, observe() {}, blindSpot() {} };
  const entry: SourceEntry = {
    type: reader.type,
    path: 'input.json',
    baseDir: '/',
    options,
    location: { path: 'lastseen.yml', line: 1 },
  };
  const bytes = Buffer.from(text, 'utf8');
  const file = {
    absolutePath: '/input.json',
    path: 'input.json',
    size: bytes.length,
    open: () => Readable.from([bytes]),
  };
  await reader.read({ entry, file, sink, coverage, now });
  return out;
}
