// 10,000 identities and their telemetry, generated here: the scan finishes in reasonable time and every
// output stays within what GitHub accepts.
import { gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { GITHUB_ANNOTATION_CAPS } from '../../src/report/annotations.js';
import {
  COMMENT_MAX_CHARS,
  SARIF_MAX_GZIP_BYTES,
  SARIF_MAX_RESULTS,
  SUMMARY_MAX_BYTES,
} from '../../src/report/limits.js';
import { scanAll, workspaceWith } from './pipeline.js';

const IDENTITIES = 10_000;

function workspace(): string {
  const lines = [
    'version: 1',
    'discover: false',
    'sources:',
    '  - type: csv',
    '    path: events.csv.gz',
    '    platform: acme',
    '    window: 180d',
    '    generated-at: 2026-11-24T00:00:00Z',
    '    columns: { principal: actor, at: timestamp, action: event_name }',
    'identities:',
  ];
  for (let i = 0; i < IDENTITIES; i++) {
    lines.push(
      `  - { id: identity-${i}, kind: service-account, platform: acme, owner: "@acme/team-${i % 40}", principals: [svc-${i}] }`,
    );
  }
  // Three events per identity, half of them in April (idle since): 500 principals nobody declared.
  const rows = ['timestamp,actor,event_name'];
  for (let i = 0; i < IDENTITIES * 3; i++) {
    const month = i % 2 ? '11' : '04';
    rows.push(
      `2026-${month}-${String(1 + (i % 20)).padStart(2, '0')}T00:00:00Z,svc-${i % (IDENTITIES + 500)},deploy`,
    );
  }
  return workspaceWith({
    'lastseen.yml': `${lines.join('\n')}\n`,
    'events.csv.gz': gzipSync(`${rows.join('\n')}\n`),
  });
}

test(`${IDENTITIES} identities scan in reasonable time, and every output respects its limit`, async () => {
  const started = performance.now();
  const out = await scanAll(workspace());
  const seconds = (performance.now() - started) / 1000;
  // About 5 s on an idle machine; the bound leaves room for a busy CI runner.
  expect(seconds).toBeLessThan(90);

  const { summary } = out.report;
  expect(summary.subjects).toBe(IDENTITIES + 500);
  expect(out.report.sources[0]).toMatchObject({
    records: IDENTITIES * 3,
    accepted: IDENTITIES * 3,
    rejected: 0,
  });
  expect(
    summary.byStatus.active + summary.byStatus.inactive + summary.byStatus['never-used'],
  ).toBeGreaterThan(IDENTITIES);

  expect(Buffer.byteLength(out.summary, 'utf8')).toBeLessThanOrEqual(SUMMARY_MAX_BYTES);
  expect(out.comment.length).toBeLessThanOrEqual(COMMENT_MAX_CHARS);
  const sarif = JSON.parse(out.sarif);
  expect(sarif.runs[0].results.length).toBeLessThanOrEqual(SARIF_MAX_RESULTS);
  expect(gzipSync(out.sarif).length).toBeLessThanOrEqual(SARIF_MAX_GZIP_BYTES);
  const annotations = JSON.parse(out.annotations) as { level: 'error' | 'warning' | 'notice' }[];
  for (const level of ['error', 'warning', 'notice'] as const) {
    expect(annotations.filter((a) => a.level === level).length).toBeLessThanOrEqual(
      GITHUB_ANNOTATION_CAPS[level],
    );
  }
  // The JSON report lists every finding.
  expect(JSON.parse(out.json).findings).toHaveLength(out.report.findings.length);
}, 180_000);
