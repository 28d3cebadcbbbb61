// Every reader in the registry, fuzzed: mutated real exports, arbitrary JSON lines and raw bytes, read
// through the framework in chunks of any size. Whatever the input: no crash (only a user error with a
// message), no hang, every rejected record has a line inside the file and a short masked reason, and
// records read = accepted + rejected.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { isUserError } from '../../src/model/errors.js';
import { MAX_REASON_CHARS } from '../../src/sources/excerpt.js';
import { readerFor, sourceTypes } from '../../src/sources/registry.js';
import {
  CASE_TIMEOUT_MS,
  PROPERTY_TIMEOUT_MS,
  fixturesOf,
  mutated,
  PLANTED,
  PLANTED_MARKER,
  readThroughFramework,
  RUNS,
  SEED,
} from './harness.js';

/** Entry options a reader needs to read its fixtures (the generic readers take a mapping). */
const OPTIONS: Record<string, { fixtures?: string[]; options: Record<string, unknown> }> = {
  csv: {
    fixtures: ['events.csv'],
    options: {
      columns: { principal: 'actor', at: 'timestamp', action: 'event_name', credential: 'api_key_id' },
    },
  },
  jsonl: {
    fixtures: ['idp-events.jsonl'],
    options: { columns: { principal: 'actor.alternateId', at: 'published', action: 'eventType' } },
  },
  'aws-access-keys': { options: { account: '111122223333' } },
};

/** Objects shaped like the fixtures' records: their keys, with values of any JSON type (the planted token too). */
function jsonLines(texts: string[]): fc.Arbitrary<string> {
  const keys = new Set<string>();
  for (const text of texts)
    for (const match of text.matchAll(/"([A-Za-z_@][\w.@-]{0,40})"\s*:/g)) keys.add(match[1]);
  const key = fc.constantFrom(...(keys.size ? [...keys] : ['id']));
  const value = fc.oneof(
    fc.jsonValue({ maxDepth: 2 }),
    fc.constant(PLANTED),
    fc.constant('2026-11-20T10:00:00Z'),
  );
  const record = fc.dictionary(key, value, { maxKeys: 8 });
  return fc
    .array(record, { maxLength: 6 })
    .map((records) => records.map((r) => JSON.stringify(r)).join('\n'));
}

const lineCount = (text: string): number => text.split('\n').length;

describe.each(sourceTypes())('%s', (type) => {
  const reader = readerFor(type)!;
  const texts = fixturesOf(type, OPTIONS[type]?.fixtures);
  const options = OPTIONS[type]?.options ?? {};

  test(
    `${RUNS} hostile inputs: no crash, no hang, every rejection located and masked, every record counted`,
    async () => {
      const input = fc.oneof(
        { weight: 4, arbitrary: mutated(texts) },
        { weight: 2, arbitrary: jsonLines(texts) },
        { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
      );
      const chunkSize = fc.oneof(fc.constant(1 << 16), fc.integer({ min: 1, max: 64 }));
      await fc.assert(
        fc.asyncProperty(input, chunkSize, async (text, chunk) => {
          let run;
          try {
            run = await readThroughFramework(reader, text, options, chunk);
          } catch (error) {
            // A file of the wrong kind for its entry (a CSV without the mapped column) stops the scan
            // with a message; anything else is a crash.
            if (!isUserError(error)) throw error;
            expect(error.message.length).toBeGreaterThan(0);
            expect(error.message).not.toContain(PLANTED_MARKER);
            return;
          }
          const { summary } = run.result;
          expect(summary.records).toBe(summary.accepted + summary.rejected);
          expect(summary.accepted).toBe(run.accepts);
          expect(summary.rejected).toBe(run.rejects.length);
          const lines = lineCount(text);
          for (const { line, reason } of summary.errors) {
            expect(Number.isInteger(line) && line >= 1 && line <= lines + 1, `line ${line} of ${lines}`).toBe(
              true,
            );
            expect(reason.length).toBeGreaterThan(0);
            expect(reason.length).toBeLessThanOrEqual(MAX_REASON_CHARS);
            expect(reason).not.toContain(PLANTED_MARKER);
          }
          for (const event of run.usage) {
            expect(Number.isFinite(event.at)).toBe(true);
            expect(typeof event.principal === 'string' && event.principal.length > 0).toBe(true);
          }
        }),
        { seed: SEED, numRuns: RUNS, timeout: CASE_TIMEOUT_MS, endOnFailure: true },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});
