// The bounds a scan and its outputs keep, in one place (docs/security.md lists them). Inputs that
// exceed a count are refused with a message that says which limit and what to do; outputs that would
// exceed what GitHub accepts are cut, most severe first, and say how much was left out.
import type { Config } from '../model/config.js';
import { SEVERITIES } from '../model/config.js';
import { ConfigurationError, InputError } from '../model/errors.js';
import type { Finding, Report } from '../model/report.js';
import { zlibModule } from '../sources/lazy-modules.js';

/** Declared identities per scan, includes counted: 10,000 take seconds; far more is a split inventory. */
export const MAX_IDENTITIES = 50_000;
/** Source and people entries per scan. */
export const MAX_SOURCES = 1_000;
/** Subjects per report: each is a few kilobytes of JSON; 100,000 make a 200 MB report. */
export const MAX_SUBJECTS = 100_000;
/** Findings per report. */
export const MAX_FINDINGS = 100_000;
/** GitHub code scanning rejects a run with more results than this. */
export const SARIF_MAX_RESULTS = 25_000;
/** GitHub code scanning rejects a SARIF file larger than 10 MB gzipped; a margin for the upload's own framing. */
export const SARIF_MAX_GZIP_BYTES = 9_500_000;
/** GitHub's step summary is capped at 1 MiB (src/action/summary.ts keeps under it). */
export const SUMMARY_MAX_BYTES = 1_048_576;
/** GitHub rejects issue and PR comment bodies longer than this (src/action/comment.ts keeps under it). */
export const COMMENT_MAX_CHARS = 65_536;

/** Throws a ConfigurationError, at the first entry past the limit, when the inventory declares too much. */
export function checkInventoryLimits(config: Config): void {
  if (config.identities.length > MAX_IDENTITIES) {
    throw new ConfigurationError(
      `the inventory declares ${config.identities.length} identities, more than the ${MAX_IDENTITIES} one scan reads; ` +
        'split it into inventories per team or platform and scan each',
      config.identities[MAX_IDENTITIES].location,
    );
  }
  const sources = [...config.sources, ...config.people];
  if (sources.length > MAX_SOURCES) {
    throw new ConfigurationError(
      `the inventory names ${sources.length} sources and people exports, more than the ${MAX_SOURCES} one scan reads; ` +
        'glob files of one type into one entry (path: "exports/*.json")',
      sources[MAX_SOURCES].location,
    );
  }
}

/**
 * Throws an InputError when a report would be too big to write: telemetry (which a pull request can
 * change) naming hundreds of thousands of principals no identity claims. Failing says so plainly;
 * a report cut without a trace would mislead whatever reads the JSON.
 */
export function checkReportLimits(report: Report): void {
  const undeclared = report.subjects.filter((subject) => !subject.declared).length;
  const advice =
    `${undeclared} subjects are principals seen in telemetry that no identity claims: claim them with globs under ` +
    '`principals:`, narrow the sources, or split the scan';
  if (report.subjects.length > MAX_SUBJECTS) {
    throw new InputError(
      `the scan found ${report.subjects.length} subjects, more than the ${MAX_SUBJECTS} one report holds; ${advice}`,
    );
  }
  if (report.findings.length > MAX_FINDINGS) {
    throw new InputError(
      `the scan produced ${report.findings.length} findings, more than the ${MAX_FINDINGS} one report holds; ${advice}`,
    );
  }
}

/** What a SARIF run says when results were left out, so code scanning users know the list is cut. */
export interface OmittedResults {
  omitted: number;
  reason: string;
}

/**
 * The report's SARIF within GitHub's limits: at most SARIF_MAX_RESULTS results and SARIF_MAX_GZIP_BYTES
 * gzipped. `render` turns a report into the SARIF log object; `note` records what was left out in it.
 */
export function fitSarif<Log>(
  report: Report,
  render: (report: Report) => Log,
  note: (log: Log, omitted: OmittedResults) => void,
): string {
  const ranked = [...report.findings].sort(byPriority);
  let keep = Math.min(report.findings.length, SARIF_MAX_RESULTS);
  for (;;) {
    const kept = keep === report.findings.length ? undefined : new Set(ranked.slice(0, keep));
    const log = render(kept ? { ...report, findings: report.findings.filter((f) => kept.has(f)) } : report);
    const omitted = report.findings.length - keep;
    if (omitted > 0) {
      note(log, {
        omitted,
        reason:
          `${omitted} of ${report.findings.length} findings are not in this SARIF file: GitHub code scanning accepts at ` +
          `most ${SARIF_MAX_RESULTS} results and ${SARIF_MAX_GZIP_BYTES / 1_000_000} MB gzipped per upload. The most ` +
          'severe are kept; the JSON report lists every finding.',
      });
    }
    const text = `${JSON.stringify(log, null, 2)}\n`;
    // Gzip only when it could matter: text under the limit is under it gzipped too.
    if (
      keep === 0 ||
      text.length <= SARIF_MAX_GZIP_BYTES ||
      zlibModule().gzipSync(text).length <= SARIF_MAX_GZIP_BYTES
    ) {
      return text;
    }
    keep = Math.floor(keep / 2);
  }
}

/** Blocking first, then the most severe, then unsuppressed: the findings to keep when not all fit. */
export function byPriority(a: Finding, b: Finding): number {
  if (a.blocking !== b.blocking) return a.blocking ? -1 : 1;
  const bySeverity = SEVERITIES.indexOf(b.severity) - SEVERITIES.indexOf(a.severity);
  if (bySeverity !== 0) return bySeverity;
  return Number(a.suppressed ?? false) - Number(b.suppressed ?? false);
}
