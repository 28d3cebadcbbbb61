import { describe, expect, it } from 'vitest';
import { foldAudit } from './github-audit-fast.helpers.js';
const FIX = '/work/main/test/fixtures/github-audit-log';
describe('eq', () => {
  for (const f of ['stream.jsonl', 'web-export.csv', 'web-export.json', 'api-pages.json', 'overlap-*.json']) {
    it(f, async () => {
      const a = await foldAudit(FIX, f, true);
      const b = await foldAudit(FIX, f, false);
      expect(a).toEqual(b);
    });
  }
  it('gen 100k', async () => {
    const a = await foldAudit('/tmp/gen', 'github-audit-100000.jsonl', true);
    const b = await foldAudit('/tmp/gen', 'github-audit-100000.jsonl', false);
    expect(a.summary).toEqual(b.summary);
    expect(a.principals.length).toBe(b.principals.length);
    expect(a).toEqual(b);
  });
  it('gen 100k csv', async () => {
    const a = await foldAudit('/tmp/gen', 'github-audit-100000.csv', true);
    const b = await foldAudit('/tmp/gen', 'github-audit-100000.csv', false);
    expect(a.summary).toEqual(b.summary);
    expect(a).toEqual(b);
  });
});
