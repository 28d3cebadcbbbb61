import { describe, expect, it } from 'vitest';
import { renderConsole } from '../../src/report/console.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { IDLE, UNOBSERVED, sparkline } from '../../src/report/sparkline.js';
import { finding, report, subjectReport } from './html-fixture.js';

describe('sparkline', () => {
  it('scales use to the busiest week, one block character per week', () => {
    expect(sparkline([1, 2, 4, 7])).toBe('▂▃▅█');
  });

  it('draws an idle week as a dot and an unobserved week as a blank', () => {
    expect(sparkline([null, null, 0, 0, 3, 0])).toBe(`${UNOBSERVED}${UNOBSERVED}${IDLE}${IDLE}█${IDLE}`);
    expect(sparkline([0, 0])).toBe('··');
    expect(UNOBSERVED).toBe('\u00a0');
  });

  it('is blank for no observed week', () => {
    expect(sparkline([null, null])).toBe('\u00a0\u00a0');
    expect(sparkline([])).toBe('');
  });
});

describe('sparklines in the console and Markdown', () => {
  const weeks = [...new Array(12).fill(null), 1, ...new Array(13).fill(0)];
  const r = report(
    [
      subjectReport('legacy-backup', {
        status: 'inactive',
        lastMeaningfulUse: '2026-08-21T03:15:00.000Z',
        weeks,
      }),
      subjectReport('vault-etl', { weeks: new Array(26).fill(null) }),
    ],
    [finding('legacy-backup'), finding('vault-etl', { rule: 'no-telemetry', severity: 'medium' })],
  );
  const shape = `${'\u00a0'.repeat(12)}█${'·'.repeat(13)}`;

  it('shows the 26-week shape beside each subject in the console', () => {
    const text = renderConsole(r, { color: false, verbose: true });
    expect(text).toContain(`last used 2026-08-21${' '.repeat(7)}${shape}`);
  });

  it('shows the shape in a code span in Markdown, and nothing when no week was observed', () => {
    const text = renderMarkdown(r, { budget: 65_536 });
    expect(text).toContain(`| \`lastseen.yml:10\` | \`${shape}\` |`);
    expect(text).toMatch(/`vault-etl` \|.*\| `lastseen.yml:10` \| {2}\|\n/);
  });
});
