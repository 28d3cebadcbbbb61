import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main, type Io } from '../../src/cli/main.js';
import { CLIENT_SCRIPT, embedJson, escapeHtml, renderHtml } from '../../src/report/html.js';
import { STYLE } from '../../src/report/html/style.js';
import { finding, largeReport, report, subjectReport } from './html-fixture.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const HOSTILE = '</script><script>alert(1)</script><!--';

function embedded(html: string): unknown {
  const match = /<script type="application\/json" id="lastseen-data">([\s\S]*?)<\/script>/.exec(html);
  return JSON.parse(match![1]);
}

describe('renderHtml', () => {
  const r = report(
    [
      subjectReport(HOSTILE, { owner: '<img src=x onerror=alert(1)>', status: 'inactive' }),
      subjectReport('ci-deployer', { status: 'active' }),
    ],
    [
      finding(HOSTILE, { blocking: true, message: 'a < b & "c"' }),
      finding('ci-deployer', { severity: 'low', suppressed: true }),
    ],
  );
  r.sources[0].path = 'telemetry/<b>audit</b>.jsonl';
  const html = renderHtml(r);

  it('is one document that loads nothing: no external script, style, font or image', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    // The embedded data is not markup (it holds the hostile owner's `<img src=…>` as an inert string).
    const markup = html.replace(
      /(<script type="application\/json" id="lastseen-data">)[\s\S]*?<\/script>/,
      '$1</script>',
    );
    expect(markup).not.toMatch(/<link\b|\ssrc=|@import|url\(|@font-face/i);
    // The only URL is the SVG namespace, which names and does not fetch.
    expect(markup.match(/https?:\/\/[^\s'"]+/g)).toEqual(['http://www.w3.org/2000/svg']);
    expect(html.match(/<script\b/g)).toHaveLength(2);
    expect(html.match(/<\/script>/g)).toHaveLength(2);
  });

  it('allows only its own script and style, by hash', () => {
    const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1];
    expect(csp).toBe(
      `default-src 'none'; script-src ${hash(CLIENT_SCRIPT)}; style-src ${hash(STYLE)}; img-src data:; base-uri 'none'; form-action 'none'`,
    );
    expect(html).toContain(`<script>${CLIENT_SCRIPT}</script>`);
    expect(html).toContain(`<style>${STYLE}</style>`);
  });

  it('embeds the whole report as JSON that no string in it can break out of', () => {
    expect(embedded(html)).toEqual(JSON.parse(JSON.stringify(r)));
    expect(embedJson({ id: HOSTILE })).toBe(
      '{"id":"\\u003c/script>\\u003cscript>alert(1)\\u003c/script>\\u003c!--"}',
    );
    expect(embedJson({ line: 'a\u2028b' })).toBe('{"line":"a\\u2028b"}');
  });

  it('escapes what it writes as HTML itself', () => {
    expect(html).toContain('<code>telemetry/&#60;b&#62;audit&#60;/b&#62;.jsonl</code>');
    expect(html).not.toContain('<b>audit</b>');
    expect(html).not.toContain('<img');
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&#60;a href=&#34;x&#34; title=&#39;y&#39;&#62;&#38;&#60;/a&#62;',
    );
  });

  it('states the summary without script', () => {
    expect(html).toContain('<p class="verdict blocking">1 blocking finding (fail-on: high)</p>');
    expect(html).toContain('<span class="badge status-inactive">1 inactive</span>');
    expect(html).toContain('<span class="badge severity-high">1 high</span>');
    expect(html).toContain('<p class="muted">1 suppressed, not counted</p>');
    expect(html).toContain(
      '<details><summary>1 rejected</summary><ul><li>line 7: not a time: &#34;yesterday&#34;</li></ul></details>',
    );
    expect(html).toContain('<option value="inactive">inactive (1)</option>');
  });

  it('ships browser code that parses', () => {
    expect(() => new Function(CLIENT_SCRIPT)).not.toThrow();
  });

  it('renders 10,000 subjects within 3 seconds', () => {
    const big = largeReport(10_000);
    const start = performance.now();
    const text = renderHtml(big);
    const elapsed = performance.now() - start;
    expect(elapsed).toBeLessThan(3_000);
    expect(text.length).toBeLessThan(30 * 1024 * 1024);
    expect((embedded(text) as { subjects: unknown[] }).subjects).toHaveLength(10_000);
  });
});

describe('lastseen scan --format html', () => {
  it('writes the report to --output', async () => {
    const out = { stdout: '', stderr: '' };
    const io: Io = {
      stdout: (t) => void (out.stdout += t),
      stderr: (t) => void (out.stderr += t),
      color: false,
      progress: false,
      cwd: ROOT,
      env: {},
    };
    const target = path.join(mkdtempSync(path.join(tmpdir(), 'lastseen-html-')), 'report.html');
    const code = await main(
      [
        'scan',
        '--config',
        'examples/demo/lastseen.yml',
        '--workspace',
        'examples/demo',
        '--now',
        '2026-11-25T12:00:00Z',
        '--format',
        'html',
        '--output',
        target,
      ],
      io,
    );
    expect(code).toBe(1);
    const html = readFileSync(target, 'utf8');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    const data = embedded(html) as {
      summary: { findings: number; blocking: number };
      subjects: { id: string }[];
    };
    expect(out.stderr).toBe(
      `lastseen: wrote html report to ${target}: ${data.summary.findings} findings, ${data.summary.blocking} blocking\n`,
    );
    expect(data.subjects.map((s) => s.id)).toContain('legacy-backup');
  });
});
