import { describe, expect, it } from 'vitest';
import {
  DAY,
  NOW,
  REPORT,
  ago,
  credential,
  identity,
  policy,
  config,
  ruleFindings,
  subject,
} from './helpers.js';

const withKey = (over: Parameters<typeof credential>[1] = {}, ident = identity('ci')) =>
  subject({
    identity: ident,
    lastUsedAt: ago(DAY),
    credentials: [credential('access_key_1', { lastUsedAt: ago(DAY), ...over })],
  });

describe('unrotated', () => {
  it('fires for an active key created more than rotate-every ago and never rotated', () => {
    const [finding] = ruleFindings('unrotated', [
      withKey({ rotatedAt: undefined, createdAt: ago(100 * DAY) }),
    ]);
    expect(finding).toMatchObject({
      severity: 'high',
      credential: 'access_key_1',
      location: { path: 'lastseen.yml', line: 12 },
      message: `access_key_1 of ci was created 100 days ago (on 2026-08-17, from ${REPORT}) and never rotated; it must be rotated every 90 days`,
      evidence: {
        ageFrom: 'createdAt',
        ageDays: 100,
        rotateEveryDays: 90,
        rotatedAt: null,
        createdAt: '2026-08-17T12:00:00.000Z',
      },
    });
    expect(finding.remediation).toBe(
      'Rotate access_key_1 of ci: create a new credential, move its consumers over, then delete the old one. Rotate at least every 90d, or replace it with short-lived credentials (workload identity federation, OIDC) so there is nothing to rotate.',
    );
  });

  it('counts from the last rotation, strictly more than rotate-every', () => {
    expect(ruleFindings('unrotated', [withKey({ rotatedAt: ago(90 * DAY) })])).toEqual([]);
    const [finding] = ruleFindings('unrotated', [withKey({ rotatedAt: ago(90 * DAY + 1) })]);
    expect(finding.message).toBe(
      `access_key_1 of ci was last rotated 90 days ago (on 2026-08-27, ${'from ' + REPORT}); it must be rotated every 90 days`,
    );
  });

  it("the credential's own rotate-every wins over the identity's policy and the config's", () => {
    const ident = identity('ci', {
      policy: { rotateEvery: 365 * DAY },
      credentials: [
        { id: 'access_key_1', rotateEvery: 30 * DAY, location: { path: 'lastseen.yml', line: 12 } },
      ],
    });
    expect(
      ruleFindings('unrotated', [withKey({ rotatedAt: ago(31 * DAY) }, ident)])[0].evidence.rotateEveryDays,
    ).toBe(30);
    const own = withKey({ rotatedAt: ago(31 * DAY), rotateEvery: 60 * DAY });
    expect(ruleFindings('unrotated', [own])).toEqual([]);
    expect(
      ruleFindings('unrotated', [
        withKey({ rotatedAt: ago(100 * DAY) }, identity('ci', { policy: { rotateEvery: 365 * DAY } })),
      ]),
    ).toEqual([]);
  });

  it('says when the creation date comes from the inventory', () => {
    const [finding] = ruleFindings('unrotated', [
      withKey({ rotatedAt: undefined, createdAt: ago(100 * DAY), createdFrom: 'declared', sources: [] }),
    ]);
    expect(finding.message).toContain('(on 2026-08-17, from the inventory) and never rotated');
  });

  it('skips provider-rotated, disabled, expired and dormant credentials', () => {
    const old = { rotatedAt: ago(200 * DAY) };
    expect(ruleFindings('unrotated', [withKey({ ...old, providerRotated: true })])).toEqual([]);
    expect(ruleFindings('unrotated', [withKey({ ...old, active: false, state: 'disabled' })])).toEqual([]);
    expect(ruleFindings('unrotated', [withKey({ ...old, expiresAt: NOW })])).toEqual([]);
    const idleSecondKey = subject({
      credentials: [
        credential('access_key_1', { lastUsedAt: ago(DAY) }),
        credential('access_key_2', { ...old, lastUsedAt: ago(150 * DAY) }),
      ],
    });
    expect(ruleFindings('unrotated', [idleSecondKey])).toEqual([]);
    const neverUsedKey = subject({
      credentials: [
        credential('access_key_1', { lastUsedAt: ago(DAY) }),
        credential('access_key_2', { ...old, lastUsedAt: null }),
      ],
    });
    expect(ruleFindings('unrotated', [neverUsedKey])).toEqual([]);
  });

  it('judges a key whose use is unknown (it may be in use)', () => {
    const unknown = withKey({
      rotatedAt: ago(200 * DAY),
      lastUsedAt: undefined,
      lastUsedUnknownReason: 'no last-used field for signing certificates',
    });
    expect(ruleFindings('unrotated', [unknown])).toHaveLength(1);
  });
});

describe('expiring', () => {
  it('fires within expiry-warning, inclusive, and not after', () => {
    expect(ruleFindings('expiring', [withKey({ expiresAt: NOW + 30 * DAY + 1 })])).toEqual([]);
    const [finding] = ruleFindings('expiring', [
      withKey({ expiresAt: NOW + 30 * DAY, expiresFrom: 'telemetry' }),
    ]);
    expect(finding).toMatchObject({
      severity: 'medium',
      credential: 'access_key_1',
      message: `access_key_1 of ci expires on 2026-12-25, in 30 days (from ${REPORT}); the warning period is 30 days`,
      evidence: { expiresAt: '2026-12-25T12:00:00.000Z', daysLeft: 30, expiryWarningDays: 30 },
    });
    expect(finding.remediation).toBe(
      'Issue a replacement for access_key_1 of ci before 2026-12-25, move its consumers over, and let the old one expire.',
    );
  });

  it('is not expiring once expired, nor when disabled', () => {
    expect(ruleFindings('expiring', [withKey({ expiresAt: NOW })])).toEqual([]);
    expect(ruleFindings('expiring', [withKey({ expiresAt: NOW + DAY, active: false })])).toEqual([]);
  });
});

describe('expired', () => {
  it('fires once expiresAt is reached, for a credential that still exists', () => {
    expect(ruleFindings('expired', [withKey({ expiresAt: NOW + 1 })])).toEqual([]);
    const [reported] = ruleFindings('expired', [withKey({ expiresAt: ago(3 * DAY) })]);
    expect(reported).toMatchObject({
      severity: 'low',
      message: `access_key_1 of ci expired on 2026-11-22, 3 days ago, and is still reported from ${REPORT}`,
    });
    const [declared] = ruleFindings('expired', [withKey({ expiresAt: NOW, sources: [], declared: true })]);
    expect(declared.message).toBe(
      'access_key_1 of ci expired on 2026-11-25, 0 days ago, and is still declared in the inventory',
    );
  });
});

describe('no-expiry', () => {
  const requiring = (requireExpiry: boolean) =>
    config({ identities: [identity('ci')], policy: policy({ requireExpiry }) });

  it('fires only when the policy requires expiry and the credential has none', () => {
    expect(ruleFindings('no-expiry', [withKey({ expiresAt: null })], { config: requiring(false) })).toEqual(
      [],
    );
    expect(
      ruleFindings('no-expiry', [withKey({ expiresAt: undefined })], { config: requiring(true) }),
    ).toEqual([]);
    const [finding] = ruleFindings('no-expiry', [withKey({ expiresAt: null })], { config: requiring(true) });
    expect(finding).toMatchObject({
      severity: 'medium',
      message: `access_key_1 of ci never expires (from ${REPORT}); the policy requires an expiry`,
    });
  });
});
