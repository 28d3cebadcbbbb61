// writeText: a report written a slice at a time is the same bytes as the whole text encoded at once.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeText } from '../../src/report/write.js';

const file = (): string => path.join(mkdtempSync(path.join(tmpdir(), 'lastseen-write-')), 'report.json');

describe('writeText', () => {
  it('writes the UTF-8 of the whole text, emoji split across slices included', () => {
    // Slices are 16,384 UTF-16 units: a surrogate pair is placed across every slice edge, between
    // three-byte characters, so that a cut between its halves or a short buffer would show.
    const unit = 'a'.repeat(16_383);
    const text = `${unit}😀${'€'.repeat(16_383)}🔑${unit}é\n`;
    expect(text.charCodeAt(16_383)).toBe(0xd83d);
    const target = file();
    writeText(target, text);
    const bytes = readFileSync(target);
    expect(bytes.equals(Buffer.from(text, 'utf8'))).toBe(true);
    expect(bytes.toString('utf8')).toBe(text);
  });

  it('replaces a longer file, and writes an empty text as an empty file', () => {
    const target = file();
    writeFileSync(target, 'x'.repeat(100_000));
    writeText(target, '{}\n');
    expect(readFileSync(target, 'utf8')).toBe('{}\n');
    writeText(target, '');
    expect(readFileSync(target).length).toBe(0);
  });
});
