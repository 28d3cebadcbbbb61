// Whatever a user (or an attacker) writes into lastseen.yml, loading ends in a Config or in a user
// error with a place: never a TypeError, a RangeError or a stack trace.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { stringify } from 'yaml';
import { loadConfig } from '../../src/config/index.js';
import { isUserError } from '../../src/model/errors.js';
import { workspaceWith } from './workspace.js';

const workspace = workspaceWith({});

async function outcome(text: string): Promise<'loaded' | 'user error'> {
  writeFileSync(path.join(workspace, 'lastseen.yml'), text);
  try {
    await loadConfig({ workspace });
    return 'loaded';
  } catch (error) {
    if (!isUserError(error)) throw error;
    if (error.location) expect(error.location.line).toBeGreaterThanOrEqual(1);
    return 'user error';
  }
}

const KEYS = [
  'version',
  'policy',
  'sources',
  'people',
  'include',
  'discover',
  'identities',
  'id',
  'owner',
  'kind',
  'principals',
  'credentials',
  'suppress',
  'rule',
  'until',
  'reason',
  'by',
  'type',
  'path',
  'window',
  'columns',
  'inactive-after',
  'schedule',
  'cron',
  'licence',
  'cost',
  'stores',
  'reviewed',
  'on',
  '__proto__',
  'constructor',
];
const VALUES = [
  '1',
  '90d',
  '12w',
  '36h',
  '2026-02-30',
  '2027-01-15',
  '2026-11-24T06:00:00Z',
  'null',
  '~',
  'true',
  'yes',
  '[]',
  '{}',
  '"@acme/x"',
  'csv',
  'inactive',
  '&a x',
  '*a',
  '!!str 1',
  '!tag x',
  '"unterminated',
  "'q'",
  '|',
  '>-',
  '0x1F',
  '.inf',
  '-1',
];
const PUNCTUATION = [
  '\n',
  '\n  ',
  '\n    ',
  '- ',
  ': ',
  ', ',
  '[',
  ']',
  '{',
  '}',
  '#',
  '\t',
  '---\n',
  '? ',
  '\uFEFF',
  '\u0000',
  '\r\n',
];

const yamlish = fc
  .array(
    fc.oneof(
      fc.constantFrom(...KEYS),
      fc.constantFrom(...VALUES),
      fc.constantFrom(...PUNCTUATION),
      fc.string({ maxLength: 8, unit: 'binary' }),
    ),
    {
      maxLength: 60,
    },
  )
  .map((parts) => `version: 1\n${parts.join('')}`);

const leaf = fc.oneof(
  fc.constantFrom(...VALUES, ...KEYS),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.string({ maxLength: 12 }),
);
const shaped = fc
  .letrec((tie) => ({
    node: fc.oneof(
      { depthSize: 'small' },
      leaf,
      fc.array(tie('node'), { maxLength: 3 }),
      fc.dictionary(fc.constantFrom(...KEYS), tie('node'), { maxKeys: 4 }),
    ),
  }))
  .node.map((node) => stringify({ version: 1, identities: [node], policy: node, sources: [node] }));

test('arbitrary YAML-ish text never throws anything but a located user error', async () => {
  await fc.assert(
    fc.asyncProperty(yamlish, async (text) => {
      expect(['loaded', 'user error']).toContain(await outcome(text));
    }),
    { seed: 42, numRuns: 300 },
  );
});

test('arbitrary shapes in the right places never throw anything but a user error', async () => {
  await fc.assert(
    fc.asyncProperty(shaped, async (text) => {
      expect(['loaded', 'user error']).toContain(await outcome(text));
    }),
    { seed: 42, numRuns: 300 },
  );
});
