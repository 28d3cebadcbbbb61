// The lifecycle rules end to end, on real export formats: an HR CSV, the IAM credential report, a
// GitHub audit log, an Okta System Log and a licence CSV. Each identity of the fixture sits on one
// side of a rule's boundary (test/fixtures/people/lifecycle/lastseen.yml says which).
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main, type Io } from '../../src/cli/main.js';
import type { Finding, Report } from '../../src/model/report.js';
import { scan } from '../../src/scan.js';
import { FIXTURES } from '../helpers/collect.js';

const WORKSPACE = path.join(FIXTURES, 'people/lifecycle');
const NOW = Date.parse('2026-11-25T12:00:00Z');
const REPORT = 'aws-iam-credential-report credential-report.csv';

let report: Report;
const of = (rule: string, subject?: string): Finding[] =>
  report.findings.filter((f) => f.rule === rule && (subject === undefined || f.subject === subject));

beforeAll(async () => {
  ({ report } = await scan({ workspace: WORKSPACE, now: NOW, github: { apiUrl: 'http://127.0.0.1:9' } }));
});

describe('owner-offboarded', () => {
  it('fires the day after the end date, naming who, since when, from where, and who could take over', () => {
    const [finding] = of('owner-offboarded');
    expect(finding).toMatchObject({
      subject: 'owned-by-leaver-yesterday',
      severity: 'high',
      message:
        'the owner Left-Yesterday@Acme.example (Yusuf Demir) of owned-by-leaver-yesterday has left (end date 2026-11-24) according to csv people.csv; ops-lead@acme.example (manager of left-yesterday@acme.example) could take it over',
      remediation:
        'Hand owned-by-leaver-yesterday over to ops-lead@acme.example (manager of left-yesterday@acme.example): replace Left-Yesterday@Acme.example at lastseen.yml:31, and have the new owner review whether it is still needed; if nobody takes it over, disable its credentials.',
      evidence: {
        owner: 'Left-Yesterday@Acme.example',
        name: 'Yusuf Demir',
        directory: 'csv people.csv',
        detail: 'end date 2026-11-24',
        since: '2026-11-24T23:59:59.999Z',
        successor: { owner: 'ops-lead@acme.example', reason: 'manager of left-yesterday@acme.example' },
      },
    });
    // Their last day is today: still here.
    expect(of('owner-offboarded', 'owned-by-leaver-today')).toEqual([]);
  });

  it('lists the people export among the sources, with its counts', () => {
    expect(report.sources.find((s) => s.path === 'people.csv')).toMatchObject({
      type: 'csv',
      records: 3,
      accepted: 3,
      rejected: 0,
    });
  });
});

describe('unowned', () => {
  it('fires for an owner the directory resolves to nobody, and only for that one', () => {
    expect(of('unowned').map((f) => [f.subject, f.message])).toEqual([
      [
        'password-never-used',
        'the owner ghost@acme.example of password-never-used resolves to nobody in csv people.csv (no person with e-mail ghost@acme.example)',
      ],
    ]);
  });
});

describe('human-use', () => {
  it('fires for a service account whose console password was used, with the sign-in as evidence', () => {
    const [finding] = of('human-use');
    expect(finding).toMatchObject({
      subject: 'console-user',
      message: `console-user is a service-account but was used interactively once, the latest on 2026-11-22 (AWS console sign-in with the password, from ${REPORT})`,
      evidence: {
        kind: 'service-account',
        interactiveEvents: 1,
        examples: [
          { at: '2026-11-22T15:04:05.000Z', detail: 'AWS console sign-in with the password', source: REPORT },
        ],
      },
    });
    // A password that exists but was never used is not human use.
    expect(of('human-use', 'password-never-used')).toEqual([]);
  });
});

describe('login-only', () => {
  it('fires for an identity that only signs in, not for one that also acts', () => {
    expect(of('login-only').map((f) => [f.subject, f.message])).toEqual([
      [
        'sync-login-only',
        'sync-login-only authenticated 4 times, the last on 2026-11-16, but did nothing meaningful since 2026-08-26 (from okta-system-log okta.jsonl)',
      ],
    ]);
    expect(of('login-only')[0].evidence).toMatchObject({
      loginEvents: 4,
      meaningfulEvents: 0,
      lastLogin: '2026-11-16T03:00:00.000Z',
    });
  });
});

describe('outside-cadence', () => {
  it('fires for use in the first hour the schedule and its tolerance cannot explain, not the one before', () => {
    // Both run at 02:00 with 1h tolerance; mirror-edge also ran at 03:59:59, mirror-late at 04:00:00.
    expect(of('outside-cadence', 'mirror-edge')).toEqual([]);
    const [late] = of('outside-cadence', 'mirror-late');
    expect(late.message).toBe(
      'mirror-late is scheduled "0 2 * * *" with 1h tolerance, but 1 of its 5 meaningful events between 2026-11-20 and 2026-11-23 fell outside it: Monday 04:00 UTC (1) (from github-audit-log audit-log.jsonl)',
    );
    expect(late.evidence).toMatchObject({
      outsideEvents: 1,
      outsideHours: [{ hourOfWeek: 4, at: 'Monday 04:00 UTC', events: 1 }],
    });
  });
});

describe('licence-reclaim', () => {
  it('is high 30 days before renewal, medium a second further out, and gives the yearly saving', () => {
    const [soon] = of('licence-reclaim', 'seat-renewing-in-30-days');
    const [later] = of('licence-reclaim', 'seat-renewing-later');
    expect(soon.severity).toBe('high');
    expect(soon.message).toBe(
      'seat-renewing-in-30-days holds a licence (USD 20 per month) but no meaningful use for 147 days (last on 2026-07-01, from csv licences.csv); it renews on 2026-12-25, in 30 days; reclaiming it saves USD 240 a year',
    );
    expect(later.severity).toBe('medium');
    expect(later.evidence).toMatchObject({
      yearlySaving: { amount: 400, currency: 'EUR', per: 'year' },
      licence: { seats: 2 },
    });
    expect(of('licence-reclaim', 'seat-in-use')).toEqual([]);
    expect(report.summary.reclaimable).toEqual([
      { amount: 400, currency: 'EUR', per: 'year' },
      { amount: 240, currency: 'USD', per: 'year' },
    ]);
  });
});

describe('stores:', () => {
  it('makes the secret that holds a key unrotated with the key, and shows the chain', () => {
    const [finding] = of('unrotated', 'old-key-secret');
    expect(finding).toMatchObject({
      credential: 'old-key/access_key_1',
      message: `old-key/access_key_1 of old-key-secret was last rotated 542 days ago (on 2025-06-01, from ${REPORT}); it must be rotated every 90 days`,
      evidence: { stores: 'old-key/access_key_1', rotatedAt: '2025-06-01T09:00:00.000Z' },
    });
    const secret = report.subjects.find((s) => s.id === 'old-key-secret')!;
    expect(secret.credentials.map((c) => c.id)).toEqual(['old-key/access_key_1']);
    expect(secret).toMatchObject({ status: 'active', lastMeaningfulUse: '2026-11-23T22:00:00.000Z' });
  });
});

describe('lastseen explain', () => {
  async function explain(id: string): Promise<string> {
    let stdout = '';
    const io: Io = {
      stdout: (t) => void (stdout += t),
      stderr: () => {},
      color: false,
      progress: false,
      cwd: WORKSPACE,
      env: {},
    };
    expect(await main(['explain', id, '--now', '2026-11-25T12:00:00Z'], io)).toBe(0);
    return stdout;
  }

  it('shows whether the owner is still here and who could take over', async () => {
    const text = await explain('owned-by-leaver-yesterday');
    expect(text).toContain(
      [
        '  owner         Left-Yesterday@Acme.example',
        '                HAS LEFT: Yusuf Demir: end date 2026-11-24 (csv people.csv)',
        '                could be taken over by ops-lead@acme.example (manager of left-yesterday@acme.example)',
      ].join('\n'),
    );
    expect(await explain('console-user')).toContain(
      '                here: team platform: 2 current members (csv people.csv)',
    );
  });

  it('shows the schedule, and marks the hours it does not explain', async () => {
    const text = await explain('mirror-late');
    expect(text).toContain('  schedule      "0 2 * * *" UTC, ±1h');
    expect(text).toContain('    Mon ··█·█···················\n            ^');
  });

  it('shows the interactive events, the weekly timeline and the links both ways', async () => {
    const console = await explain('console-user');
    expect(console).toContain(
      '  interactive use (1 event)\n    2026-11-22T15:04:05.000Z AWS console sign-in with the password (aws-iam-credential-report credential-report.csv)',
    );
    // A snapshot observes only from the last use it reports: the weeks before are blank, not idle.
    expect(console).toMatch(/blank = not observed\)\n {4}(\u00a0){25}█ {2}2026-05-27 → 2026-11-25\n {29}2\n/);
    expect(await explain('old-key-secret')).toContain('  links\n    holds         old-key/access_key_1\n');
    expect(await explain('old-key')).toContain(
      '    held by       old-key-secret (stores: old-key/access_key_1)',
    );
  });
});
