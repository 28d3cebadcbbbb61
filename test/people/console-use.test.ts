import { describe, expect, it } from 'vitest';
import { awsIamCredentialReportReader } from '../../src/sources/aws-iam-credential-report.js';
import { collect } from '../helpers/collect.js';

describe('aws-iam-credential-report: console use', () => {
  it('reports a used password as one interactive sign-in, however many overlapping reports repeat it', async () => {
    const read = await collect(awsIamCredentialReportReader, 'people/console/report-*.csv');
    expect(read.accepted).toBe(3);
    expect(read.usage).toEqual([
      {
        principal: 'arn:aws:iam::111122223333:user/svc-support',
        credential: 'password',
        at: Date.parse('2026-11-22T15:04:05Z'),
        action: 'ConsoleLogin',
        meaningful: false,
        login: true,
        interactive: true,
        ok: true,
        line: 2,
        detail: 'AWS console sign-in with the password',
      },
    ]);
    // The time is still the password's last use, as the report says.
    const password = read.credentials.filter((c) => c.credential === 'password');
    expect(password.map((c) => c.lastUsedAt)).toEqual([
      Date.parse('2026-11-22T15:04:05Z'),
      Date.parse('2026-11-22T15:04:05Z'),
    ]);
  });
});
