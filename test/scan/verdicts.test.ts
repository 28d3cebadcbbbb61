// End to end through scan(): real-format exports in a temporary workspace, the verdicts of
// DESIGN.md §3–§4 asserted on the JSON report a user would read.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scan } from '../../src/scan.js';

const HEADER =
  'user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,mfa_active,access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service,access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,access_key_2_last_used_region,access_key_2_last_used_service,cert_1_active,cert_1_last_rotated,cert_2_active,cert_2_last_rotated';
const row = (user: string, created: string, key1: [string, string, string] | null) =>
  [
    user,
    `arn:aws:iam::111122223333:user/${user}`,
    created,
    'false,N/A,N/A,N/A,false',
    key1
      ? `true,${key1[0]},${key1[1]},${key1[2]},${key1[1] === 'N/A' ? 'N/A' : 's3'}`
      : 'false,N/A,N/A,N/A,N/A',
    'false,N/A,N/A,N/A,N/A,false,N/A,false,N/A',
  ].join(',');

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'lastseen-scan-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const NOW = Date.parse('2026-11-25T12:00:00Z');

describe('verdicts on an IAM credential report', () => {
  const report = [
    HEADER,
    row('svc-old', '2014-11-03T15:20:00+00:00', ['2014-11-03T15:21:00+00:00', 'N/A', 'N/A']),
    row('svc-96', '2024-01-01T00:00:00+00:00', [
      '2024-01-01T00:00:00+00:00',
      '2026-08-21T12:00:00+00:00',
      'us-east-1',
    ]),
    row('svc-90', '2024-01-01T00:00:00+00:00', [
      '2026-10-01T00:00:00+00:00',
      '2026-08-27T12:00:00+00:00',
      'us-east-1',
    ]),
    row('svc-never', '2025-01-01T00:00:00+00:00', ['2025-01-01T00:00:00+00:00', 'N/A', 'N/A']),
    row('svc-stray', '2026-01-01T00:00:00+00:00', [
      '2026-11-01T00:00:00+00:00',
      '2026-11-20T00:00:00+00:00',
      'eu-west-1',
    ]),
  ].join('\n');
  const config = `version: 1
sources:
  - type: aws-iam-credential-report
    path: credential-report.csv
    generated-at: 2026-11-25T06:00:00Z
identities:
${['svc-old', 'svc-96', 'svc-90', 'svc-never']
  .map(
    (u) => `  - id: ${u}
    owner: "@acme/platform"
    reviewed: { by: "@alice", on: 2026-11-01 }
    principals: ["arn:aws:iam::111122223333:user/${u}"]`,
  )
  .join('\n')}
`;

  it('follows §3 and §4 exactly', async () => {
    const dir = workspace({ 'credential-report.csv': `${report}\n`, 'lastseen.yml': config });
    const { report: r } = await scan({ workspace: dir, now: NOW });
    const subject = (id: string) => r.subjects.find((s) => s.id === id)!;
    const rules = (id: string) =>
      r.findings
        .filter((f) => f.subject === id)
        .map((f) => `${f.rule}:${f.credential ?? '-'}`)
        .sort();

    // N/A on a key older than 2015-04-22 is unknown, not never used.
    expect([
      subject('svc-old').status,
      subject('svc-old').neverUsed,
      subject('svc-old').lastMeaningfulUse,
    ]).toEqual(['unknown', null, null]);
    expect(rules('svc-old')).not.toContain('never-used:-');

    // A key used 96 days ago is inactive at 90d; an inactive key is not unrotated.
    expect([subject('svc-96').status, subject('svc-96').lastMeaningfulUse]).toEqual([
      'inactive',
      '2026-08-21T12:00:00.000Z',
    ]);
    expect(rules('svc-96')).toContain('inactive:-');
    expect(rules('svc-96').some((x) => x.startsWith('unrotated'))).toBe(false);

    // Exactly 90 days is not more than 90 days.
    expect(subject('svc-90').status).toBe('active');
    expect(rules('svc-90').some((x) => x.startsWith('inactive'))).toBe(false);

    // N/A on a key created after tracking began is "never used"; past grace it is never-used, not inactive.
    expect([subject('svc-never').status, subject('svc-never').neverUsed]).toEqual(['never-used', true]);
    expect(rules('svc-never')).toContain('never-used:-');
    expect(rules('svc-never')).not.toContain('inactive:-');

    // A principal no identity claims is undeclared, with its canonical id.
    const stray = subject('arn:aws:iam::111122223333:user/svc-stray');
    expect([stray.declared, stray.aliases]).toEqual([false, ['svc-stray']]);
    expect(rules('arn:aws:iam::111122223333:user/svc-stray')).toContain('undeclared:-');

    // The root account is never a subject.
    expect(r.sources[0]).toMatchObject({ records: 5, accepted: 5, rejected: 0 });
  });
});
