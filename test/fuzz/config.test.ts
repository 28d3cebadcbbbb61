// The config loader, fuzzed: real inventories broken by mutation, and YAML made of hostile pieces
// (anchors, tags, flow and block nesting, duplicate keys, odd bytes). Whatever the text: a Config or a
// ConfigurationError/InputError with a line in the file, never anything else, never the planted token
// in a message, and no case slower than the harness allows.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { isUserError } from '../../src/model/errors.js';
import { tempDir } from '../hardening/pipeline.js';
import {
  CASE_TIMEOUT_MS,
  PROPERTY_TIMEOUT_MS,
  FIXTURES,
  mutated,
  PLANTED,
  PLANTED_MARKER,
  RUNS,
  SEED,
} from './harness.js';

const workspace = tempDir('lastseen-fuzz-config-');
const INVENTORIES = [
  readFileSync(path.join(FIXTURES, 'config/full-example/lastseen.yml'), 'utf8'),
  readFileSync(path.resolve(FIXTURES, '../../examples/demo/lastseen.yml'), 'utf8'),
];

async function check(text: string): Promise<void> {
  writeFileSync(path.join(workspace, 'lastseen.yml'), text);
  const lines = text.split('\n').length;
  try {
    await loadConfig({ workspace });
  } catch (error) {
    if (!isUserError(error)) throw error;
    expect(error.message.length).toBeGreaterThan(0);
    expect(error.message).not.toContain(PLANTED_MARKER);
    // An error about the inventory is placed in it; one about a file it names (a missing source) may not be.
    if (error.location?.path === 'lastseen.yml') {
      expect(error.location.line).toBeGreaterThanOrEqual(1);
      expect(error.location.line).toBeLessThanOrEqual(lines + 1);
    }
  }
}

/** Pieces of YAML that parsers get wrong, joined into lines at random indentation. */
const PIECES = [
  'version: 1',
  'identities:',
  'sources:',
  '- id: a',
  '- { id: b, kind: secret }',
  'kind: api-token',
  'owner: "@acme/x"',
  'principals: [a, b]',
  '&x [1, 2]',
  '*x',
  '<<: *x',
  '!!binary aGk=',
  '!secret value',
  '? complex',
  ': value',
  '---',
  '...',
  '%YAML 1.1',
  '[[[[',
  ']]]',
  '{a: {b: {c:',
  '- - - -',
  '"unterminated',
  "'single",
  '|',
  '>-',
  '#',
  'key: value # comment',
  'key: value',
  'key: value',
  `token: ${PLANTED}`,
  `${PLANTED}: 1`,
  `- ${PLANTED}`,
  '\t',
  '\u0000',
  '\uFEFF',
  'é: ü',
  '1e999: .nan',
  '2026-13-45',
  '__proto__: {polluted: 1}',
];

const pieced: fc.Arbitrary<string> = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 6 }), fc.constantFrom(...PIECES)), { maxLength: 30 })
  .map((lines) => lines.map(([indent, piece]) => `${' '.repeat(indent)}${piece}`).join('\n'));

describe('loadConfig', () => {
  test(
    `${RUNS} mutated inventories: a Config or a located user error`,
    async () => {
      await fc.assert(fc.asyncProperty(mutated(INVENTORIES), check), {
        seed: SEED,
        numRuns: RUNS,
        timeout: CASE_TIMEOUT_MS,
        endOnFailure: true,
      });
    },
    PROPERTY_TIMEOUT_MS,
  );

  test(
    `${RUNS} inventories of hostile YAML pieces: a Config or a located user error`,
    async () => {
      await fc.assert(fc.asyncProperty(pieced, check), {
        seed: SEED,
        numRuns: RUNS,
        timeout: CASE_TIMEOUT_MS,
        endOnFailure: true,
      });
    },
    PROPERTY_TIMEOUT_MS,
  );
});
