// The WebAssembly build of the JSON-lines scanner (wasm/json-scan.ts) against the JavaScript scanner,
// line by line: the same outcome and the same fields, wherever the line lies in its region and whatever
// bytes follow its end (a 16-byte load reads past it), and the committed json-scan.wasm is what its
// source builds to.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { ABSENT, FIELD_COUNT, Fields } from '../../src/sources/github-audit-fold.js';
import { scanJsonLine } from '../../src/sources/github-audit-json-scan.js';
import { inRegions } from '../../src/sources/github-audit-tail.js';
import { jsonScanner, REGION_BYTES } from '../../src/sources/json-scan-wasm.js';
import { READ_KEYS } from './github-audit-fast.helpers.js';

const scanner = jsonScanner()!;
const region = scanner?.chunkRegion();
afterAll(() => region && scanner.release(region));

/** Both scanners on `line` placed at `at` in the region, `after` written right behind it. */
function both(line: Buffer, at: number, after: Buffer) {
  region!.set(line, at);
  region!.set(after.subarray(0, Math.max(0, REGION_BYTES - at - line.length)), at + line.length);
  const own = new Fields();
  const js = scanJsonLine(region!, at, at + line.length, own);
  const inMemory = new Fields(scanner.buffer, scanner.fieldsAt(3));
  const wasm = scanner.scan(region!.byteOffset, at, at + line.length, inMemory.at);
  const fields = (f: Fields) =>
    Array.from({ length: FIELD_COUNT }, (_, slot) =>
      f.kind[slot] === ABSENT ? [ABSENT] : [f.kind[slot], f.start[slot], f.end[slot]],
    );
  return { js, wasm, jsFields: fields(own), wasmFields: fields(inMemory) };
}

const KEYS = [
  ...READ_KEYS,
  // Keys that share bytes with those, or none.
  'actors',
  'acto',
  'user_agen',
  '@timestamq',
  'xcreated_at',
  'org',
  '',
  'k\\"ey',
  'é',
];

const stringText = fc
  .array(
    fc.constantFrom(
      'a',
      'Z',
      '0',
      ' ',
      '\\"',
      '\\\\',
      '\\n',
      '\\u00e9',
      '\\u12',
      '\\x',
      '"',
      '\\',
      '\t',
      '\u0001',
      'é',
      '😀',
      '€',
    ),
    { maxLength: 40 },
  )
  .map((parts) => `"${parts.join('')}"`);
const numberText = fc.constantFrom(
  '0',
  '7',
  '1790548208862',
  '1790548208',
  '-1',
  '1.5',
  '1e3',
  '2E-2',
  '0123',
  '1234567890123456',
  '.5',
  '1.',
  '-',
  '1e',
);
const scalar = fc.oneof(
  stringText,
  numberText,
  fc.constantFrom('true', 'false', 'null', 'tru', 'nul', 'falsey'),
);
const value: fc.Arbitrary<string> = fc.letrec<{ value: string }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.array(tie('value'), { maxLength: 3 }).map((items) => `[${items.join(',')}]`),
    fc
      .array(fc.tuple(fc.constantFrom(...KEYS), tie('value')), { maxLength: 3 })
      .map((members) => `{${members.map(([k, v]) => `"${k}":${v}`).join(',')}}`),
  ),
})).value;
const space = fc.constantFrom('', '', '', ' ', '\t', '\r', ' \t ');
const record = fc
  .array(fc.tuple(space, fc.constantFrom(...KEYS), space, space, value, space), { maxLength: 14 })
  .map((members) => `{${members.map(([a, k, b, c, v, d]) => `${a}"${k}"${b}:${c}${v}${d}`).join(',')}}`);
/** A record, or one cut short, or with a byte changed: what an export damaged in transit holds. */
const line = fc.oneof(
  record,
  fc.tuple(record, fc.nat()).map(([r, n]) => r.slice(0, n % (r.length + 1))),
  fc
    .tuple(record, fc.nat(), fc.constantFrom('"', '\\', '{', '}', '[', ']', ',', ':', ' ', '\u0000', 'x'))
    .map(([r, n, c]) => {
      const at = n % (r.length + 1);
      return r.slice(0, at) + c + r.slice(at + 1);
    }),
  fc.constantFrom('', '   ', '\t', '[]', '"text"', '42', '{"a":1} x', ' {}', '{}'),
  // Nested as deep as the scanners go (64), and one deeper.
  fc
    .tuple(fc.constantFrom(63, 64, 65), fc.boolean())
    .map(([depth, objects]) =>
      objects
        ? `{"a":${'{"b":'.repeat(depth - 1)}1${'}'.repeat(depth - 1)},"action":"x"}`
        : `{"a":${'['.repeat(depth)}${']'.repeat(depth)},"action":"x"}`,
    ),
);
const after = fc
  .array(fc.constantFrom('"', '}', ']', '\\', ',', 'a', ' ', '\n', '\u0001'), {
    minLength: 16,
    maxLength: 16,
  })
  .map((parts) => Buffer.from(parts.join('')));

describe('the WebAssembly JSON-lines scanner', () => {
  it('loads: the committed json-scan.wasm, with WebAssembly SIMD', () => {
    expect(scanner).not.toBeNull();
    expect(region?.length).toBe(REGION_BYTES);
  });

  it('gives every line the outcome and fields the JavaScript scanner gives it', () => {
    fc.assert(
      fc.property(line, fc.nat({ max: 40 }), fc.boolean(), after, (text, shift, atEnd, behind) => {
        const bytes = Buffer.from(text);
        // At the start of the region, or ending at its very end (the slack after it then holds `behind`
        // only as far as the region goes).
        const at = atEnd ? REGION_BYTES - bytes.length - (shift % 4) : shift;
        const r = both(bytes, at, behind);
        expect(r.wasm).toBe(r.js);
        if (r.js === 0) expect(r.wasmFields).toEqual(r.jsFields);
      }),
      { numRuns: 4000 },
    );
  });

  it('reads a real export line field by field', () => {
    const text =
      '{"@timestamp":1781670843918,"_document_id":"dni5nwf7hBWLJR9vD2iZq6","action":"workflows.completed_workflow_run","actor":"svc-data-975","actor_location":{"country_code":"CA"},"hashed_token":"CjGvlZTinm7PKdGYr0J313w17R2zvzFV6a5+7DEzBAx=","programmatic_access_type":"Personal access token (classic)","token_id":3000975,"user_agent":"Terraform/1.9.8 (+https://www.terraform.io)"}';
    const r = both(Buffer.from(text), 5, Buffer.from('"}"}"}"}"}"}"}"}'));
    expect(r.wasm).toBe(0);
    expect(r.wasmFields).toEqual(r.jsFields);
    // The action's range, as the fold reads it.
    const [, start, end] = r.wasmFields[1];
    expect(region!.toString('utf8', start, end)).toBe('workflows.completed_workflow_run');
  });

  it("copies a stream's chunks into its region, every byte once and in order", async () => {
    // 2.5 regions' worth in chunks of 16 KiB and odd sizes, as a .gz stream hands them over.
    const whole = Buffer.alloc(REGION_BYTES * 2.5);
    for (let i = 0; i < whole.length; i++) whole[i] = (i * 7 + (i >> 12)) & 0xff;
    async function* stream() {
      for (let at = 0, k = 0; at < whole.length; k++) {
        const size = k % 3 === 0 ? 16_384 : 1 + ((k * 7919) % 40_000);
        yield whole.subarray(at, Math.min(whole.length, at + size));
        at += size;
      }
    }
    const seen: Buffer[] = [];
    const sizes: number[] = [];
    for await (const chunk of inRegions(stream())) {
      expect(chunk.buffer).toBe(scanner.buffer);
      seen.push(Buffer.from(chunk));
      sizes.push(chunk.length);
    }
    // Chunk by chunk, in the region (round and round: 2.5 regions' worth went through one).
    expect(sizes.length).toBeGreaterThan(100);
    expect(Buffer.concat(seen).equals(whole)).toBe(true);
  });

  it('is what wasm/json-scan.ts builds to (npm run wasm)', () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'lastseen-wasm-')), 'json-scan.wasm');
    execFileSync(process.execPath, ['scripts/build-wasm.mjs', out], {
      cwd: path.resolve(import.meta.dirname, '../..'),
    });
    expect(
      readFileSync(out).equals(readFileSync(new URL('../../src/sources/json-scan.wasm', import.meta.url))),
    ).toBe(true);
  }, 60_000);
});
