// The Report model: what every renderer (console, JSON, SARIF, Markdown, HTML, annotations) reads.
// Its JSON form is the contract of DESIGN.md §6; times are ISO 8601 UTC strings or null.
import type { Location, Severity } from './config.js';

export type SubjectStatus = 'active' | 'inactive' | 'never-used' | 'unknown';

export interface Window {
  from: string | null;
  to: string | null;
}

export interface SourceError {
  line: number;
  reason: string;
}

export interface SourceSummary {
  type: string;
  path: string | null;
  generatedAt: string | null;
  /** Where generatedAt came from: the export itself, the config, or the newest time in the data. */
  generatedAtFrom: 'export' | 'config' | 'data' | 'api' | null;
  window: Window;
  records: number;
  accepted: number;
  rejected: number;
  duplicates: number;
  /** The first rejected records (capped); `rejected` has the full count. */
  errors: SourceError[];
  /** Files the entry matched, relative to the workspace. */
  files: string[];
  /** Why the source could not be read at all (missing file, 403), when it could not. */
  failure?: string;
  /** What the platform does not log, so findings resting on it can say so. */
  blindSpots?: string[];
}

export interface CredentialReport {
  id: string;
  active: boolean;
  state: string | null;
  createdAt: string | null;
  rotatedAt: string | null;
  expiresAt: string | null;
  lastMeaningfulUse: string | null;
  neverUsed: boolean | null;
  /** Where each value came from: 'telemetry' wins over 'declared'. */
  from: { createdAt?: 'telemetry' | 'declared'; expiresAt?: 'telemetry' | 'declared' };
  sources: string[];
}

export interface Coverage {
  sources: string[];
  window: Window;
}

export interface SubjectReport {
  id: string;
  declared: boolean;
  kind: string | null;
  platform: string | null;
  owner: string | null;
  principals: string[];
  aliases: string[];
  location: Location | null;
  lastUse: string | null;
  lastMeaningfulUse: string | null;
  events: number;
  meaningfulEvents: number;
  neverUsed: boolean | null;
  status: SubjectStatus;
  coverage: Coverage;
  credentials: CredentialReport[];
  /**
   * Days with meaningful use in each of the last 26 weeks (7-day spans ending at `now`), oldest first,
   * for sparklines; null for a week that no source could observe (before its window, or before the
   * last use a snapshot reports), so silence is not mistaken for evidence of idleness.
   */
  weeks?: (number | null)[];
  /** The longer activity picture the HTML report draws. */
  timeline?: SubjectTimeline;
}

/** A subject's activity by calendar week, with what to draw over it (DESIGN.md §4 thresholds). */
export interface SubjectTimeline {
  /** Monday 00:00 UTC of the first week; weeks run Monday to Sunday (UTC), the last one holds `now`. */
  from: string;
  /** Days with meaningful use in each week, oldest first; null where no source could observe use. */
  weeks: (number | null)[];
  /** Logins are evidence of life, not use; they are not kept per day, so only the latest is drawn. */
  lastLogin: string | null;
  logins: number;
  /** Idle longer than this is inactive: max(inactive-after, 2 × cadence). */
  thresholdDays: number;
  reactivationGapDays: number;
  /** Idle spans of at least the reactivation gap between two meaningful uses (ends of UTC days). */
  gaps: { from: string; to: string; days: number }[];
}

export interface Finding {
  rule: string;
  severity: Severity;
  subject: string;
  credential: string | null;
  message: string;
  remediation: string;
  location: Location | null;
  blocking: boolean;
  /** True when a suppression covers it; suppressed findings never block and are not counted. */
  suppressed?: boolean;
  /** In a pull request: whether the location is on a line the PR changed. */
  changed?: boolean;
  evidence: Record<string, unknown>;
}

export interface Reclaimable {
  amount: number;
  currency: string;
  per: 'year';
}

export interface ReportSummary {
  subjects: number;
  findings: number;
  bySeverity: Record<Severity, number>;
  blocking: number;
  reclaimable: Reclaimable[];
  byStatus: Record<SubjectStatus, number>;
  suppressed: number;
}

export interface Report {
  tool: { name: 'lastseen'; version: string };
  now: string;
  config: string;
  failOn: string;
  summary: ReportSummary;
  sources: SourceSummary[];
  subjects: SubjectReport[];
  findings: Finding[];
}
