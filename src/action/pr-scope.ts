// PR scope (DESIGN.md §6): in a pull request a finding blocks only when the PR adds or changes the
// line it sits on; the rest is pre-existing. A team adopting lastseen on an old repository can then
// require the check at once, without first fixing every finding the repository already had.
import type { Report } from '../model/report.js';
import { isChanged, type ChangedLines } from './changed-lines.js';

export type FailScope = 'changed' | 'all';

/** Marks each finding changed or pre-existing and recomputes what blocks. Returns a new report. */
export function applyPrScope(report: Report, changed: ChangedLines, failScope: FailScope): Report {
  const findings = report.findings.map((finding) => {
    // A finding with no place of its own (a scan-wide one) was not added by any line of this PR.
    const onChangedLine = finding.location
      ? isChanged(changed, finding.location.path, finding.location.line)
      : false;
    const blocking = finding.blocking && !finding.suppressed && (failScope === 'all' || onChangedLine);
    return { ...finding, changed: onChangedLine, blocking };
  });
  const blocking = findings.filter((finding) => finding.blocking && !finding.suppressed).length;
  return { ...report, findings, summary: { ...report.summary, blocking } };
}

/** Findings the PR is answerable for: on its changed lines, or blocking (with fail-scope: all). */
export function pullRequestFindings(report: Report): number {
  return report.findings.filter(
    (finding) => !finding.suppressed && (finding.changed === true || finding.blocking),
  ).length;
}
