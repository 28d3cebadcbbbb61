import { describe, expect, it } from 'vitest';
import { changedLinesFromFiles } from '../../src/action/changed-lines.js';
import { applyPrScope, pullRequestFindings } from '../../src/action/pr-scope.js';
import { finding, report } from './report-fixture.js';

const findings = [
  finding({ rule: 'inactive', subject: 'legacy-backup', location: { path: 'lastseen.yml', line: 26 } }),
  finding({
    rule: 'unrotated',
    subject: 'ci-deployer',
    credential: 'access_key_1',
    location: { path: 'lastseen.yml', line: 18 },
  }),
  finding({
    rule: 'review-overdue',
    subject: 'legacy-backup',
    severity: 'medium',
    blocking: false,
    location: { path: 'lastseen.yml', line: 26 },
  }),
  finding({ rule: 'undeclared', subject: 'alice', location: null }),
  finding({
    rule: 'inactive',
    subject: 'dr-restore',
    suppressed: true,
    blocking: false,
    location: { path: 'lastseen.yml', line: 26 },
  }),
];
const changed = changedLinesFromFiles([
  { filename: 'lastseen.yml', status: 'modified', patch: '@@ -24,0 +25,8 @@\n+\n+  - id: legacy-backup' },
]);

describe('applyPrScope', () => {
  it('blocks only on changed lines with fail-scope changed, and recomputes the summary', () => {
    const scoped = applyPrScope(report(findings), changed, 'changed');
    expect(scoped.findings.map((f) => [f.rule, f.subject, f.changed, f.blocking])).toEqual([
      ['inactive', 'legacy-backup', true, true],
      ['unrotated', 'ci-deployer', false, false],
      ['review-overdue', 'legacy-backup', true, false],
      ['undeclared', 'alice', false, false],
      ['inactive', 'dr-restore', true, false],
    ]);
    expect(scoped.summary.blocking).toBe(1);
    expect(scoped.summary.findings).toBe(4);
    expect(pullRequestFindings(scoped)).toBe(2);
  });

  it('keeps what blocks with fail-scope all, and never unblocks below fail-on or unsuppresses', () => {
    const scoped = applyPrScope(report(findings), changed, 'all');
    expect(scoped.findings.map((f) => f.blocking)).toEqual([true, true, false, true, false]);
    expect(scoped.summary.blocking).toBe(3);
    expect(pullRequestFindings(scoped)).toBe(4);
  });

  it('does not change the report it was given', () => {
    const original = report(findings);
    applyPrScope(original, changed, 'changed');
    expect(original.summary.blocking).toBe(3);
    expect(original.findings[1].blocking).toBe(true);
    expect(original.findings[1].changed).toBeUndefined();
  });
});
