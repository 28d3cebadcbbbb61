// Hostile YAML in the inventory: each case is a clear ConfigurationError with its place, in bounded
// time and memory. The inventory is a file a pull request can change, read before anything else.
import { describe, expect, test } from 'vitest';
import { loadConfig, MAX_ALIAS_COUNT, MAX_CONFIG_BYTES, MAX_DEPTH } from '../../src/config/index.js';
import { userError, workspaceWith } from './pipeline.js';
import { leakedKinds, SECRETS } from './secrets.js';

/** The error a user sees for an inventory holding `content`, how long it took, and the heap it grew. */
async function load(content: string | Buffer): Promise<{ message: string; ms: number; heapMb: number }> {
  const workspace = workspaceWith({ 'lastseen.yml': content });
  const heap = process.memoryUsage().heapUsed;
  const started = performance.now();
  const message = await userError(loadConfig({ workspace }));
  return {
    message,
    ms: performance.now() - started,
    heapMb: Math.max(0, process.memoryUsage().heapUsed - heap) / 2 ** 20,
  };
}

const NESTED = `lastseen.yml:2:9: is nested more than ${MAX_DEPTH} levels deep, expected the shallow layout of lastseen.yml`;

describe('hostile YAML', () => {
  test('an alias bomb stops at the alias cap', async () => {
    const lines = ['version: 1', 'a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i < 12; i++)
      lines.push(
        `a${i}: &a${i} [${Array(9)
          .fill(`*a${i - 1}`)
          .join(', ')}]`,
      );
    const { message, ms } = await load(`${lines.join('\n')}\n`);
    expect(message).toBe(
      `lastseen.yml:1:1: expands aliases (*name) more than ${MAX_ALIAS_COUNT} times, expected a plain inventory`,
    );
    expect(ms).toBeLessThan(2_000);
  });

  test('5 MiB of flow brackets is refused while it is read, not after it exhausts memory', async () => {
    const { message, ms, heapMb } = await load(`version: 1\npolicy: ${'['.repeat(MAX_CONFIG_BYTES - 100)}\n`);
    expect(message).toMatch(
      new RegExp(`^lastseen\\.yml:2:\\d+: is nested more than ${MAX_DEPTH} levels deep`),
    );
    expect(ms).toBeLessThan(5_000);
    expect(heapMb).toBeLessThan(300);
  });

  test('compact block nesting on one line (- - - …) is refused the same way', async () => {
    const { message, ms, heapMb } = await load(`version: 1\npolicy:\n  ${'- '.repeat(2_000_000)}x\n`);
    expect(message).toMatch(
      new RegExp(`^lastseen\\.yml:3:\\d+: is nested more than ${MAX_DEPTH} levels deep`),
    );
    expect(ms).toBeLessThan(5_000);
    expect(heapMb).toBeLessThan(300);
  });

  test('nesting just past the limit names the place', async () => {
    const { message } = await load(`version: 1\npolicy: ${'['.repeat(40)}${']'.repeat(40)}\n`);
    expect(message).toBe(NESTED.replace(':2:9:', ':2:40:'));
  });

  test('deep block nesting by indentation is refused with its place', async () => {
    const lines = ['version: 1', 'policy:'];
    for (let i = 1; i < 2_000; i++) lines.push(`${' '.repeat(i * 2)}k${i}:`);
    const { message, ms } = await load(`${lines.join('\n')} 1\n`);
    // Indentation bounds this kind of nesting (5 MiB holds about 3,000 levels): the parser gives up on
    // its own, and says so, before the depth check sees the document.
    expect(message).toMatch(/^lastseen\.yml:\d+:\d+: is nested too deeply to read$/);
    expect(ms).toBeLessThan(5_000);
  });

  test('a file over the size cap is refused before it is parsed', async () => {
    const { message, ms } = await load(`version: 1\n# ${'x'.repeat(MAX_CONFIG_BYTES)}\n`);
    expect(message).toBe('lastseen.yml: larger than 5 MiB; an inventory this big is not plausible');
    expect(ms).toBeLessThan(1_000);
  });

  test('a huge scalar within the cap loads in bounded time', async () => {
    const purpose = 'x'.repeat(4 * 2 ** 20);
    const workspace = workspaceWith({
      'lastseen.yml': `version: 1\nidentities:\n  - { id: a, kind: secret, purpose: "${purpose}" }\n`,
    });
    const started = performance.now();
    const config = await loadConfig({ workspace });
    expect(config.identities[0].purpose).toHaveLength(purpose.length);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  test('an implicit key over 1024 characters is a YAML error', async () => {
    const { message } = await load(`version: 1\n${'k'.repeat(2_000_000)}: 1\n`);
    expect(message).toBe(
      'lastseen.yml:2:1: invalid YAML: The : indicator must be at most 1024 chars after the start of an implicit block mapping key',
    );
  });

  test('a duplicate key is refused on its second occurrence, at any depth', async () => {
    expect((await load('version: 1\nversion: 1\n')).message).toBe(
      'lastseen.yml:2:1: duplicate key "version", expected each key once in a mapping',
    );
    expect(
      (await load('version: 1\nidentities:\n  - { id: a, kind: secret, kind: api-token }\n')).message,
    ).toBe('lastseen.yml:3:28: duplicate key "kind", expected each key once in a mapping');
  });

  test('a duplicate key that is a pasted token is not echoed', async () => {
    const token = SECRETS['GitHub classic token'];
    const { message } = await load(`version: 1\n${token}: 1\n${token}: 2\n`);
    expect(message).toBe('lastseen.yml:3:1: duplicate key "ghp_****", expected each key once in a mapping');
    expect(leakedKinds(message)).toEqual([]);
  });

  test('a mapping of 50,000 keys is checked in linear time', async () => {
    const keys = Array.from({ length: 50_000 }, (_, i) => `k${i}: ${i}`);
    const { message, ms } = await load(`version: 1\n${keys.join('\n')}\nk7: again\n`);
    expect(message).toBe(`lastseen.yml:50002:1: duplicate key "k7", expected each key once in a mapping`);
    expect(ms).toBeLessThan(10_000);
    const unknown = await load(`version: 1\n${keys.join('\n')}\n`);
    expect(unknown.message).toMatch(/^lastseen\.yml:2:1: unknown key "k0" at the top level/);
    expect(unknown.ms).toBeLessThan(10_000);
  });
});

describe('bytes that are not YAML text', () => {
  test('bytes that are not UTF-8 are refused at their place', async () => {
    const bytes = Buffer.concat([
      Buffer.from('version: 1\nidentities:\n  - id: a'),
      Buffer.from([0xc3, 0x28, 0x0a]),
    ]);
    expect((await load(bytes)).message).toBe(
      'lastseen.yml:3:10: is not valid UTF-8, expected a YAML text file',
    );
  });

  test('a NUL byte is refused at its place', async () => {
    const bytes = Buffer.concat([Buffer.from('version: 1\nidentities:\n  - id: a'), Buffer.from([0, 0x0a])]);
    expect((await load(bytes)).message).toBe(
      'lastseen.yml:3:10: contains a NUL byte, expected a YAML text file',
    );
  });

  test('UTF-16 is refused as NUL bytes, not misread', async () => {
    expect((await load(Buffer.from('\ufeffversion: 1\n', 'utf16le'))).message).toBe(
      'lastseen.yml:1:4: contains a NUL byte, expected a YAML text file',
    );
  });

  test('a byte-order mark is dropped, so columns match the editor', async () => {
    const bytes = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from('version: 1\nidentities:\n  - { id: a, kind: secrett }\n'),
    ]);
    expect((await load(bytes)).message).toBe(
      'lastseen.yml:3:20: identities[0].kind is "secrett", did you mean "secret"?',
    );
    expect((await load(Buffer.from([0xef, 0xbb, 0xbf]))).message).toBe(
      'lastseen.yml:1:1: is empty, expected at least `version: 1`',
    );
  });

  test('random binary is refused without a crash', async () => {
    const bytes = Buffer.from(Array.from({ length: 5_000 }, (_, i) => (i * 7919 + 13) % 256));
    expect((await load(bytes)).message).toMatch(
      /^lastseen\.yml:\d+:\d+: (contains a NUL byte|is not valid UTF-8)/,
    );
  });
});
