// Hand-built Report objects for the renderers' and the Action's pure parts.
import type { Severity } from '../../src/model/config.js';
import type { Finding, Report } from '../../src/model/report.js';

export function finding(overrides: Partial<Finding> & Pick<Finding, 'rule' | 'subject'>): Finding {
  return {
    severity: 'high',
    credential: null,
    message: `${overrides.subject}: ${overrides.rule}`,
    remediation: `Fix ${overrides.subject}.`,
    location: { path: 'lastseen.yml', line: 10, column: 5 },
    blocking: true,
    evidence: {},
    ...overrides,
  };
}

/** A report whose summary agrees with its findings. */
export function report(findings: Finding[], overrides: Partial<Report> = {}): Report {
  const counted = findings.filter((f) => !f.suppressed);
  const bySeverity: Record<Severity, number> = { low: 0, medium: 0, high: 0, critical: 0 };
  for (const f of counted) bySeverity[f.severity]++;
  return {
    tool: { name: 'lastseen', version: '1.2.3' },
    now: '2026-11-25T12:00:00.000Z',
    config: 'lastseen.yml',
    failOn: 'high',
    summary: {
      subjects: new Set(findings.map((f) => f.subject)).size,
      findings: counted.length,
      bySeverity,
      blocking: counted.filter((f) => f.blocking).length,
      reclaimable: [],
      byStatus: { active: 1, inactive: 1, 'never-used': 0, unknown: 0 },
      suppressed: findings.length - counted.length,
    },
    sources: [],
    subjects: [],
    findings,
    ...overrides,
  };
}
