import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forEachLine } from '../../src/sources/lines.js';
import { chunks } from './in-memory.js';

async function lines(text: string | Buffer, chunkSize = 1 << 16, max?: number) {
  const seen: [number, string][] = [];
  const tooLong: [number, number][] = [];
  const bytes = typeof text === 'string' ? Buffer.from(text) : text;
  const count = await forEachLine(
    Readable.from(chunks(bytes, chunkSize)),
    { line: (line, n) => seen.push([n, line]), tooLong: (n, size) => tooLong.push([n, size]) },
    max,
  );
  return { seen, tooLong, count };
}

describe('forEachLine', () => {
  it('splits on LF and CRLF, with 1-based numbers, and reads a last line without a newline', async () => {
    expect((await lines('a\r\nb\nc')).seen).toEqual([
      [1, 'a'],
      [2, 'b'],
      [3, 'c'],
    ]);
  });

  it('keeps empty lines (so numbers stay right) and adds none after a final newline', async () => {
    const out = await lines('a\n\nb\n');
    expect(out.seen).toEqual([
      [1, 'a'],
      [2, ''],
      [3, 'b'],
    ]);
    expect(out.count).toBe(3);
  });

  it('drops a UTF-8 BOM at the start only', async () => {
    const text = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('a\n\uFEFFb\n')]);
    expect((await lines(text)).seen).toEqual([
      [1, 'a'],
      [2, '\uFEFFb'],
    ]);
  });

  it('joins a line, a CRLF and a multi-byte character split across chunks', async () => {
    const text = 'é€x\r\nsecond😀\r\n';
    for (const size of [1, 2, 3, 5]) {
      expect((await lines(text, size)).seen).toEqual([
        [1, 'é€x'],
        [2, 'second😀'],
      ]);
    }
  });

  it('reports a line over the limit with its number and size, and reads on', async () => {
    const long = 'x'.repeat(100);
    for (const size of [7, 1000]) {
      const out = await lines(`a\n${long}\r\nb\n${long}`, size, 50);
      expect(out.seen).toEqual([
        [1, 'a'],
        [3, 'b'],
      ]);
      expect(out.tooLong).toEqual([
        [2, 101],
        [4, 100],
      ]);
    }
  });

  it('gives the same lines whatever the chunk size', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.string({ maxLength: 10 }), { maxLength: 10 }),
        fc.integer({ min: 1, max: 20 }),
        fc.boolean(),
        async (parts, size, crlf) => {
          const text = parts.map((p) => p.replace(/[\r\n]/g, '')).join(crlf ? '\r\n' : '\n');
          const whole = await lines(text);
          const split = await lines(text, size);
          expect(split.seen).toEqual(whole.seen);
          expect(whole.seen.map(([, line]) => line).join('\n')).toBe(
            text
              .replace(/\r\n/g, '\n')
              .replace(/\n$/, '')
              .replace(/^\uFEFF/, ''),
          );
        },
      ),
      { seed: 42, numRuns: 300 },
    );
  });
});
