// Limits with clear messages: too many identities or sources is refused with the limit and what to do;
// outputs never exceed what GitHub accepts (SARIF: 25,000 results and 10 MB gzipped; job summary:
// 1 MiB; PR comment: 65,536 characters), whatever the report holds, and say what they left out.
import { randomBytes } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { commentBody } from '../../src/action/comment.js';
import { summaryMarkdown } from '../../src/action/summary.js';
import type { Location, SourceEntry } from '../../src/model/config.js';
import { formatUserError } from '../../src/model/errors.js';
import type { Finding, Report, SourceSummary } from '../../src/model/report.js';
import {
  checkInventoryLimits,
  checkReportLimits,
  COMMENT_MAX_CHARS,
  MAX_FINDINGS,
  MAX_IDENTITIES,
  MAX_SOURCES,
  MAX_SUBJECTS,
  SARIF_MAX_GZIP_BYTES,
  SARIF_MAX_RESULTS,
  SUMMARY_MAX_BYTES,
} from '../../src/report/limits.js';
import { renderSarifText } from '../../src/report/sarif.js';
import { FRAMEWORKS, RULE_METADATA } from '../../src/rules/metadata.js';
import { config, identity } from '../helpers/config.js';
import { inventory, scanAll, workspaceWith } from './pipeline.js';

const at = (line: number): Location => ({ path: 'lastseen.yml', line });

function userMessage(run: () => void): string {
  try {
    run();
  } catch (error) {
    return formatUserError(error as Parameters<typeof formatUserError>[0]);
  }
  throw new Error('expected an error');
}

/** A small real report, to grow in code: the renderers see the shapes the pipeline makes. */
async function baseReport(): Promise<Report> {
  const workspace = workspaceWith({
    'lastseen.yml': inventory(
      'type: csv\npath: events.csv\nwindow: 180d\ngenerated-at: 2026-11-24T00:00:00Z\ncolumns: { principal: actor, at: timestamp }',
    ),
    'events.csv': 'timestamp,actor\n2026-01-20T00:00:00Z,svc-one\n',
  });
  return (await scanAll(workspace)).report;
}

const SEVERITY = ['low', 'medium', 'high', 'critical'] as const;

/** `count` findings on distinct subjects; one in ten blocks, severities cycle; messages as long as asked. */
function findings(template: Finding, count: number, messageChars = 80, evidenceBytes = 0): Finding[] {
  return Array.from({ length: count }, (_, i) => ({
    ...template,
    subject: `svc-${i}`,
    severity: SEVERITY[i % 4],
    blocking: i % 10 === 0,
    message: `svc-${i}: ${'é'.repeat(messageChars)}`,
    location: at(100 + i),
    evidence: evidenceBytes ? { noise: randomBytes(evidenceBytes).toString('base64') } : template.evidence,
  }));
}

describe('inventory counts', () => {
  test(`more than ${MAX_IDENTITIES} identities is refused at the first one past the limit`, () => {
    const identities = Array.from({ length: MAX_IDENTITIES + 1 }, (_, i) =>
      identity({ id: `id-${i}`, location: at(10 + i) }),
    );
    expect(userMessage(() => checkInventoryLimits(config(identities)))).toBe(
      `lastseen.yml:${10 + MAX_IDENTITIES}: the inventory declares ${MAX_IDENTITIES + 1} identities, more than the ` +
        `${MAX_IDENTITIES} one scan reads; split it into inventories per team or platform and scan each`,
    );
    expect(() => checkInventoryLimits(config(identities.slice(1)))).not.toThrow();
  });

  test(`more than ${MAX_SOURCES} sources is refused at the first one past the limit`, () => {
    const sources: SourceEntry[] = Array.from({ length: MAX_SOURCES + 1 }, (_, i) => ({
      type: 'csv',
      path: `exports/${i}.csv`,
      baseDir: '/workspace',
      options: {},
      location: at(5 + i),
    }));
    expect(userMessage(() => checkInventoryLimits(config([], { sources })))).toBe(
      `lastseen.yml:${5 + MAX_SOURCES}: the inventory names ${MAX_SOURCES + 1} sources and people exports, more than the ` +
        `${MAX_SOURCES} one scan reads; glob files of one type into one entry (path: "exports/*.json")`,
    );
  });
});

describe('report counts', () => {
  test(`more than ${MAX_SUBJECTS} subjects or ${MAX_FINDINGS} findings is refused, saying why`, async () => {
    const report = await baseReport();
    const subject = report.subjects[0];
    const many = {
      ...report,
      subjects: Array.from({ length: MAX_SUBJECTS + 1 }, () => ({ ...subject, declared: false })),
    };
    expect(userMessage(() => checkReportLimits(many))).toBe(
      `the scan found ${MAX_SUBJECTS + 1} subjects, more than the ${MAX_SUBJECTS} one report holds; ${MAX_SUBJECTS + 1} ` +
        'subjects are principals seen in telemetry that no identity claims: claim them with globs under `principals:`, ' +
        'narrow the sources, or split the scan',
    );
    const noisy = { ...report, findings: findings(report.findings[0], MAX_FINDINGS + 1, 1) };
    expect(userMessage(() => checkReportLimits(noisy))).toMatch(
      new RegExp(
        `^the scan produced ${MAX_FINDINGS + 1} findings, more than the ${MAX_FINDINGS} one report holds`,
      ),
    );
  });
});

describe('SARIF', () => {
  test(`keeps at most ${SARIF_MAX_RESULTS} results, the blocking and most severe first, and says how many it left out`, async () => {
    const report = await baseReport();
    const all = findings(report.findings[0], 30_000);
    const sarif = JSON.parse(
      renderSarifText({ ...report, findings: all }, { rules: RULE_METADATA, frameworks: FRAMEWORKS }),
    );
    const [run] = sarif.runs;
    expect(run.results).toHaveLength(SARIF_MAX_RESULTS);
    expect(run.properties.omittedResults).toBe(5_000);
    expect(run.invocations[0].toolExecutionNotifications[0].message.text).toBe(
      '5000 of 30000 findings are not in this SARIF file: GitHub code scanning accepts at most 25000 results and ' +
        '9.5 MB gzipped per upload. The most severe are kept; the JSON report lists every finding.',
    );
    // Every blocking finding is kept, and what was left out is the least severe.
    const kept = run.results as { properties: { blocking: boolean; severity: string } }[];
    expect(kept.filter((r) => r.properties.blocking)).toHaveLength(3_000);
    expect(kept.filter((r) => r.properties.severity === 'low').length).toBeLessThan(7_500 - 5_000 + 1);
  });

  test('stays under 10 MB gzipped however large each result is', async () => {
    const report = await baseReport();
    // Incompressible evidence: 20,000 results of 1.5 KB each are 30 MB of SARIF that gzip cannot shrink.
    const all = findings(report.findings[0], 20_000, 10, 1_100);
    const text = renderSarifText(
      { ...report, findings: all },
      { rules: RULE_METADATA, frameworks: FRAMEWORKS },
    );
    const gzipped = gzipSync(text);
    expect(gzipped.length).toBeLessThanOrEqual(SARIF_MAX_GZIP_BYTES);
    const [run] = JSON.parse(gunzipSync(gzipped).toString('utf8')).runs;
    expect(run.results.length + run.properties.omittedResults).toBe(20_000);
    expect(run.results.length).toBeGreaterThan(2_000);
  }, 60_000);
});

describe('Markdown for GitHub', () => {
  test(`the job summary stays under 1 MiB and the PR comment under ${COMMENT_MAX_CHARS} characters`, async () => {
    const report = await baseReport();
    // Two-byte characters: GitHub counts the summary in bytes and the comment in characters.
    const big = { ...report, findings: findings(report.findings[0], 30_000, 200) };
    const summary = summaryMarkdown(big, { pullRequest: false, notes: ['PR comment updated.'] });
    expect(Buffer.byteLength(summary, 'utf8')).toBeLessThanOrEqual(SUMMARY_MAX_BYTES);
    expect(summary).toMatch(
      /> \d+ more findings did not fit here; the JSON report and SARIF have all of them\./,
    );
    const comment = commentBody(big, 'https://github.com/acme/platform/actions/runs/1');
    expect(comment.length).toBeLessThanOrEqual(COMMENT_MAX_CHARS);
    expect(comment).toContain('more findings did not fit here: see [the full report]');
  });

  test('a thousand broken sources with long reasons still fit', async () => {
    const report = await baseReport();
    const broken: SourceSummary[] = Array.from({ length: 1_000 }, (_, i) => ({
      ...report.sources[0],
      path: `exports/${'nested/'.repeat(20)}export-${i}.csv`,
      rejected: 5,
      records: 5,
      failure: `exports/export-${i}.csv:9: not read to its end (${'a quoted field is never closed '.repeat(5)})`,
      errors: Array.from({ length: 5 }, (_, line) => ({ line, reason: 'r'.repeat(300) })),
    }));
    const big = { ...report, sources: broken, findings: findings(report.findings[0], 500) };
    const comment = commentBody(big);
    expect(comment.length).toBeLessThanOrEqual(COMMENT_MAX_CHARS);
    const summary = summaryMarkdown(big, { pullRequest: true, notes: [] });
    expect(Buffer.byteLength(summary, 'utf8')).toBeLessThanOrEqual(SUMMARY_MAX_BYTES);
  });
});
