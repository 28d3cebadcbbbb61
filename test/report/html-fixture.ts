// Hand-made Reports for the HTML renderer's tests: small ones with hostile strings, and large ones
// (10,000 subjects with two years of weeks) to hold the report to its speed.
import type { Severity } from '../../src/model/config.js';
import type { Finding, Report, SubjectReport, SubjectStatus } from '../../src/model/report.js';

export const NOW = '2026-11-25T12:00:00.000Z';
const STATUSES: SubjectStatus[] = ['active', 'inactive', 'never-used', 'unknown'];
const SEVERITIES: Severity[] = ['low', 'medium', 'high', 'critical'];
const RULES = ['inactive', 'unrotated', 'unowned', 'reactivated', 'no-expiry'];

/** A deterministic pseudo-random sequence (the report must be the same on every run). */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

export function subjectReport(id: string, overrides: Partial<SubjectReport> = {}): SubjectReport {
  return {
    id,
    declared: true,
    kind: 'service-account',
    platform: 'aws',
    owner: '@acme/platform',
    principals: [`arn:aws:iam::111122223333:user/${id}`],
    aliases: [],
    location: { path: 'lastseen.yml', line: 10 },
    lastUse: null,
    lastMeaningfulUse: null,
    events: 0,
    meaningfulEvents: 0,
    neverUsed: null,
    status: 'unknown',
    coverage: { sources: [], window: { from: null, to: null } },
    credentials: [],
    ...overrides,
  };
}

export function finding(subject: string, overrides: Partial<Finding> = {}): Finding {
  return {
    rule: 'inactive',
    severity: 'high',
    subject,
    credential: null,
    message: `${subject}: no meaningful use for 120 days`,
    remediation: `Ask the owner whether ${subject} is still needed.`,
    location: { path: 'lastseen.yml', line: 10 },
    blocking: false,
    evidence: {},
    ...overrides,
  };
}

export function report(subjects: SubjectReport[], findings: Finding[]): Report {
  const counted = findings.filter((f) => !f.suppressed);
  const bySeverity = { low: 0, medium: 0, high: 0, critical: 0 };
  for (const f of counted) bySeverity[f.severity]++;
  const byStatus = { active: 0, inactive: 0, 'never-used': 0, unknown: 0 };
  for (const s of subjects) byStatus[s.status]++;
  return {
    tool: { name: 'lastseen', version: '0.0.0-test' },
    now: NOW,
    config: 'lastseen.yml',
    failOn: 'high',
    summary: {
      subjects: subjects.length,
      findings: counted.length,
      bySeverity,
      blocking: counted.filter((f) => f.blocking).length,
      reclaimable: [],
      byStatus,
      suppressed: findings.length - counted.length,
    },
    sources: [
      {
        type: 'github-audit-log',
        path: 'telemetry/audit.jsonl',
        generatedAt: '2026-11-24T06:00:00.000Z',
        generatedAtFrom: 'config',
        window: { from: '2024-11-25T06:00:00.000Z', to: '2026-11-24T06:00:00.000Z' },
        records: 100,
        accepted: 99,
        rejected: 1,
        duplicates: 0,
        errors: [{ line: 7, reason: 'not a time: "yesterday"' }],
        files: ['telemetry/audit.jsonl'],
      },
    ],
    subjects,
    findings,
  };
}

/** `count` subjects named svc-00000…, with 104-week timelines and one to three findings each. */
export function largeReport(count: number): Report {
  const next = random(42);
  const subjects: SubjectReport[] = [];
  const findings: Finding[] = [];
  const weekStart = Date.parse('2024-12-02T00:00:00.000Z');
  for (let i = 0; i < count; i++) {
    const id = `svc-${String(i).padStart(5, '0')}`;
    const quietFrom = Math.floor(next() * 104);
    const weeks = Array.from({ length: 104 }, (_, w) =>
      w < 8 ? null : w >= quietFrom ? 0 : Math.floor(next() * 8),
    );
    const lastWeek = weeks.findLastIndex((days) => (days ?? 0) > 0);
    const last =
      lastWeek < 0 ? null : new Date(weekStart + lastWeek * 7 * 86_400_000 + 2 * 86_400_000).toISOString();
    const status = STATUSES[i % STATUSES.length];
    subjects.push(
      subjectReport(id, {
        owner: i % 7 === 0 ? null : `@acme/team-${i % 40}`,
        status,
        lastUse: last,
        lastMeaningfulUse: last,
        neverUsed: last === null ? true : false,
        events: Math.floor(next() * 10_000),
        meaningfulEvents: Math.floor(next() * 5_000),
        coverage: {
          sources: ['github-audit-log telemetry/audit.jsonl'],
          window: { from: '2024-11-25T06:00:00.000Z', to: '2026-11-24T06:00:00.000Z' },
        },
        credentials: [
          {
            id: 'access_key_1',
            active: true,
            state: null,
            createdAt: '2025-03-01T00:00:00.000Z',
            rotatedAt: '2025-09-01T00:00:00.000Z',
            expiresAt: '2027-03-01T00:00:00.000Z',
            lastMeaningfulUse: last,
            neverUsed: last === null,
            from: {},
            sources: [],
          },
        ],
        weeks: weeks.slice(-26),
        timeline: {
          from: new Date(weekStart).toISOString(),
          weeks,
          lastLogin: '2026-11-20T08:00:00.000Z',
          logins: 3,
          thresholdDays: 90,
          reactivationGapDays: 90,
          gaps: [],
        },
      }),
    );
    const n = 1 + (i % 3);
    for (let k = 0; k < n; k++) {
      findings.push(
        finding(id, {
          rule: RULES[(i + k) % RULES.length],
          severity: SEVERITIES[(i * 3 + k) % SEVERITIES.length],
          blocking: (i + k) % 5 === 0,
          evidence: { idleDays: 100 + (i % 50), sources: ['github-audit-log telemetry/audit.jsonl'] },
        }),
      );
    }
  }
  return report(subjects, findings);
}
