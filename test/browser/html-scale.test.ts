// 10,000 subjects: the report is written quickly, opens quickly, and keeps one page of rows in the DOM
// however many subjects match. The limits are loose (a shared CI runner), the shape is strict.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/report/html.js';
import { largeReport } from '../report/html-fixture.js';
import { hasChromium, launch, SKIPPED, type Browser, type OpenedPage } from './chromium.js';

const SUBJECTS = 10_000;

describe.skipIf(!hasChromium)(
  `an HTML report of ${SUBJECTS.toLocaleString('en-US')} subjects${SKIPPED}`,
  () => {
    let browser: Browser;
    let opened: OpenedPage;
    let page: Page;
    let renderMs = 0;
    let openMs = 0;

    beforeAll(async () => {
      const report = largeReport(SUBJECTS);
      const start = performance.now();
      const html = renderHtml(report);
      renderMs = performance.now() - start;
      browser = await launch();
      const opening = performance.now();
      opened = await browser.open(html, 'large.html');
      page = opened.page;
      await page.locator('#subjects-table tbody tr').first().waitFor();
      openMs = performance.now() - opening;
    }, 120_000);

    afterAll(async () => {
      await browser?.close();
    });

    const rowCount = () => page.locator('#subjects-table tbody > tr').count();
    const firstKey = () => page.locator('#subjects-table tbody > tr').first().getAttribute('data-key');

    /** Milliseconds the page itself spent on `action` (a statement run in the page, synchronously). */
    async function timed(action: string): Promise<number> {
      return page.evaluate(
        `(() => { const start = performance.now(); ${action}; return performance.now() - start; })()`,
      );
    }

    // The limits are for the page's own work; wall-clock times (printed) depend on the machine's load.
    it('is written and opened quickly, one page of rows at a time', async () => {
      const scriptMs: number = await page.evaluate(
        "performance.measure('open', 'lastseen:start', 'lastseen:ready').duration",
      );
      console.log(
        `HTML report of ${SUBJECTS} subjects: rendered in ${Math.round(renderMs)} ms; opened in ${Math.round(openMs)} ms, ` +
          `of which ${Math.round(scriptMs)} ms reading the data and drawing the first page`,
      );
      expect(renderMs).toBeLessThan(3_000);
      expect(scriptMs).toBeLessThan(3_000);
      // About 2 s on an idle machine; most of it is Chromium reading and tokenising ~19 MB of HTML.
      expect(openMs).toBeLessThan(30_000);
      expect(opened.problems).toEqual([]);
      expect(await rowCount()).toBe(100);
      expect(await page.locator('#subjects-pager span').textContent()).toBe(
        'Rows 1–100 of 10,000 · page 1 of 100',
      );
      expect(await page.locator('#result-count').textContent()).toBe('10,000 subjects.');
    });

    it('pages forwards and back', async () => {
      await page.getByRole('button', { name: 'Subject', exact: true }).click();
      expect(await firstKey()).toBe('svc-00000');
      await page.locator('#subjects-pager button.next').click();
      expect(await firstKey()).toBe('svc-00100');
      expect(await page.locator('#subjects-pager span').textContent()).toBe(
        'Rows 101–200 of 10,000 · page 2 of 100',
      );
      expect(await page.locator(':focus').getAttribute('class')).toBe('next');
      await page.locator('#subjects-pager button.previous').click();
      expect(await firstKey()).toBe('svc-00000');
    });

    it('filters and sorts 10,000 subjects within a second', async () => {
      const statusMs = await timed(
        "const select = document.getElementById('filter-status'); select.value = 'inactive'; select.dispatchEvent(new Event('change'))",
      );
      expect(await page.locator('#result-count').textContent()).toBe(
        '2,500 of 10,000 subjects match the filters.',
      );
      expect(statusMs).toBeLessThan(1_000);
      expect(await rowCount()).toBe(100);

      await page.fill('#filter-text', 'svc-09997');
      await expect
        .poll(() => page.locator('#result-count').textContent())
        .toBe('1 of 10,000 subjects match the filters.');
      expect(await firstKey()).toBe('svc-09997');

      await page.click('#filter-clear');
      const sortMs = await timed(
        'document.querySelector(\'#subjects-table th[data-key="lastUse"] button\').click()',
      );
      expect(await page.locator('th[data-key="lastUse"]').getAttribute('aria-sort')).toBe('descending');
      expect(sortMs).toBeLessThan(1_000);
      console.log(
        `10,000 subjects: filtered in ${Math.round(statusMs)} ms, sorted in ${Math.round(sortMs)} ms`,
      );
    });

    it('draws a two-year timeline when a row opens', async () => {
      await page.click('#filter-clear');
      await page.locator('#subjects-table button.disclosure').first().click();
      expect(await page.locator('#subjects-table tr.detail svg.timeline rect.week').count()).toBe(104);
      expect(opened.problems).toEqual([]);
    });
  },
);
