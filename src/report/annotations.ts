// Workflow annotations for the Action: one per finding, on the line that declares the identity.
// GitHub shows at most 10 annotations of each level per step (and 50 per job), so the most severe go
// first and, past a cap, one last annotation of that level says how many more there are.
import { SEVERITIES } from '../model/config.js';
import type { Finding, Report } from '../model/report.js';

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface Annotation {
  level: AnnotationLevel;
  title: string;
  message: string;
  /** Relative to the workspace; absent on the "N more" line when it is not about one file. */
  file?: string;
  line?: number;
  column?: number;
}

export type AnnotationCaps = Record<AnnotationLevel, number>;

/** GitHub's per-step display limit for each level. */
export const GITHUB_ANNOTATION_CAPS: Readonly<AnnotationCaps> = { error: 10, warning: 10, notice: 10 };

export interface AnnotationOptions {
  /** How many of each level may be emitted, the "N more" line included. */
  caps?: AnnotationCaps;
  /** Where run details live (the job summary), named in the "N more" line. */
  moreAt?: string;
}

const LEVEL_ORDER: readonly AnnotationLevel[] = ['error', 'warning', 'notice'];

/** Blocking → error; otherwise warning (medium and above) or notice (low). Never an error unless it blocks. */
export function annotationLevel(finding: Finding): AnnotationLevel {
  if (finding.blocking) return 'error';
  return finding.severity === 'low' ? 'notice' : 'warning';
}

function severityRank(finding: Finding): number {
  return SEVERITIES.indexOf(finding.severity);
}

/** Most severe first, then by place, so the visible ones are the ones that matter and the order is stable. */
export function compareForAnnotation(a: Finding, b: Finding): number {
  const byLevel = LEVEL_ORDER.indexOf(annotationLevel(a)) - LEVEL_ORDER.indexOf(annotationLevel(b));
  if (byLevel !== 0) return byLevel;
  const bySeverity = severityRank(b) - severityRank(a);
  if (bySeverity !== 0) return bySeverity;
  // A finding with a declaration of its own comes before one placed on the inventory's first line.
  if (!a.location !== !b.location) return a.location ? -1 : 1;
  const pathA = a.location?.path ?? '';
  const pathB = b.location?.path ?? '';
  if (pathA !== pathB) return pathA < pathB ? -1 : 1;
  const byLine = (a.location?.line ?? 0) - (b.location?.line ?? 0);
  if (byLine !== 0) return byLine;
  return `${a.rule}\0${a.subject}\0${a.credential ?? ''}` < `${b.rule}\0${b.subject}\0${b.credential ?? ''}`
    ? -1
    : 1;
}

function toAnnotation(finding: Finding, configPath: string): Annotation {
  const who = finding.credential ? `${finding.subject} / ${finding.credential}` : finding.subject;
  const scope = finding.changed === false ? ', pre-existing' : '';
  const annotation: Annotation = {
    level: annotationLevel(finding),
    title: `lastseen/${finding.rule}: ${who} (${finding.severity}${scope})`,
    message: finding.remediation ? `${finding.message}\nFix: ${finding.remediation}` : finding.message,
    // A finding about the scan as a whole still needs a place: the inventory's first line.
    file: finding.location?.path ?? configPath,
    line: finding.location?.line ?? 1,
  };
  if (finding.location?.column) annotation.column = finding.location.column;
  return annotation;
}

/** The annotations to emit for a report: within the caps, most severe first, then a count of the rest. */
export function buildAnnotations(report: Report, options: AnnotationOptions = {}): Annotation[] {
  const caps = options.caps ?? GITHUB_ANNOTATION_CAPS;
  const moreAt = options.moreAt ?? 'the job summary';
  const findings = report.findings.filter((finding) => !finding.suppressed).sort(compareForAnnotation);
  const out: Annotation[] = [];
  for (const level of LEVEL_ORDER) {
    const ofLevel = findings.filter((finding) => annotationLevel(finding) === level);
    const cap = Math.max(0, caps[level]);
    if (ofLevel.length <= cap) {
      out.push(...ofLevel.map((finding) => toAnnotation(finding, report.config)));
      continue;
    }
    // Keep the last slot for the count, so the reader knows the list is cut.
    const shown = Math.max(0, cap - 1);
    out.push(...ofLevel.slice(0, shown).map((finding) => toAnnotation(finding, report.config)));
    const more = ofLevel.length - shown;
    if (cap > 0) {
      out.push({
        level,
        title: `lastseen: ${more} more ${describe(level)} not annotated`,
        message: `${more} more ${describe(level)} than GitHub shows as annotations; see ${moreAt}, the JSON report or the SARIF for all of them.`,
      });
    }
  }
  return out;
}

/** How many findings of each level were not annotated (for a log line when even the count did not fit). */
export function unannotated(report: Report, annotations: Annotation[]): number {
  const shown = annotations.filter((annotation) => annotation.file !== undefined).length;
  return report.findings.filter((finding) => !finding.suppressed).length - shown;
}

function describe(level: AnnotationLevel): string {
  if (level === 'error') return 'blocking findings';
  if (level === 'warning') return 'non-blocking findings (medium or higher)';
  return 'low-severity findings';
}
