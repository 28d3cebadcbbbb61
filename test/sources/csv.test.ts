import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forEachCsvRow, headerIndex } from '../../src/sources/csv.js';
import { chunks } from './in-memory.js';

async function rows(text: string | Buffer, chunkSize = 1 << 16, max?: number) {
  const out: { rows: [number, string[]][]; errors: [number, string][] } = { rows: [], errors: [] };
  const bytes = typeof text === 'string' ? Buffer.from(text) : text;
  await forEachCsvRow(
    Readable.from(chunks(bytes, chunkSize)),
    {
      row: (fields, line) => out.rows.push([line, fields]),
      error: (line, reason) => out.errors.push([line, reason]),
    },
    max,
  );
  return out;
}

describe('forEachCsvRow', () => {
  it('reads quoted fields with commas, doubled quotes and empty fields', async () => {
    const out = await rows('a,"b,c","say ""hi""",,""\n');
    expect(out.rows).toEqual([[1, ['a', 'b,c', 'say "hi"', '', '']]]);
  });

  it('numbers each row by the line it starts on, across embedded line breaks', async () => {
    const out = await rows('h1,h2\r\n1,"two\r\nlines"\r\n2,"three\nmore\nlines"\r\n3,x\r\n');
    expect(out.rows).toEqual([
      [1, ['h1', 'h2']],
      [2, ['1', 'two\r\nlines']],
      [4, ['2', 'three\nmore\nlines']],
      [7, ['3', 'x']],
    ]);
  });

  it('treats a CRLF split across chunks as one line end, whatever the chunk size', async () => {
    const text = 'a,b\r\nc,"d\r\ne"\r\nf,g\r\n';
    for (const size of [1, 2, 3, 4, 5]) {
      expect((await rows(text, size)).rows).toEqual([
        [1, ['a', 'b']],
        [2, ['c', 'd\r\ne']],
        [4, ['f', 'g']],
      ]);
    }
  });

  it('drops a BOM, skips blank lines and reads a last row without a newline', async () => {
    const out = await rows('\uFEFFa,b\n\n1,2');
    expect(out.rows).toEqual([
      [1, ['a', 'b']],
      [3, ['1', '2']],
    ]);
  });

  it('keeps a quote inside an unquoted field as text instead of opening a quoted field', async () => {
    const out = await rows('5" floppy,x\nnext,row\n');
    expect(out.rows).toEqual([
      [1, ['5" floppy', 'x']],
      [2, ['next', 'row']],
    ]);
    expect(out.errors).toEqual([]);
  });

  it('reports a quote never closed at the line of its row, after the rows before it', async () => {
    const out = await rows('a,b\n1,2\n3,"open\n4,5\n6,7\n');
    expect(out.rows).toEqual([
      [1, ['a', 'b']],
      [2, ['1', '2']],
    ]);
    expect(out.errors).toEqual([
      [3, 'a quoted field is never closed (the rest of the file was read as one field)'],
    ]);
  });

  it('reports a row over the size limit and reads on', async () => {
    const out = await rows(`a,b\n${'x'.repeat(40)},y\nc,d\n`, 7, 20);
    expect(out.rows).toEqual([
      [1, ['a', 'b']],
      [3, ['c', 'd']],
    ]);
    expect(out.errors).toEqual([[2, 'row longer than 20 characters']]);
  });

  it('indexes a header by trimmed, lower-case name, keeping the first of duplicates', () => {
    const index = headerIndex([' User ', 'ARN', 'user']);
    expect(index.get('user')).toBe(0);
    expect(index.get('arn')).toBe(1);
  });

  it('reads back what a writer quoted, whatever the chunk size', async () => {
    const field = fc.string({
      unit: fc.constantFrom('a', 'b', ',', '"', '\n', '\r\n', ' ', 'é'),
      maxLength: 6,
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(field, { minLength: 2, maxLength: 4 }), { maxLength: 6 }),
        fc.integer({ min: 1, max: 9 }),
        async (table, size) => {
          const text = table
            .map((row) => row.map((v) => `"${v.replace(/"/g, '""')}"`).join(','))
            .join('\r\n');
          const out = await rows(text, size);
          expect(out.errors).toEqual([]);
          expect(out.rows.map(([, fields]) => fields)).toEqual(table);
          let line = 1;
          table.forEach((row, i) => {
            expect(out.rows[i][0]).toBe(line);
            line += row.join('').split('\n').length;
          });
        },
      ),
      { seed: 42, numRuns: 300 },
    );
  });

  it('never throws on arbitrary text, and reports every error with a line', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', '\r', '\uFEFF'), maxLength: 40 }),
        fc.integer({ min: 1, max: 9 }),
        async (text, size) => {
          const out = await rows(text, size);
          for (const [line] of [...out.rows, ...out.errors]) expect(line).toBeGreaterThanOrEqual(1);
        },
      ),
      { seed: 42, numRuns: 300 },
    );
  });
});
