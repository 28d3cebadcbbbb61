// The demo's HTML report in Debian's Chromium: it opens cleanly, its tables sort and filter, and the
// timelines of a dormant and a reactivated subject say what the JSON report says.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Finding, Report, SubjectReport } from '../../src/model/report.js';
import { renderHtml } from '../../src/report/html.js';
import { scan } from '../../src/scan.js';
import { hasChromium, launch, SKIPPED, type Browser, type OpenedPage } from './chromium.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const NOW = Date.parse('2026-11-25T12:00:00Z');
const RANK = { critical: 4, high: 3, medium: 2, low: 1 };
const DAY = 86_400_000;

/** Row keys of a table's current page, in order. */
function keys(page: Page, table: 'subjects' | 'findings'): Promise<string[]> {
  return page
    .locator(`#${table}-table tbody > tr:not(.detail)`)
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-key') ?? ''));
}

const ids = (subjects: SubjectReport[]) => subjects.map((s) => s.id);

/** Monday of the UTC week holding `iso`, as the timeline labels its cells. */
function mondayOf(iso: string): string {
  const day = Math.floor(Date.parse(iso) / DAY);
  return new Date((day - ((day + 3) % 7)) * DAY).toISOString().slice(0, 10);
}

describe.skipIf(!hasChromium)(`the demo's HTML report in Chromium${SKIPPED}`, () => {
  let browser: Browser;
  let report: Report;
  let opened: OpenedPage;
  let page: Page;
  const subject = (id: string) => report.subjects.find((s) => s.id === id)!;
  const findingsOf = (id: string, all = false) =>
    report.findings.filter((f) => f.subject === id && (all || !f.suppressed));
  /** The table's default order: most severe finding first, then most findings, then the report's order. */
  const defaultOrder = (subjects: SubjectReport[]) =>
    subjects
      .map((s, index) => ({ s, index, findings: findingsOf(s.id) }))
      .map((x) => ({ ...x, worst: Math.max(0, ...x.findings.map((f) => RANK[f.severity])) }))
      .sort((a, b) => b.worst - a.worst || b.findings.length - a.findings.length || a.index - b.index)
      .map((x) => x.s.id);

  beforeAll(async () => {
    ({ report } = await scan({
      workspace: path.join(ROOT, 'examples/demo'),
      config: 'lastseen.yml',
      now: NOW,
    }));
    browser = await launch();
    opened = await browser.open(renderHtml(report), 'demo.html');
    page = opened.page;
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  beforeEach(async () => {
    await page.reload();
    await page.locator('#subjects-table tbody tr').first().waitFor();
  });

  it('opens with no console error, fetches nothing, and carries the JSON report', async () => {
    expect(opened.problems).toEqual([]);
    expect(await page.title()).toBe('lastseen report · 2026-11-25');
    const data = JSON.parse((await page.locator('#lastseen-data').textContent())!);
    expect(data).toEqual(JSON.parse(JSON.stringify(report)));
    expect(await page.locator('.verdict').textContent()).toBe(
      `${report.summary.blocking} blocking findings (fail-on: high)`,
    );
    expect(await page.locator('#result-count').textContent()).toBe(`${report.subjects.length} subjects.`);
    expect(await page.locator('#tab-findings').textContent()).toBe(`Findings (${report.summary.findings})`);
  });

  it('lists subjects most severe first, and sorts by any column both ways', async () => {
    const order = await keys(page, 'subjects');
    expect(order).toEqual(defaultOrder(report.subjects));
    expect(order[0]).toBe('slack-notifier'); // critical: a live Slack token pasted into the inventory
    expect(order.indexOf('legacy-backup')).toBeLessThan(order.indexOf('dr-restore')); // dr-restore's finding is suppressed

    const byId = ids(report.subjects).sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1));
    await page.getByRole('button', { name: 'Subject', exact: true }).click();
    expect(await page.locator('th[data-key="id"]').getAttribute('aria-sort')).toBe('ascending');
    expect(await keys(page, 'subjects')).toEqual(byId);
    await page.getByRole('button', { name: 'Subject', exact: true }).click();
    expect(await page.locator('th[data-key="id"]').getAttribute('aria-sort')).toBe('descending');
    expect(await keys(page, 'subjects')).toEqual([...byId].reverse());

    // Most recent first; never used and unknown last, in the report's order.
    await page.getByRole('button', { name: 'Last meaningful use' }).click();
    const time = (s: SubjectReport) => (s.lastMeaningfulUse ? Date.parse(s.lastMeaningfulUse) : -Infinity);
    const recent = report.subjects
      .map((s, index) => ({ s, index }))
      .sort((a, b) => time(b.s) - time(a.s) || a.index - b.index);
    expect(await keys(page, 'subjects')).toEqual(recent.map((x) => x.s.id));
    expect(recent.at(-1)!.s.lastMeaningfulUse).toBeNull();
  });

  it('filters subjects by status, severity, rule and text', async () => {
    const total = report.subjects.length;
    await page.selectOption('#filter-status', 'inactive');
    const inactive = report.subjects.filter((s) => s.status === 'inactive');
    expect(ids(inactive)).toEqual(expect.arrayContaining(['legacy-backup', 'migration-2025', 'dr-restore']));
    expect(await keys(page, 'subjects')).toEqual(defaultOrder(inactive));
    expect(await page.locator('#result-count').textContent()).toBe(
      `${inactive.length} of ${total} subjects match the filters.`,
    );

    await page.selectOption('#filter-severity', 'high');
    const high = inactive.filter((s) => findingsOf(s.id).some((f) => f.severity === 'high'));
    expect(ids(high)).toContain('legacy-backup');
    expect(ids(high)).not.toContain('dr-restore');
    expect(await keys(page, 'subjects')).toEqual(defaultOrder(high));

    await page.click('#filter-clear');
    await page.selectOption('#filter-severity', 'critical');
    expect(await keys(page, 'subjects')).toEqual(
      defaultOrder(report.subjects.filter((s) => findingsOf(s.id).some((f) => f.severity === 'critical'))),
    );
    expect(await keys(page, 'subjects')).toContain('slack-notifier');

    await page.selectOption('#filter-severity', '');
    await page.selectOption('#filter-rule', 'undeclared');
    const undeclared = report.subjects.filter((s) => !s.declared);
    expect(undeclared.length).toBeGreaterThan(0);
    expect(await keys(page, 'subjects')).toEqual(defaultOrder(undeclared));

    // Text matches ids, owners, principals and finding messages, whatever the case.
    await page.click('#filter-clear');
    await page.fill('#filter-text', 'RELEASE');
    const release = report.subjects.filter((s) =>
      [
        s.id,
        s.kind,
        s.platform,
        s.owner,
        ...s.principals,
        ...s.aliases,
        ...findingsOf(s.id, true).map((f) => `${f.rule} ${f.message}`),
      ]
        .join('\n')
        .toLowerCase()
        .includes('release'),
    );
    await expect
      .poll(() => page.locator('#result-count').textContent())
      .toBe(`${release.length} of ${total} subjects match the filters.`);
    expect(await keys(page, 'subjects')).toEqual(defaultOrder(release));
    expect(await keys(page, 'subjects')).toEqual(
      expect.arrayContaining(['release-bot', 'release-notes-bot']),
    );
  });

  it('filters and sorts findings, and shows suppressed ones on request', async () => {
    await page.click('#tab-findings');
    const visible = report.findings.filter((f) => !f.suppressed);
    expect(await page.locator('#findings-table tbody > tr').count()).toBe(visible.length);
    // Most severe first, then in the report's order.
    const severest = (list: Finding[]) =>
      list
        .map((f, index) => ({ f, index }))
        .sort((a, b) => RANK[b.f.severity] - RANK[a.f.severity] || a.index - b.index)
        .map((x) => x.f.subject);
    const subjects = page.locator('#findings-table tbody > tr td:nth-child(3)');
    expect(await subjects.allTextContents()).toEqual(severest(visible));

    await page.selectOption('#filter-rule', 'inactive');
    const inactive = report.findings.filter((f) => f.rule === 'inactive');
    expect(await subjects.allTextContents()).toEqual(severest(inactive.filter((f) => !f.suppressed)));
    expect(await subjects.allTextContents()).toContain('legacy-backup');
    await page.check('#filter-suppressed');
    expect(await subjects.allTextContents()).toEqual(severest(inactive));
    const drRestore = page.locator('#findings-table tbody > tr', {
      has: page.getByRole('button', { name: 'dr-restore', exact: true }),
    });
    expect(await drRestore.locator('.tag').allTextContents()).toEqual(['suppressed']);

    await page.click('#filter-clear');
    await page.getByRole('button', { name: 'Rule', exact: true }).click();
    const rules = await page.locator('#findings-table tbody > tr th button.disclosure').allTextContents();
    expect(rules).toEqual(visible.map((f) => f.rule).sort());
    expect(await page.locator('#tab-findings').textContent()).toBe(`Findings (${visible.length})`);
  });

  it('opens a finding with its evidence and remediation, and jumps to its subject', async () => {
    await page.click('#tab-findings');
    await page.selectOption('#filter-rule', 'reactivated');
    await page.fill('#filter-text', 'release-bot');
    await expect.poll(() => page.locator('#findings-table tbody > tr').count()).toBe(1);
    await page.locator('#findings-table button.disclosure').click();
    const reactivated = report.findings.find((f) => f.rule === 'reactivated' && f.subject === 'release-bot')!;
    const detail = page.locator('#findings-table tr.detail');
    expect(await detail.locator('p').nth(0).textContent()).toBe(reactivated.message);
    expect(await detail.locator('p').nth(1).textContent()).toBe(
      `Remediation: ${reactivated.remediation.replaceAll('`', '')}`,
    );
    await detail.locator('summary').click();
    expect(await detail.locator('details > dl.evidence > dt').allTextContents()).toEqual(
      Object.keys(reactivated.evidence),
    );
    expect(await detail.locator('dl.evidence dl.evidence dd').allTextContents()).toEqual([
      '2026-07-10T23:59:59.999Z',
      '2026-11-18T23:59:59.999Z',
      '131',
    ]);

    await page.locator('#findings-table tbody > tr:not(.detail) button.link').click();
    expect(await page.locator('#tab-subjects').getAttribute('aria-selected')).toBe('true');
    expect(
      await page.locator('#subjects-table button.disclosure[aria-expanded="true"]').getAttribute('data-key'),
    ).toBe('release-bot');
    expect(await page.locator(':focus').getAttribute('data-key')).toBe('release-bot');
  });

  /** Opens a subject's row and returns its timeline's week cells as [week, days]. */
  async function openTimeline(id: string) {
    await page.fill('#filter-text', id);
    await expect.poll(() => keys(page, 'subjects')).toContain(id);
    await page.locator(`#subjects-table button.disclosure[data-key="${id}"]`).click();
    const figure = page.locator('#subjects-table tr.detail figure.timeline');
    const cells = await figure
      .locator('svg.timeline rect.week')
      .evaluateAll((rects) =>
        rects.map(
          (r) => [r.getAttribute('data-week') ?? '', r.getAttribute('data-days') ?? ''] as [string, string],
        ),
      );
    return { figure, cells };
  }

  it("draws a dormant subject's last use and the silence since, as the JSON report says", async () => {
    const legacy = subject('legacy-backup');
    expect(legacy.status).toBe('inactive');
    expect(legacy.lastMeaningfulUse).toBe('2026-08-21T03:15:00.000Z');
    const { figure, cells } = await openTimeline('legacy-backup');
    expect(cells).toHaveLength(legacy.timeline!.weeks.length);
    const used = cells.filter(([, days]) => days !== '0' && days !== 'none');
    expect(used.at(-1)).toEqual([mondayOf(legacy.lastMeaningfulUse!), '1']);
    expect(used.at(-1)![0]).toBe('2026-08-17');
    const after = cells.slice(cells.findIndex(([week]) => week === '2026-08-17') + 1);
    expect(after.length).toBe(14);
    expect(after.every(([, days]) => days === '0')).toBe(true);
    // The threshold line sits 90 days before now, after the last use: the picture of "inactive".
    expect(await figure.locator('svg.timeline path.threshold').getAttribute('data-at')).toBe(
      '2026-08-27T12:00:00.000Z',
    );
    const facts = await figure.locator('ul.facts li').allTextContents();
    expect(facts[0]).toBe('Last meaningful use: 2026-08-21 (96 days before 2026-11-25).');
    expect(facts[1]).toBe(
      'Inactive after 90 days without meaningful use (the dashed line; status inactive).',
    );
    const inactive = findingsOf('legacy-backup').find((f) => f.rule === 'inactive')!;
    expect(inactive.evidence).toMatchObject({ idleDays: 96, thresholdDays: 90 });
    // The access key's creation and rotation are drawn on it.
    const key = legacy.credentials[0];
    expect(
      await figure
        .locator('svg.timeline circle.mark')
        .evaluateAll((marks) => marks.map((m) => m.getAttribute('data-at'))),
    ).toEqual([key.createdAt, key.rotatedAt].filter(Boolean));
  });

  it("draws a reactivated subject's dormant gap where the finding's evidence puts it", async () => {
    const finding = findingsOf('release-bot').find((f) => f.rule === 'reactivated') as Finding;
    const gap = finding.evidence.gap as { from: string; to: string; days: number };
    expect(gap).toEqual({ from: '2026-07-10T23:59:59.999Z', to: '2026-11-18T23:59:59.999Z', days: 131 });
    const { figure, cells } = await openTimeline('release-bot');
    const drawn = figure.locator('svg.timeline g.gap');
    expect(await drawn.count()).toBe(1);
    expect([
      await drawn.getAttribute('data-from'),
      await drawn.getAttribute('data-to'),
      await drawn.getAttribute('data-days'),
    ]).toEqual([gap.from, gap.to, '131']);
    expect(await drawn.locator('text').textContent()).toBe('dormant 131 days');
    const index = (iso: string) => cells.findIndex(([week]) => week === mondayOf(iso));
    const [before, after] = [index(gap.from), index(gap.to)];
    expect([cells[before][0], cells[after][0]]).toEqual(['2026-07-06', '2026-11-16']);
    expect(Number(cells[before][1])).toBeGreaterThan(0);
    expect(Number(cells[after][1])).toBeGreaterThan(0);
    expect(cells.slice(before + 1, after).every(([, days]) => days === '0')).toBe(true);
    expect(after - before - 1).toBe(18);
    const facts = await figure.locator('ul.facts li').allTextContents();
    expect(facts[2]).toBe(
      'Dormant gaps of at least 90 days (the reactivation gap): 2026-07-10 → 2026-11-18 (131 days).',
    );
  });

  it('has no serious or critical accessibility violation', async () => {
    const axe = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    const audit = async () => {
      await page.evaluate(axe);
      const result = await page.evaluate(() =>
        (
          globalThis as unknown as {
            axe: {
              run(): Promise<{ violations: { id: string; impact: string; nodes: { target: unknown }[] }[] }>;
            };
          }
        ).axe.run(),
      );
      return result.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
    };
    await page.locator('#subjects-table button.disclosure[data-key="release-bot"]').click();
    await page.locator('#subjects-table button.disclosure[data-key="legacy-backup"]').click();
    expect(await audit()).toEqual([]);
    await page.click('#tab-findings');
    await page.locator('#findings-table button.disclosure').first().click();
    await page.locator('#findings-table tr.detail summary').click();
    expect(await audit()).toEqual([]);
    expect(opened.problems).toEqual([]);
  });
});
