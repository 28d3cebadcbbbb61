// Builds the Report model (DESIGN.md §6) from the pipeline's results. Pure: every renderer reads the
// Report, never the pipeline, so what the JSON says is what the console, Markdown and SARIF say.
import type { Config, Severity } from '../model/config.js';
import { SEVERITIES } from '../model/config.js';
import type { Finding, Report, SourceSummary, SubjectReport, SubjectStatus } from '../model/report.js';
import type { Subject } from '../model/subject.js';
import { iso } from '../model/time.js';
import { observedSpans, subjectTimeline, weeklyActivity } from './timeline.js';

export interface ActivityVerdict {
  status: SubjectStatus;
  neverUsed: boolean | null;
  lastMeaningfulUse: number | null;
  lastUse: number | null;
}

export interface ReportInput {
  version: string;
  now: number;
  config: Config;
  failOn: string;
  sources: SourceSummary[];
  subjects: Subject[];
  findings: Finding[];
  verdict(subject: Subject): ActivityVerdict;
  credentialVerdict(subject: Subject, credentialId: string): ActivityVerdict | undefined;
}

export { weeklyActivity } from './timeline.js';

export function buildReport(input: ReportInput): Report {
  const subjects: SubjectReport[] = input.subjects.map((subject) => {
    const verdict = input.verdict(subject);
    const observed = observedSpans(subject, verdict);
    return {
      id: subject.id,
      declared: subject.declared,
      kind: subject.kind ?? null,
      platform: subject.platform ?? null,
      owner: subject.owner ?? null,
      principals: subject.principals,
      aliases: subject.aliases,
      location: subject.location,
      lastUse: iso(verdict.lastUse),
      lastMeaningfulUse: iso(verdict.lastMeaningfulUse),
      events: subject.usage.events,
      meaningfulEvents: subject.usage.meaningfulEvents,
      neverUsed: verdict.neverUsed,
      status: verdict.status,
      coverage: {
        sources: subject.coverage.sources.filter((s) => !s.failed).map((s) => s.label),
        window: { from: iso(subject.coverage.windowFrom), to: iso(subject.coverage.windowTo) },
      },
      credentials: subject.credentials.map((credential) => {
        const cv = input.credentialVerdict(subject, credential.id);
        return {
          id: credential.id,
          active: credential.active ?? true,
          state: credential.state ?? null,
          createdAt: iso(credential.createdAt),
          rotatedAt: iso(credential.rotatedAt),
          expiresAt: iso(credential.expiresAt),
          lastMeaningfulUse: iso(cv?.lastMeaningfulUse ?? null),
          neverUsed: cv ? cv.neverUsed : null,
          from: {
            ...(credential.createdFrom ? { createdAt: credential.createdFrom } : {}),
            ...(credential.expiresFrom ? { expiresAt: credential.expiresFrom } : {}),
          },
          sources: credential.sources,
        };
      }),
      weeks: weeklyActivity(subject.usage.days, input.now, observed),
      timeline: subjectTimeline(subject, verdict, input.config, input.now),
    };
  });

  const counted = input.findings.filter((f) => !f.suppressed);
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const finding of counted) bySeverity[finding.severity]++;
  const byStatus: Record<SubjectStatus, number> = { active: 0, inactive: 0, 'never-used': 0, unknown: 0 };
  for (const subject of subjects) byStatus[subject.status]++;
  const reclaimable = new Map<string, number>();
  for (const finding of counted) {
    const saving = finding.evidence.yearlySaving as { amount: number; currency: string } | undefined;
    if (finding.rule === 'licence-reclaim' && saving) {
      reclaimable.set(saving.currency, (reclaimable.get(saving.currency) ?? 0) + saving.amount);
    }
  }

  return {
    tool: { name: 'lastseen', version: input.version },
    now: iso(input.now)!,
    config: input.config.path,
    failOn: input.failOn,
    summary: {
      subjects: subjects.length,
      findings: counted.length,
      bySeverity,
      blocking: counted.filter((f) => f.blocking).length,
      reclaimable: [...reclaimable.entries()]
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([currency, amount]) => ({
          amount: Math.round(amount * 100) / 100,
          currency,
          per: 'year' as const,
        })),
      byStatus,
      suppressed: input.findings.length - counted.length,
    },
    sources: input.sources,
    subjects,
    findings: input.findings,
  };
}
