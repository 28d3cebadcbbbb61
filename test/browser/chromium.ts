// Debian's Chromium, driven by playwright-core (which downloads no browser). Each run gets a fresh
// profile; every console error, page error and non-file request is collected, so a test can assert
// that a report opens cleanly and fetches nothing.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
export const SKIPPED = hasChromium
  ? ''
  : ` (skipped: ${CHROMIUM} is absent; install Debian's package with 'apt-get install -y chromium')`;
if (!hasChromium) console.warn(`lastseen browser tests${SKIPPED}`);

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface Browser {
  context: BrowserContext;
  /** Writes `html` to a file and opens it. */
  open(html: string, name?: string): Promise<OpenedPage>;
  close(): Promise<void>;
}

export interface OpenedPage {
  page: Page;
  /** Console errors, uncaught exceptions and attempted requests to anything but the file itself. */
  problems: string[];
  file: string;
}

export async function launch(): Promise<Browser> {
  const dir = mkdtempSync(path.join(tmpdir(), 'lastseen-browser-'));
  const context = await chromium.launchPersistentContext(path.join(dir, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 1280, height: 900 },
  });
  let count = 0;
  return {
    context,
    async open(html, name) {
      const file = path.join(dir, name ?? `report-${++count}.html`);
      writeFileSync(file, html);
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning')
          problems.push(`console ${message.type()}: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      await page.route('**/*', (route) => {
        const url = route.request().url();
        if (url === pathToFileURL(file).href) return route.continue();
        problems.push(`request: ${url}`);
        return route.abort();
      });
      await page.goto(pathToFileURL(file).href);
      return { page, problems, file };
    },
    async close() {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
