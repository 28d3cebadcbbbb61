import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonErrorOffset } from '../../src/sources/json-error.js';
import { forEachJsonRecord, shapeOf, shapeOfStart } from '../../src/sources/json.js';
import { chunks } from './in-memory.js';

async function records(text: string | Buffer, chunkSize = 1 << 16) {
  const out: { shape?: string; records: [number, unknown][]; errors: [number, string][] } = {
    records: [],
    errors: [],
  };
  const bytes = typeof text === 'string' ? Buffer.from(text) : text;
  out.shape = await forEachJsonRecord(() => Readable.from(chunks(bytes, chunkSize)), {
    record: (value, line) => out.records.push([line, value]),
    error: (line, reason) => out.errors.push([line, reason]),
  });
  return out;
}

describe('forEachJsonRecord', () => {
  it('streams a pretty-printed array, each element with the line it starts on', async () => {
    const text =
      '[\n  {\n    "a": 1,\n    "s": "with ] and } and \\" inside"\n  },\n  {"a": 2},\n  3,\n  "x",\n  [4, 5]\n]\n';
    for (const size of [1, 4, 1 << 16]) {
      const out = await records(text, size);
      expect(out.shape).toBe('array');
      expect(out.errors).toEqual([]);
      expect(out.records).toEqual([
        [2, { a: 1, s: 'with ] and } and " inside' }],
        [6, { a: 2 }],
        [7, 3],
        [8, 'x'],
        [9, [4, 5]],
      ]);
    }
  });

  it('reads arrays written back to back (gh api --paginate) as one stream of elements', async () => {
    const out = await records('[{"a":1},{"a":2}][{"a":3}]\n[]\n');
    expect(out.records.map(([, v]) => v)).toEqual([{ a: 1 }, { a: 2 }, { a: 3 }]);
    expect(out.errors).toEqual([]);
  });

  it('reports a truncated array at the element that is cut, keeping the ones before', async () => {
    const out = await records('[\n{"a":1},\n{"a":2,\n "b": [1,');
    expect(out.records).toEqual([[2, { a: 1 }]]);
    expect(out.errors).toEqual([[3, 'the JSON array ends before it is closed (truncated file?)']]);
  });

  it('reports data after the array once', async () => {
    const out = await records('[{"a":1}]\ngarbage\n');
    expect(out.records).toEqual([[1, { a: 1 }]]);
    expect(out.errors).toEqual([[2, 'unexpected data after the JSON array']]);
  });

  it('rejects a broken element of an array without losing its neighbours', async () => {
    const out = await records('[{"a":1},\n{"a":tru},\n{"a":3}]');
    expect(out.records.map(([, v]) => v)).toEqual([{ a: 1 }, { a: 3 }]);
    expect(out.errors).toEqual([[2, "not valid JSON: Unexpected token '}'"]]);
  });

  it('reads JSON lines, rejecting only the broken line', async () => {
    const out = await records('{"a":1}\n{"a":\n\n{"a":3}\r\n');
    expect(out.shape).toBe('lines');
    expect(out.records).toEqual([
      [1, { a: 1 }],
      [4, { a: 3 }],
    ]);
    expect(out.errors).toEqual([[2, 'not valid JSON: Unexpected end of JSON input']]);
  });

  it('still reads JSON lines when the first line is the broken one', async () => {
    const out = await records('{"a": "cut sh\n{"a":2}\n{"a":3}\n');
    expect(out.shape).toBe('lines');
    expect(out.records.map(([line]) => line)).toEqual([2, 3]);
    expect(out.errors.map(([line]) => line)).toEqual([1]);
  });

  it('reads a pretty-printed envelope document whole', async () => {
    const out = await records(
      '\uFEFF{\n  "total_count": 2,\n  "secrets": [\n    {"name": "A"},\n    {"name": "B"}\n  ]\n}\n',
    );
    expect(out.shape).toBe('document');
    expect(out.records).toEqual([[1, { total_count: 2, secrets: [{ name: 'A' }, { name: 'B' }] }]]);
  });

  it('reports a broken document at the line of the error, never quoting its data', async () => {
    const out = await records('{\n  "token": "ghp_secretvalue",\n  "x": nope\n}\n');
    expect(out.shape).toBe('document');
    expect(out.records).toEqual([]);
    expect(out.errors).toHaveLength(1);
    expect(out.errors[0][0]).toBe(3);
    expect(out.errors[0][1]).not.toContain('ghp_secretvalue');
  });

  it('never quotes the input in an error', async () => {
    const out = await records('{"token":"ghp_0123456789abcdef0123456789abcdef0123"} trailing\n');
    expect(out.errors).toHaveLength(1);
    expect(out.errors[0][1]).not.toContain('ghp_');
  });

  it('streams any array of values to the same records as JSON.parse, whatever the chunk size', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 6 }),
        fc.integer({ min: 1, max: 16 }),
        fc.boolean(),
        async (values, size, pretty) => {
          const text = JSON.stringify(values, null, pretty ? 2 : undefined);
          const out = await records(text, size);
          expect(out.errors).toEqual([]);
          expect(out.records.map(([, v]) => v)).toEqual(JSON.parse(text));
        },
      ),
      { seed: 42, numRuns: 300 },
    );
  });

  it('never throws on arbitrary text, and every error has a line', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({
          unit: fc.constantFrom('[', ']', '{', '}', '"', '\\', ',', ':', '1', 'a', '\n', ' '),
          maxLength: 40,
        }),
        fc.integer({ min: 1, max: 9 }),
        async (text, size) => {
          const out = await records(text, size);
          for (const [line] of [...out.records, ...out.errors]) expect(line).toBeGreaterThanOrEqual(1);
        },
      ),
      { seed: 42, numRuns: 500 },
    );
  });
});

describe('jsonErrorOffset', () => {
  it('points at the first character that breaks the text', () => {
    expect(jsonErrorOffset('{"a": [1, 2, x]}')).toBe(13);
    expect(jsonErrorOffset('{"a": 1,}')).toBe(8);
    expect(jsonErrorOffset('[1 2]')).toBe(3);
    expect(jsonErrorOffset('{"a": "b')).toBe(8);
    expect(jsonErrorOffset('{"a": 1} x')).toBe(9);
    expect(jsonErrorOffset('  {"a": [true, false, null, -1.5e3, "\\u00e9"]}  ')).toBe(-1);
  });

  it('finds an error exactly when JSON.parse does', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.json({ maxDepth: 3 }),
          fc.string({
            unit: fc.constantFrom(
              '[',
              ']',
              '{',
              '}',
              '"',
              '\\',
              ',',
              ':',
              '1',
              '-',
              '.',
              'e',
              'true',
              'null',
              ' ',
              'a',
            ),
            maxLength: 20,
          }),
        ),
        (text) => {
          let valid = true;
          try {
            JSON.parse(text);
          } catch {
            valid = false;
          }
          expect(jsonErrorOffset(text) === -1).toBe(valid);
        },
      ),
      { seed: 42, numRuns: 2000 },
    );
  });
});

describe('shapeOfStart', () => {
  // The fast reader decides from a file's first 64 KiB when they settle it (github-audit-log.ts): any
  // start of the text must then decide as sniff does on the whole head, or not at all.
  const piece = fc.constantFrom(
    '{"a":1}',
    '{"a":',
    '[',
    ']',
    '{',
    '}',
    '  "k": [1, 2],',
    'null',
    'x',
    ' ',
    '\t',
    '\n',
    '\r\n',
    '\uFEFF',
    '{"s":"é\\n"}',
  );
  it('settles a head only as shapeOf does on all of it', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }), fc.nat(), (pieces, cut) => {
        const head = pieces.join('');
        const start = head.slice(0, cut % (head.length + 1));
        const settled = shapeOfStart(start);
        return settled === undefined || settled === shapeOf(head);
      }),
      { numRuns: 3000 },
    );
  });

  it('settles arrays and complete first lines, and leaves the rest to the whole head', () => {
    expect(shapeOfStart('\uFEFF  [{"a":1}')).toBe('array');
    expect(shapeOfStart('{"a":1}\n{"a":')).toBe('lines');
    expect(shapeOfStart('a,b,c\n1,2,3\n')).toBe('lines');
    // A first line still open, or an opening brace that is not an object on its own line (a
    // pretty-printed document, or broken JSON lines): the lines after it decide.
    expect(shapeOfStart('{"a":1')).toBeUndefined();
    expect(shapeOfStart('{\n  "a": 1\n}\n')).toBeUndefined();
    expect(shapeOfStart('   ')).toBeUndefined();
  });
});
