import { describe, expect, it } from 'vitest';
import type { OwnerDirectory, OwnerLookup } from '../../src/rules/owners.js';
import { DAY, REPORT, ago, identity, ruleFindings, subject } from './helpers.js';

const owned = (owner: string | null | undefined) =>
  subject({ identity: identity('ci', { owner }), lastUsedAt: ago(DAY) });
const directory = (answer: OwnerLookup): OwnerDirectory => ({ lookup: () => answer });

describe('unowned', () => {
  it('fires for a missing, null or blank owner', () => {
    expect(ruleFindings('unowned', [owned(undefined)])[0]).toMatchObject({
      severity: 'high',
      credential: null,
      location: { path: 'lastseen.yml', line: 10 },
      message: 'ci has no `owner:`: nobody is accountable for it',
      evidence: { owner: null },
    });
    expect(ruleFindings('unowned', [owned(null)])[0].message).toBe(
      'ci has `owner: null`: nobody is accountable for it',
    );
    expect(ruleFindings('unowned', [owned('  ')])[0].message).toBe(
      'ci has an empty `owner:`: nobody is accountable for it',
    );
    expect(ruleFindings('unowned', [owned(null)])[0].remediation).toBe(
      'Set `owner:` for ci at lastseen.yml:10 to the team (`@org/team`), person (`@user`) or e-mail address accountable for it; if nobody claims it, disable it and remove it from the inventory.',
    );
  });

  it('does not fire for an owner no directory can check', () => {
    expect(ruleFindings('unowned', [owned('@acme/platform')])).toEqual([]);
    expect(
      ruleFindings('unowned', [owned('@acme/platform')], { owners: directory({ status: 'unknown' }) }),
    ).toEqual([]);
  });

  it('fires for an owner the directory resolves to nobody', () => {
    const [finding] = ruleFindings('unowned', [owned('@ghost')], {
      owners: directory({ status: 'absent', source: 'csv exports/people.csv' }),
    });
    expect(finding.message).toBe('the owner @ghost of ci resolves to nobody in csv exports/people.csv');
  });

  it('leaves undeclared subjects to the undeclared rule', () => {
    expect(ruleFindings('unowned', [subject({ declared: false, lastUsedAt: ago(DAY) })])).toEqual([]);
  });
});

describe('owner-offboarded', () => {
  it('fires when the directory says the owner has left', () => {
    const owners = directory({
      status: 'left',
      detail: 'status terminated',
      since: Date.parse('2026-09-30T00:00:00Z'),
      source: 'csv exports/people.csv',
    });
    const [finding] = ruleFindings('owner-offboarded', [owned('alice@acme.example')], { owners });
    expect(finding).toMatchObject({
      severity: 'high',
      message:
        'the owner alice@acme.example of ci has left (status terminated, since 2026-09-30) according to csv exports/people.csv',
      evidence: { owner: 'alice@acme.example', since: '2026-09-30T00:00:00.000Z' },
    });
    expect(finding.remediation).toBe(
      'Hand ci over to a current owner: replace alice@acme.example at lastseen.yml:10, and have the new owner review whether it is still needed; if nobody takes it over, disable its credentials.',
    );
  });

  it('names the person and suggests who could take over', () => {
    const owners = directory({
      status: 'left',
      detail: 'end date 2026-09-30',
      since: Date.parse('2026-09-30T23:59:59.999Z'),
      source: 'csv people.csv',
      name: 'Alice Martin',
      successor: { owner: 'erin@acme.example', reason: 'manager of alice@acme.example' },
    });
    const [finding] = ruleFindings('owner-offboarded', [owned('alice@acme.example')], { owners });
    expect(finding.message).toBe(
      'the owner alice@acme.example (Alice Martin) of ci has left (end date 2026-09-30) according to csv people.csv; erin@acme.example (manager of alice@acme.example) could take it over',
    );
    expect(finding.evidence).toMatchObject({
      name: 'Alice Martin',
      successor: { owner: 'erin@acme.example', reason: 'manager of alice@acme.example' },
    });
    expect(finding.remediation).toBe(
      'Hand ci over to erin@acme.example (manager of alice@acme.example): replace alice@acme.example at lastseen.yml:10, and have the new owner review whether it is still needed; if nobody takes it over, disable its credentials.',
    );
  });

  it('does not fire for a present or unknown owner', () => {
    expect(
      ruleFindings('owner-offboarded', [owned('@alice')], { owners: directory({ status: 'present' }) }),
    ).toEqual([]);
    expect(ruleFindings('owner-offboarded', [owned('@alice')])).toEqual([]);
  });
});

describe('undeclared', () => {
  it('says where a principal seen only in telemetry was seen', () => {
    const s = subject({ declared: false, lastUsedAt: Date.parse('2026-11-20T08:00:00Z') });
    const [finding] = ruleFindings('undeclared', [s]);
    expect(finding).toMatchObject({
      severity: 'medium',
      subject: 'arn:aws:iam::111122223333:user/svc-ghost',
      location: null,
      message: `arn:aws:iam::111122223333:user/svc-ghost was seen in telemetry (from ${REPORT}, last used on 2026-11-20) but no identity in lastseen.yml claims it`,
    });
    expect(finding.remediation).toBe(
      'Add an identity for arn:aws:iam::111122223333:user/svc-ghost to lastseen.yml with an owner and a purpose (`lastseen init` writes a starting entry), or delete it if nobody needs it.',
    );
  });

  it('points at the file and line of a discovered declaration', () => {
    const s = subject({
      declared: false,
      id: 'tf:aws_iam_user.deployer',
      foundIn: 'discovery',
      location: { path: 'infra/iam.tf', line: 12 },
      coverage: { sources: [] },
    });
    const [finding] = ruleFindings('undeclared', [s]);
    expect(finding).toMatchObject({
      location: { path: 'infra/iam.tf', line: 12 },
      message:
        'tf:aws_iam_user.deployer is declared in infra/iam.tf:12 but no identity in lastseen.yml claims it',
    });
  });

  it('an undeclared subject never gets no-telemetry', () => {
    const s = subject({ declared: false, coverage: { sources: [] } });
    expect(ruleFindings('no-telemetry', [s])).toEqual([]);
  });
});

describe('review-overdue', () => {
  const reviewed = (on: number | undefined, createdAt = ago(400 * DAY)) =>
    subject({
      identity: identity('ci', { reviewed: on === undefined ? undefined : { by: '@alice', on } }),
      createdAt,
      lastUsedAt: ago(DAY),
    });

  it('fires when the last review is more than review-every ago', () => {
    expect(ruleFindings('review-overdue', [reviewed(ago(90 * DAY))])).toEqual([]);
    const [finding] = ruleFindings('review-overdue', [reviewed(ago(90 * DAY + 1))]);
    expect(finding).toMatchObject({
      severity: 'medium',
      message: 'ci was last reviewed 90 days ago (on 2026-08-27 by @alice); reviews are due every 90 days',
      evidence: { reviewedOn: '2026-08-27T11:59:59.999Z', ageDays: 90, reviewEveryDays: 90 },
    });
  });

  it('fires for a missing review, unless the identity is younger than review-every', () => {
    expect(ruleFindings('review-overdue', [reviewed(undefined)])[0].message).toBe(
      'ci has never been reviewed (no `reviewed:`); reviews are due every 90 days',
    );
    expect(ruleFindings('review-overdue', [reviewed(undefined, ago(30 * DAY))])).toEqual([]);
  });
});
