// Regenerates docs/report.png: the demo's HTML report as Debian's Chromium draws it, with release-bot's
// timeline open. The PNG carries the SHA-256 of the HTML it shows (a tEXt chunk), so a test can tell
// when the report has changed and the picture is no longer current.
//
//   node scripts/screenshot.mjs            (needs /usr/bin/chromium; CHROMIUM=... to use another)
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const work = mkdtempSync(path.join(tmpdir(), 'lastseen-screenshot-'));

// The library from source, bundled the way scripts/bundle.mjs does, so the HTML is exactly what the
// tests render (test/report/html-screenshot.test.ts compares the hashes).
const entry = `
import { scan } from './src/scan.ts';
import { renderHtml } from './src/report/html.ts';
const { report } = await scan({ workspace: 'examples/demo', config: 'lastseen.yml', now: Date.parse('2026-11-25T12:00:00Z') });
process.stdout.write(renderHtml(report));
`;
await build({
  stdin: { contents: entry, resolveDir: root, loader: 'ts' },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  logLevel: 'warning',
  outfile: path.join(work, 'demo.mjs'),
  define: { __LASTSEEN_VERSION__: JSON.stringify(pkg.version) },
  banner: {
    js: "import { createRequire as __lsCreateRequire } from 'node:module'; const require = __lsCreateRequire(import.meta.url);",
  },
  loader: { '.yml': 'text' },
});
const { execFileSync } = await import('node:child_process');
const html = execFileSync(process.execPath, [path.join(work, 'demo.mjs')], {
  cwd: root,
  maxBuffer: 64 << 20,
}).toString('utf8');
const htmlFile = path.join(work, 'report.html');
writeFileSync(htmlFile, html);

const context = await chromium.launchPersistentContext(path.join(work, 'profile'), {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
  viewport: { width: 1280, height: 900 },
  deviceScaleFactor: 1,
});
try {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(pathToFileURL(htmlFile).href);
  await page.locator('#subjects-table button.disclosure[data-key="release-bot"]').click();
  // Clicking scrolled the page; back at the top, the sticky table header sits where it belongs.
  await page.evaluate('window.scrollTo(0, 0)');
  const png = await page.screenshot({ fullPage: true, animations: 'disabled' });
  const digest = createHash('sha256').update(html, 'utf8').digest('hex');
  writeFileSync(path.join(root, 'docs/report.png'), withText(png, 'lastseen-html-sha256', digest));
  console.log(`docs/report.png: the demo report (${digest.slice(0, 12)}…)`);
} finally {
  await context.close();
  rmSync(work, { recursive: true, force: true });
}

/** The PNG with a tEXt chunk inserted before IEND. */
function withText(png, keyword, text) {
  const body = Buffer.concat([Buffer.from('tEXt', 'latin1'), Buffer.from(`${keyword}\0${text}`, 'latin1')]);
  const chunk = Buffer.alloc(body.length + 8);
  chunk.writeUInt32BE(body.length - 4, 0);
  body.copy(chunk, 4);
  chunk.writeUInt32BE(crc32(body), body.length + 4);
  const iend = png.length - 12;
  return Buffer.concat([png.subarray(0, iend), chunk, png.subarray(iend)]);
}

function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
