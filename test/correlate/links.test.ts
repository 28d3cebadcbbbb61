import { describe, expect, it } from 'vitest';
import { linkStores, parseStores, storesChain } from '../../src/correlate/links.js';
import { ConfigurationError } from '../../src/model/errors.js';
import type { Subject } from '../../src/model/subject.js';
import {
  DAY,
  REPORT,
  ago,
  at,
  credential,
  events,
  findingsOf,
  identity,
  snapshot,
  subject,
  usage,
} from '../rules/helpers.js';

const AUDIT_LOG = events(ago(180 * DAY));
const SECRETS = 'github-actions-secrets telemetry/github/secrets.json';

/** The AWS user that owns the key: access_key_1 is 400 days old and was used yesterday. */
function deployer(): Subject {
  return subject({
    id: 'ci-deployer',
    identity: identity('ci-deployer'),
    credentials: [
      credential('access_key_1', {
        createdAt: at('2025-10-21T09:00:00Z'),
        rotatedAt: at('2025-10-21T09:00:00Z'),
        lastUsedAt: ago(DAY),
        usage: usage({ lastMeaningfulUse: ago(DAY), days: [Math.floor(ago(DAY) / DAY)] }),
      }),
      credential('access_key_2', { lastUsedAt: null, rotatedAt: ago(10 * DAY), createdAt: ago(10 * DAY) }),
    ],
  });
}

/** The Actions secret: GitHub says when it was last updated, never when it is read. */
function secret(stores: string, id = 'deploy-secret'): Subject {
  const secretsSource = snapshot({ label: SECRETS, type: 'github-actions-secrets', platform: 'github' });
  return subject({
    id,
    platform: 'github',
    identity: identity(id, {
      kind: 'secret',
      platform: 'github',
      principals: ['secret:AWS_KEY'],
      stores,
      location: { path: 'lastseen.yml', line: 30 },
    }),
    principals: ['secret:AWS_KEY'],
    aliases: [],
    lastUsedUnknownReason: 'GitHub does not record when an Actions secret is read',
    credentials: [
      credential('secret:AWS_KEY', {
        principal: 'secret:AWS_KEY',
        createdAt: ago(20 * DAY),
        rotatedAt: ago(5 * DAY),
        lastUsedUnknownReason: 'GitHub does not record when an Actions secret is read',
        sources: [SECRETS],
      }),
    ],
    coverage: {
      sources: [secretsSource],
      noUsageField: 'GitHub does not record when an Actions secret is read',
    },
    location: { path: 'lastseen.yml', line: 30 },
  });
}

describe('stores: links', () => {
  it('parses <identity>/<credential>, where only the credential may contain slashes', () => {
    expect(parseStores('ci-deployer/access_key_1')).toEqual({
      identity: 'ci-deployer',
      credential: 'access_key_1',
    });
    expect(parseStores('gh/secret:env/prod/KEY')).toEqual({
      identity: 'gh',
      credential: 'secret:env/prod/KEY',
    });
    expect(parseStores('ci-deployer')).toEqual({ identity: 'ci-deployer' });
  });

  it('judges a secret by the key it holds: its credential, use and coverage are the key’s', () => {
    const [, holder] = linkStores([deployer(), secret('ci-deployer/access_key_1')]);
    expect(holder.credentials.map((c) => c.id)).toEqual(['ci-deployer/access_key_1']);
    expect(holder.credentials[0]).toMatchObject({
      createdAt: at('2025-10-21T09:00:00Z'),
      lastUsedAt: ago(DAY),
      sources: [REPORT],
      location: { path: 'lastseen.yml', line: 30 },
      declared: false,
    });
    expect(holder.lastUsedAt).toBe(ago(DAY));
    expect(holder.lastUsedUnknownReason).toBeUndefined();
    expect(holder.usage.lastMeaningfulUse).toBe(ago(DAY));
    expect(holder.coverage.sources.map((s) => s.label)).toEqual([SECRETS, REPORT]);
    expect(holder.coverage.noUsageField).toBeUndefined();
  });

  it('makes unrotated follow the real key’s age, with the link in the evidence', () => {
    const subjects = linkStores([deployer(), secret('ci-deployer/access_key_1')]);
    const findings = findingsOf(subjects, { sources: [snapshot(), AUDIT_LOG] }).filter(
      (f) => f.subject === 'deploy-secret',
    );
    expect(findings.map((f) => [f.rule, f.credential])).toEqual([['unrotated', 'ci-deployer/access_key_1']]);
    expect(findings[0]).toMatchObject({
      message: `ci-deployer/access_key_1 of deploy-secret was last rotated 400 days ago (on 2025-10-21, from ${REPORT}); it must be rotated every 90 days`,
      location: { path: 'lastseen.yml', line: 30 },
      evidence: { stores: 'ci-deployer/access_key_1', ageDays: 400 },
    });
  });

  it('makes the holder inactive when the key it holds is idle', () => {
    const idle = deployer();
    idle.credentials[0] = {
      ...idle.credentials[0],
      lastUsedAt: ago(200 * DAY),
      usage: usage({ lastMeaningfulUse: ago(200 * DAY) }),
    };
    const subjects = linkStores([idle, secret('ci-deployer/access_key_1')]);
    const inactive = findingsOf(subjects, { sources: [snapshot()] }).find(
      (f) => f.subject === 'deploy-secret' && f.rule === 'inactive',
    );
    expect(inactive?.evidence).toMatchObject({ stores: 'ci-deployer/access_key_1', idleDays: 200 });
  });

  it('with no credential named, holds all of the identity’s credentials', () => {
    const [, holder] = linkStores([deployer(), secret('ci-deployer')]);
    expect(holder.credentials.map((c) => c.id)).toEqual([
      'ci-deployer/access_key_1',
      'ci-deployer/access_key_2',
    ]);
  });

  it('follows a chain to its end', () => {
    const copy = secret('deploy-secret/secret:AWS_KEY', 'mirror-secret');
    const [, , end] = linkStores([deployer(), secret('ci-deployer/access_key_1'), copy]);
    expect(end.credentials.map((c) => c.id)).toEqual(['ci-deployer/access_key_1']);
    expect(
      storesChain(copy.identity!, [
        deployer().identity!,
        secret('ci-deployer/access_key_1').identity!,
        copy.identity!,
      ]),
    ).toEqual(['mirror-secret', 'deploy-secret', 'ci-deployer']);
  });

  it('leaves a link to an identity of another inventory unfollowed', () => {
    const holder = secret('payments-deployer/access_key_1');
    expect(linkStores([deployer(), holder])[1]).toBe(holder);
  });

  it('refuses a credential the target does not have, at the holder, listing what it has', () => {
    const run = () => linkStores([deployer(), secret('ci-deployer/access_key_9')]);
    expect(run).toThrow(ConfigurationError);
    expect(run).toThrow(
      '`stores: ci-deployer/access_key_9` names a credential "access_key_9" that ci-deployer does not have; it has access_key_1, access_key_2',
    );
    try {
      run();
    } catch (error) {
      expect((error as ConfigurationError).location).toEqual({ path: 'lastseen.yml', line: 30 });
    }
  });

  it('refuses a cycle', () => {
    const a = secret('b/secret:AWS_KEY', 'a');
    const b = secret('a/secret:AWS_KEY', 'b');
    expect(() => linkStores([a, b])).toThrow('`stores:` links form a cycle: a → b → a');
  });

  it('does not judge a link whose target reports no credentials yet (its source failed)', () => {
    const empty = subject({ id: 'ci-deployer', identity: identity('ci-deployer'), credentials: [] });
    const holder = secret('ci-deployer/access_key_1');
    expect(linkStores([empty, holder])[1]).toBe(holder);
  });

  it('keeps the holder’s own use, and the held credential’s reason when neither says when it was used', () => {
    const target = deployer();
    target.credentials = [
      credential('cert_1', {
        lastUsedUnknownReason: 'AWS does not record when a signing certificate is used',
      }),
    ];
    const [, holder] = linkStores([target, secret('ci-deployer/cert_1')]);
    expect(holder.coverage.noUsageField).toBe(
      'ci-deployer/cert_1: AWS does not record when a signing certificate is used',
    );
  });
});
