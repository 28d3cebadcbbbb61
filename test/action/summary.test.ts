import { describe, expect, it } from 'vitest';
import { fitBytes, summaryMarkdown } from '../../src/action/summary.js';
import { finding, report } from './report-fixture.js';

describe('the job summary', () => {
  it('fits in the byte budget when most characters take 3 or 4 bytes', () => {
    const findings = Array.from({ length: 4000 }, (_, i) =>
      finding({ rule: 'inactive', subject: `svc-${i}`, message: '休眠中のサービスアカウント🔑'.repeat(20) }),
    );
    const markdown = summaryMarkdown(report(findings), {
      pullRequest: false,
      notes: ['Tracking issue #3 updated.'],
      maxBytes: 200_000,
    });
    expect(Buffer.byteLength(markdown, 'utf8')).toBeLessThanOrEqual(200_000);
    expect(Buffer.byteLength(markdown, 'utf8')).toBeGreaterThan(150_000);
    expect(markdown).toMatch(/\d+ more findings did not fit here/);
    expect(markdown.endsWith('- Tracking issue #3 updated.\n')).toBe(true);
  });

  it('renders in one pass when the report fits', () => {
    let calls = 0;
    expect(fitBytes((budget) => (calls++, `budget ${budget}`), 1000)).toBe('budget 1000');
    expect(calls).toBe(1);
  });
});
