// Word-wise byte compares and copies (byte-words.ts) against byte-by-byte ones: every length from 0 to
// 40 at every offset of a word, a difference at every position, and a view kept per buffer.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { copyBytes, hasByte, hasControl, sameBytes, wordsOf } from '../../src/sources/byte-words.js';

const view = (bytes: Uint8Array): DataView => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

describe('byte words', () => {
  it('tells equal runs of bytes from runs that differ in any one byte', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 40 }),
        fc.nat(7),
        fc.nat(7),
        fc.nat(39),
        (run, at, other, flip) => {
          const a = new Uint8Array(at + run.length + 4);
          const b = new Uint8Array(other + run.length + 4);
          a.set(run, at);
          b.set(run, other);
          expect(sameBytes(view(a), at, view(b), other, run.length)).toBe(true);
          if (run.length === 0) return;
          b[other + (flip % run.length)] ^= 0x80;
          expect(sameBytes(view(a), at, view(b), other, run.length)).toBe(false);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('copies exactly the run, touching no byte around it', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), fc.nat(7), fc.nat(7), (run, from, to) => {
        const source = new Uint8Array(from + run.length + 4).fill(0xaa);
        source.set(run, from);
        const target = new Uint8Array(to + run.length + 8).fill(0x55);
        copyBytes(view(source), from, view(target), to, run.length);
        const expected = new Uint8Array(target.length).fill(0x55);
        expected.set(run, to);
        expect(target).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
  });

  it('flags a word exactly when one of its bytes is one sought, or a control byte', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 4, maxLength: 4 }), (bytes) => {
        const x = view(bytes).getInt32(0, true);
        const has = (byte: number): boolean => bytes.includes(byte);
        expect(hasByte(x, 0x22222222, 0x5c5c5c5c) !== 0).toBe(has(0x22) || has(0x5c));
        expect(hasByte(x, 0x2c2c2c2c, 0x0a0a0a0a) !== 0).toBe(has(0x2c) || has(0x0a));
        expect(hasControl(x) !== 0).toBe(bytes.some((b) => b < 0x20));
      }),
      { numRuns: 5000 },
    );
  });

  it('views a subarray at its own offsets, and keeps the view of the last buffer asked for', () => {
    const bytes = Buffer.from('xxxxabcdefgh').subarray(4);
    const words = wordsOf(bytes);
    expect(words.getInt32(0, true)).toBe(Buffer.from('abcd').readInt32LE(0));
    expect(wordsOf(bytes)).toBe(words);
    expect(wordsOf(Buffer.from('abcd'))).not.toBe(words);
  });
});
