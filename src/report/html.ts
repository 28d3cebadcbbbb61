// The HTML report: one self-contained file (`--format html`) that a reviewer opens from a workflow
// artifact. Summary and sources are plain HTML; the tables and timelines are drawn in the browser
// from the Report, embedded as JSON. Nothing is fetched: a Content-Security-Policy allows only this
// file's own script and style (by hash), so even a hostile principal name could not load anything.
import { createHash } from 'node:crypto';
import type { Severity } from '../model/config.js';
import type { Report, SourceSummary, SubjectStatus } from '../model/report.js';
import { APP_SCRIPT } from './html/script-app.js';
import { DOM_SCRIPT } from './html/script-dom.js';
import { TIMELINE_SCRIPT } from './html/script-timeline.js';
import { VIEW_SCRIPT } from './html/script-view.js';
import { STYLE } from './html/style.js';

export interface HtmlOptions {
  /** The page title; defaults to "lastseen report". */
  title?: string;
}

const SEVERITIES: Severity[] = ['critical', 'high', 'medium', 'low'];
const STATUSES: SubjectStatus[] = ['inactive', 'never-used', 'unknown', 'active'];

/** The browser code, one strict-mode function so that nothing leaks onto `window`. */
export const CLIENT_SCRIPT = `(function () {\n'use strict';\n${DOM_SCRIPT}${TIMELINE_SCRIPT}${APP_SCRIPT}${VIEW_SCRIPT}})();\n`;

/** Escapes text for HTML content and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** JSON that can sit inside a <script> element: no `<` can close it or open a comment. */
export function embedJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

function day(iso: string | null): string {
  return iso ? iso.slice(0, 10) : '—';
}

function summarySection(report: Report): string {
  const s = report.summary;
  const verdict =
    s.blocking > 0
      ? `<p class="verdict blocking">${s.blocking} blocking finding${s.blocking === 1 ? '' : 's'} (fail-on: ${escapeHtml(report.failOn)})</p>`
      : `<p class="verdict clear">${s.findings > 0 ? 'Nothing blocks' : 'No findings: every identity is owned, rotated and used'} (fail-on: ${escapeHtml(report.failOn)})</p>`;
  const statuses = STATUSES.map(
    (st) => `<li><span class="badge status-${st}">${s.byStatus[st]} ${st}</span></li>`,
  ).join('');
  const severities = SEVERITIES.map(
    (sev) => `<li><span class="badge severity-${sev}">${s.bySeverity[sev]} ${sev}</span></li>`,
  ).join('');
  const reclaim = s.reclaimable.length
    ? `<div class="card"><h3>Reclaimable licence spend</h3><p class="big">${s.reclaimable
        .map((r) => `${escapeHtml(r.amount.toLocaleString('en-US'))} ${escapeHtml(r.currency)}`)
        .join(', ')}</p><p class="muted">per year, from dormant licences</p></div>`
    : '';
  return `<section aria-labelledby="summary-heading">
<h2 id="summary-heading">Summary</h2>
${verdict}
<div class="cards">
<div class="card"><h3>Subjects</h3><p class="big">${s.subjects.toLocaleString('en-US')}</p><ul aria-label="Subjects by status">${statuses}</ul></div>
<div class="card"><h3>Findings</h3><p class="big">${s.findings.toLocaleString('en-US')}</p><ul aria-label="Findings by severity">${severities}</ul>${s.suppressed ? `<p class="muted">${s.suppressed} suppressed, not counted</p>` : ''}</div>
<div class="card"><h3>Blocking</h3><p class="big">${s.blocking.toLocaleString('en-US')}</p><p class="muted">at or above <code>${escapeHtml(report.failOn)}</code></p></div>
${reclaim}</div>
</section>`;
}

function sourceRow(source: SourceSummary): string {
  const problems: string[] = [];
  if (source.failure) problems.push(`<p>Could not be read: ${escapeHtml(source.failure)}</p>`);
  if (source.errors.length) {
    const items = source.errors.map((e) => `<li>line ${e.line}: ${escapeHtml(e.reason)}</li>`).join('');
    problems.push(`<details><summary>${source.rejected} rejected</summary><ul>${items}</ul></details>`);
  } else if (source.rejected) problems.push(`<p>${source.rejected} rejected</p>`);
  const generated = source.generatedAt
    ? `${day(source.generatedAt)}${source.generatedAtFrom ? ` <span class="muted">(${escapeHtml(source.generatedAtFrom)})</span>` : ''}`
    : '—';
  return `<tr><th scope="row"><code>${escapeHtml(source.type)}</code></th><td><code>${escapeHtml(source.path ?? '(API)')}</code></td><td>${day(source.window.from)} → ${day(source.window.to)}</td><td>${generated}</td><td>${source.accepted.toLocaleString('en-US')} of ${source.records.toLocaleString('en-US')}${source.duplicates ? ` <span class="muted">(${source.duplicates} duplicates)</span>` : ''}</td><td>${problems.join('') || '<span class="muted">none</span>'}</td></tr>`;
}

function sourcesSection(report: Report): string {
  const rows = report.sources.map(sourceRow).join('\n');
  return `<section aria-labelledby="sources-heading">
<h2 id="sources-heading">Telemetry sources</h2>
${
  report.sources.length
    ? `<table class="plain"><thead><tr><th scope="col">Type</th><th scope="col">Path</th><th scope="col">Window</th><th scope="col">Generated</th><th scope="col">Records accepted</th><th scope="col">Problems</th></tr></thead><tbody>\n${rows}\n</tbody></table>`
    : '<p class="muted">No telemetry source is configured: activity cannot be judged.</p>'
}
</section>`;
}

function option(value: string, label: string): string {
  return `<option value="${escapeHtml(value)}">${escapeHtml(label)}</option>`;
}

function exploreSection(report: Report): string {
  const s = report.summary;
  const rules = [...new Set(report.findings.map((f) => f.rule))].sort();
  const statusOptions = STATUSES.map((st) => option(st, `${st} (${s.byStatus[st]})`)).join('');
  const severityOptions = SEVERITIES.map((sev) => option(sev, sev)).join('');
  const ruleOptions = rules.map((rule) => option(rule, rule)).join('');
  return `<section aria-labelledby="explore-heading">
<h2 id="explore-heading">Subjects and findings</h2>
<noscript><p>The tables and timelines need JavaScript. Everything they show is in the JSON embedded in this file (the <code>lastseen-data</code> script element), and in <code>lastseen scan --format json</code>.</p></noscript>
<form class="filters" id="filters" role="search" aria-label="Filter subjects and findings">
<label for="filter-status">Status<select id="filter-status">${option('', 'all statuses')}${statusOptions}</select></label>
<label for="filter-severity">Severity<select id="filter-severity">${option('', 'all severities')}${severityOptions}</select></label>
<label for="filter-rule">Rule<select id="filter-rule">${option('', 'all rules')}${ruleOptions}</select></label>
<label for="filter-text">Text<input type="search" id="filter-text" placeholder="id, owner, principal, message" autocomplete="off"></label>
<label class="check" for="filter-suppressed"><input type="checkbox" id="filter-suppressed">Show suppressed findings</label>
<button type="button" id="filter-clear">Clear filters</button>
</form>
<div role="tablist" aria-label="Tables">
<button type="button" role="tab" id="tab-subjects" aria-controls="panel-subjects" aria-selected="true">Subjects</button>
<button type="button" role="tab" id="tab-findings" aria-controls="panel-findings" aria-selected="false" tabindex="-1">Findings</button>
</div>
<p id="result-count" role="status" aria-live="polite"></p>
<div role="tabpanel" id="panel-subjects" aria-labelledby="tab-subjects" tabindex="0"></div>
<div role="tabpanel" id="panel-findings" aria-labelledby="tab-findings" tabindex="0" hidden></div>
</section>`;
}

/** Renders the report as one self-contained HTML document. */
export function renderHtml(report: Report, options: HtmlOptions = {}): string {
  const title = options.title ?? 'lastseen report';
  const csp = [
    "default-src 'none'",
    `script-src ${sha256(CLIENT_SCRIPT)}`,
    `style-src ${sha256(STYLE)}`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const when = report.now.replace('T', ' ').replace(/\.\d+Z$|Z$/, ' UTC');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="lastseen ${escapeHtml(report.tool.version)}">
<title>${escapeHtml(title)} · ${escapeHtml(report.now.slice(0, 10))}</title>
<style>${STYLE}</style>
</head>
<body>
<header class="page">
<h1>${escapeHtml(title)}</h1>
<p class="muted">Inventory <code>${escapeHtml(report.config)}</code> · evaluated at ${escapeHtml(when)} · lastseen ${escapeHtml(report.tool.version)}</p>
</header>
<main>
${summarySection(report)}
${sourcesSection(report)}
${exploreSection(report)}
</main>
<footer><p>Generated by lastseen ${escapeHtml(report.tool.version)}. This file is self-contained and loads nothing: the full JSON report is embedded in it.</p></footer>
<script type="application/json" id="lastseen-data">${embedJson(report)}</script>
<script>${CLIENT_SCRIPT}</script>
</body>
</html>
`;
}
