// docs/report.png must show the demo report as it is today. scripts/screenshot.mjs stamps the PNG with
// the SHA-256 of the HTML it drew; this test renders the same HTML and compares.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/report/html.js';
import { scan } from '../../src/scan.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** The text of a PNG tEXt chunk, by keyword. */
export function pngText(png: Buffer, keyword: string): string | undefined {
  for (let at = 8; at + 12 <= png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    if (type === 'tEXt') {
      const body = png.toString('latin1', at + 8, at + 8 + length);
      const [key, value] = body.split('\0');
      if (key === keyword) return value;
    }
    at += 12 + length;
  }
  return undefined;
}

describe('docs/report.png', () => {
  it('shows the current demo report', async () => {
    const { report } = await scan({
      workspace: path.join(ROOT, 'examples/demo'),
      config: 'lastseen.yml',
      now: Date.parse('2026-11-25T12:00:00Z'),
    });
    const digest = createHash('sha256').update(renderHtml(report), 'utf8').digest('hex');
    const png = readFileSync(path.join(ROOT, 'docs/report.png'));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(
      pngText(png, 'lastseen-html-sha256'),
      'docs/report.png shows an older report: regenerate it with `node scripts/screenshot.mjs`',
    ).toBe(digest);
  });
});
