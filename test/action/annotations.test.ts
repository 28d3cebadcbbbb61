import { describe, expect, it } from 'vitest';
import type { Severity } from '../../src/model/config.js';
import { annotationLevel, buildAnnotations } from '../../src/report/annotations.js';
import { finding, report } from './report-fixture.js';

function many(count: number, severity: Severity, blocking: boolean, startLine: number) {
  return Array.from({ length: count }, (_, i) =>
    finding({
      rule: 'inactive',
      subject: `svc-${severity}-${blocking}-${i}`,
      severity,
      blocking,
      location: { path: 'lastseen.yml', line: startLine + i },
    }),
  );
}

describe('annotation levels', () => {
  it('makes only blocking findings errors; the rest warn (medium and up) or notice (low)', () => {
    expect(
      annotationLevel(finding({ rule: 'inactive', subject: 'a', severity: 'low', blocking: true })),
    ).toBe('error');
    expect(
      annotationLevel(finding({ rule: 'inactive', subject: 'a', severity: 'critical', blocking: false })),
    ).toBe('warning');
    expect(
      annotationLevel(finding({ rule: 'inactive', subject: 'a', severity: 'medium', blocking: false })),
    ).toBe('warning');
    expect(
      annotationLevel(finding({ rule: 'inactive', subject: 'a', severity: 'low', blocking: false })),
    ).toBe('notice');
  });
});

describe('buildAnnotations', () => {
  it('puts each finding on its declaring line, with the rule, subject and fix', () => {
    const [annotation] = buildAnnotations(
      report([
        finding({
          rule: 'unrotated',
          subject: 'ci-deployer',
          credential: 'access_key_1',
          changed: false,
          blocking: false,
          message: 'access_key_1 was last rotated 269 days ago',
          remediation: 'Rotate access_key_1.',
          location: { path: 'infra/lastseen.yml', line: 18, column: 5 },
        }),
      ]),
    );
    expect(annotation).toEqual({
      level: 'warning',
      title: 'lastseen/unrotated: ci-deployer / access_key_1 (high, pre-existing)',
      message: 'access_key_1 was last rotated 269 days ago\nFix: Rotate access_key_1.',
      file: 'infra/lastseen.yml',
      line: 18,
      column: 5,
    });
  });

  it('places a finding without a location on the inventory file, line 1', () => {
    const [annotation] = buildAnnotations(
      report([finding({ rule: 'undeclared', subject: 'alice', location: null })], {
        config: '.github/lastseen.yml',
      }),
    );
    expect(annotation).toMatchObject({ file: '.github/lastseen.yml', line: 1 });
  });

  it('orders by level, then severity, then place, and leaves out suppressed findings', () => {
    const annotations = buildAnnotations(
      report([
        finding({
          rule: 'expired',
          subject: 'c',
          severity: 'low',
          blocking: false,
          location: { path: 'lastseen.yml', line: 3 },
        }),
        finding({
          rule: 'inactive',
          subject: 'b',
          severity: 'high',
          blocking: true,
          location: { path: 'lastseen.yml', line: 20 },
        }),
        finding({
          rule: 'secret-in-config',
          subject: 'a',
          severity: 'critical',
          blocking: true,
          location: { path: 'lastseen.yml', line: 40 },
        }),
        finding({
          rule: 'inactive',
          subject: 'd',
          severity: 'high',
          blocking: true,
          location: { path: 'lastseen.yml', line: 8 },
        }),
        finding({ rule: 'review-overdue', subject: 'e', severity: 'medium', blocking: false }),
        finding({ rule: 'inactive', subject: 'f', severity: 'critical', blocking: false, suppressed: true }),
      ]),
    );
    expect(annotations.map((a) => [a.level, a.title.split(':')[1].trim().split(' ')[0]])).toEqual([
      ['error', 'a'],
      ['error', 'd'],
      ['error', 'b'],
      ['warning', 'e'],
      ['notice', 'c'],
    ]);
  });

  it('stays within 10 per level and says how many more there are', () => {
    const r = report([
      ...many(14, 'high', true, 100),
      ...many(10, 'medium', false, 200),
      ...many(12, 'low', false, 300),
    ]);
    const annotations = buildAnnotations(r);
    const count = (level: string) => annotations.filter((a) => a.level === level).length;
    expect([count('error'), count('warning'), count('notice')]).toEqual([10, 10, 10]);
    // Nine findings and one line with the count (14 - 9 = 5); warnings fit exactly, so no count line.
    expect(annotations.filter((a) => a.level === 'error' && a.file).length).toBe(9);
    expect(annotations.find((a) => a.level === 'error' && !a.file)).toEqual({
      level: 'error',
      title: 'lastseen: 5 more blocking findings not annotated',
      message:
        '5 more blocking findings than GitHub shows as annotations; see the job summary, the JSON report or the SARIF for all of them.',
    });
    expect(annotations.filter((a) => a.level === 'warning' && !a.file)).toEqual([]);
    expect(annotations.find((a) => a.level === 'notice' && !a.file)?.title).toBe(
      'lastseen: 3 more low-severity findings not annotated',
    );
    // The first annotated are the first in order: lines 100..108.
    expect(annotations.filter((a) => a.level === 'error' && a.file).map((a) => a.line)).toEqual([
      100, 101, 102, 103, 104, 105, 106, 107, 108,
    ]);
  });

  it('honours smaller caps (the Action reserves slots for its own messages)', () => {
    const annotations = buildAnnotations(report(many(10, 'high', true, 1)), {
      caps: { error: 9, warning: 10, notice: 10 },
    });
    expect(annotations).toHaveLength(9);
    expect(annotations[8].title).toBe('lastseen: 2 more blocking findings not annotated');
  });

  it('never emits an error for a report with nothing blocking, however severe', () => {
    const annotations = buildAnnotations(report(many(30, 'critical', false, 1)));
    expect(annotations.some((a) => a.level === 'error')).toBe(false);
  });
});
