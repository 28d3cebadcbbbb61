// Shared by the fuzz suites: the seed and run count (fixed in CI, raised locally with FUZZ_RUNS and
// FUZZ_SEED, see docs/security.md and scripts/fuzz.mjs), mutations of real fixtures, and a reader run
// through the framework (read.ts) over text held in memory, split into chunks of a chosen size.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import type { SourceEntry } from '../../src/model/config.js';
import type { RecordSink, UsageEvent } from '../../src/model/records.js';
import { readSource, type SourceResult } from '../../src/sources/read.js';
import type { SourceFile, SourceReader } from '../../src/sources/types.js';

export const SEED = Number(process.env.FUZZ_SEED ?? 42);
/** Cases per property: a CI default that keeps the whole suite under a minute on two cores. */
export const RUNS = Number(process.env.FUZZ_RUNS ?? 1_500);
/** fast-check's own guard against a case that runs away: the suite fails instead of hanging. */
export const CASE_TIMEOUT_MS = 5_000;
/** vitest's limit for one property, which grows with the number of cases. */
export const PROPERTY_TIMEOUT_MS = Math.max(120_000, RUNS * 60);

export const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');

/** The text of the fixtures of a source type (a folder under test/fixtures): `names`, else all but .gz. */
export function fixturesOf(dir: string, names?: readonly string[]): string[] {
  return readdirSync(path.join(FIXTURES, dir))
    .filter((name) => !name.endsWith('.gz') && (names === undefined || names.includes(name)))
    .sort()
    .map((name) => readFileSync(path.join(FIXTURES, dir, name), 'utf8'));
}

/** A GitHub-token-shaped value planted in fuzzed input: no reason may ever quote it back. */
export const PLANTED = ['ghp', 'Fuzz0Planted1Token2Never3Echoed4Back5'].join('_');
export const PLANTED_MARKER = PLANTED.slice(12, 28);

const SNIPPETS = [
  '"',
  '""',
  ',',
  '\n',
  '\r\n',
  '\r',
  '{',
  '}',
  '[',
  ']',
  ':',
  '\\',
  '\u0000',
  '\uFEFF',
  '\uFFFD',
  'null',
  'true',
  '-1',
  '1e309',
  '0',
  '"N/A"',
  'not_supported',
  '1970-01-01T00:00:00Z',
  '2026-02-30T00:00:00Z',
  '2026-11-20T10:00:00-8:00',
  '9999-12-31T23:59:59.9999999Z',
  '{"__proto__":{"polluted":1}}',
  '"constructor"',
  PLANTED,
  `"${PLANTED}"`,
  'é',
  '😀',
  '\u2028',
];

type Mutation =
  | { op: 'insert'; at: number; text: string }
  | { op: 'delete'; at: number; length: number }
  | { op: 'truncate'; at: number }
  | { op: 'duplicate-line'; at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    op: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.oneof(
      fc.constantFrom(...SNIPPETS),
      fc.string({ maxLength: 12 }),
      fc.string({ unit: 'binary', maxLength: 8 }),
    ),
  }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('duplicate-line' as const), at: fc.nat() }),
);

function apply(text: string, change: Mutation): string {
  const at = text.length === 0 ? 0 : change.at % (text.length + 1);
  switch (change.op) {
    case 'insert':
      return text.slice(0, at) + change.text + text.slice(at);
    case 'delete':
      return text.slice(0, at) + text.slice(at + change.length);
    case 'truncate':
      return text.slice(0, at);
    case 'duplicate-line': {
      const lines = text.split('\n');
      const i = change.at % lines.length;
      lines.splice(i, 0, lines[i]);
      return lines.join('\n');
    }
  }
}

/** One of `texts`, with up to six mutations applied: real shapes, broken in the places parsers get wrong. */
export function mutated(texts: string[]): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom(...texts), fc.array(mutation, { minLength: 1, maxLength: 6 }))
    .map(([text, changes]) => changes.reduce(apply, text));
}

export interface ReaderRun {
  result: SourceResult;
  usage: UsageEvent[];
  /** Calls to sink.accept and sink.reject, counted here, apart from read.ts's own counts. */
  accepts: number;
  rejects: { line: number; reason: string }[];
}

/** Reads `text` as one file of an entry of `reader`'s type, through read.ts, in chunks of `chunkSize` bytes. */
export async function readThroughFramework(
  reader: SourceReader,
  text: string,
  options: Record<string, unknown>,
  chunkSize: number,
): Promise<ReaderRun> {
  const bytes = Buffer.from(text, 'utf8');
  const file: SourceFile = {
    absolutePath: '/fuzz/input',
    path: 'input',
    size: bytes.length,
    open() {
      const chunks: Buffer[] = [];
      for (let i = 0; i < bytes.length; i += chunkSize) chunks.push(bytes.subarray(i, i + chunkSize));
      return Readable.from(chunks, { objectMode: false });
    },
  };
  const entry: SourceEntry = {
    type: reader.type,
    path: 'input',
    baseDir: '/fuzz',
    options,
    location: { path: 'lastseen.yml', line: 3 },
  };
  reader.validate?.(entry);
  const run: Omit<ReaderRun, 'result'> = { usage: [], accepts: 0, rejects: [] };
  const sink: RecordSink = {
    usage: (event) => run.usage.push(event),
    credential() {},
    principal() {},
    reject: (line, reason) => run.rejects.push({ line, reason }),
    accept: () => {
      run.accepts++;
    },
  };
  const now = Date.parse('2026-11-25T12:00:00Z');
  // `live` hands the file in directly: the framework's counting, masking and tracking all run.
  const result = await readSource(entry, reader, sink, {
    workspace: '/fuzz',
    now,
    live: { files: [file], answeredAt: now },
  });
  return { ...run, result };
}
