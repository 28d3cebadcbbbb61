import { describe, expect, it } from 'vitest';
import { correlate } from '../../src/correlate/subjects.js';
import type { CoveringSource } from '../../src/model/subject.js';
import { UsageFold } from '../../src/usage/fold.js';
import { config, identity } from '../helpers/config.js';

const T = (s: string) => Date.parse(s);
const source = (partial: Partial<CoveringSource>): CoveringSource => ({
  label: 'src',
  type: 'test',
  path: 'x',
  kind: 'snapshot',
  platform: 'aws',
  generatedAtFrom: 'config',
  failed: false,
  blindSpots: [],
  ...partial,
});

describe('correlate', () => {
  it('joins a principal known by ARN in one source and by user name in another', () => {
    const fold = new UsageFold();
    const report = fold.sinkFor(0, 'credential report');
    report.principal({ principal: 'arn:aws:iam::111122223333:user/svc-ci', aliases: ['svc-ci'] });
    report.credential({
      principal: 'arn:aws:iam::111122223333:user/svc-ci',
      credential: 'access_key_1',
      active: true,
      lastUsedAt: T('2026-11-01T00:00:00Z'),
    });
    const keys = fold.sinkFor(1, 'access keys');
    keys.credential({
      principal: 'svc-ci',
      credential: 'AKIAEXAMPLE',
      active: true,
      lastUsedAt: T('2026-11-20T00:00:00Z'),
    });
    keys.principal({ principal: 'svc-ci', aliases: [] });
    const subjects = correlate({
      config: config([identity({ id: 'ci', principals: ['svc-ci'] })]),
      fold,
      sources: [source({ label: 'a' }), source({ label: 'b' })],
    });
    expect(subjects).toHaveLength(1);
    expect(subjects[0].principals).toEqual(['arn:aws:iam::111122223333:user/svc-ci']);
    expect(subjects[0].aliases).toEqual(['svc-ci']);
    expect(subjects[0].credentials.map((c) => c.id)).toEqual(['AKIAEXAMPLE', 'access_key_1']);
    expect(subjects[0].usage.lastMeaningfulUse).toBe(T('2026-11-20T00:00:00Z'));
  });

  it('matches globs and e-mails case-insensitively, and leaves the rest undeclared', () => {
    const fold = new UsageFold();
    const sink = fold.sinkFor(0, 'csv');
    for (const p of [
      'Design-Bot@Acme.example',
      'arn:aws:iam::1:user/svc-a',
      'arn:aws:iam::1:user/svc-b',
      'arn:aws:iam::1:user/other',
    ]) {
      sink.usage({ principal: p, at: T('2026-11-01T00:00:00Z'), meaningful: true, ok: true });
    }
    const subjects = correlate({
      config: config([
        identity({ id: 'design', principals: ['design-bot@ACME.example'] }),
        identity({ id: 'svcs', principals: ['arn:aws:iam::1:user/svc-*'] }),
      ]),
      fold,
      sources: [source({ kind: 'events' })],
    });
    expect(subjects.map((s) => [s.id, s.declared, s.principals])).toEqual([
      ['design', true, ['design-bot@acme.example']],
      ['svcs', true, ['arn:aws:iam::1:user/svc-a', 'arn:aws:iam::1:user/svc-b']],
      ['arn:aws:iam::1:user/other', false, ['arn:aws:iam::1:user/other']],
    ]);
  });

  it("credits a token's use by a person to the token's subject (token:<id> joins pat:<id>)", () => {
    const fold = new UsageFold();
    fold.sinkFor(0, 'pats').principal({ principal: 'pat:3001', aliases: ['token:3001'] });
    fold.sinkFor(0, 'pats').credential({
      principal: 'pat:3001',
      credential: 'pat:3001',
      active: true,
      lastUsedAt: T('2026-11-01T00:00:00Z'),
    });
    fold.sinkFor(1, 'audit').usage({
      principal: 'octo',
      credential: 'token:3001',
      at: T('2026-11-23T04:00:00Z'),
      meaningful: true,
      ok: true,
    });
    fold.sinkFor(1, 'audit').principal({ principal: 'octo', aliases: [], outOfScope: true });
    const subjects = correlate({
      config: config([identity({ id: 'deploy-token', principals: ['pat:3001'] })]),
      fold,
      sources: [source({ platform: 'github' }), source({ kind: 'events', platform: 'github' })],
    });
    expect(subjects).toHaveLength(1);
    expect(subjects[0].usage.lastMeaningfulUse).toBe(T('2026-11-23T04:00:00Z'));
    expect(subjects[0].usage.events).toBe(1);
    expect(subjects[0].coverage.sources.map((s) => s.kind)).toEqual(['snapshot', 'events']);
  });

  it('covers a silent declared principal with the event logs of its platform, and nothing else', () => {
    const fold = new UsageFold();
    const subjects = correlate({
      config: config([
        identity({ id: 'quiet-app', principals: ['app:quiet'] }),
        identity({ id: 'vault-etl', principals: ['approle:etl-writer'] }),
      ]),
      fold,
      sources: [source({ kind: 'events', platform: 'github', windowFrom: 1, windowTo: 2 })],
    });
    expect(subjects[0].platform).toBe('github');
    expect(subjects[0].coverage.sources).toHaveLength(1);
    expect(subjects[0].coverage.windowFrom).toBe(1);
    expect(subjects[1].platform).toBe('vault');
    expect(subjects[1].coverage.sources).toHaveLength(0);
  });

  it('marks a subject whose only evidence has no usage field', () => {
    const fold = new UsageFold();
    fold.sinkFor(0, 'secrets').credential({
      principal: 'secret:DEPLOY_KEY',
      credential: 'secret:DEPLOY_KEY',
      active: true,
      lastUsedUnknownReason: 'GitHub does not record when an Actions secret is read',
    });
    const [subject] = correlate({
      config: config([identity({ id: 'deploy-secret', principals: ['secret:DEPLOY_KEY'] })]),
      fold,
      sources: [source({ platform: 'github' })],
    });
    expect(subject.coverage.noUsageField).toBe('GitHub does not record when an Actions secret is read');
  });

  it('never makes an out-of-scope principal (a person, the root account) a subject', () => {
    const fold = new UsageFold();
    fold.sinkFor(0, 'r').principal({ principal: 'arn:aws:iam::1:root', aliases: [], outOfScope: true });
    expect(correlate({ config: config([]), fold, sources: [source({})] })).toEqual([]);
  });

  it('uses declared credential facts where no source reports them, telemetry where one does', () => {
    const fold = new UsageFold();
    fold
      .sinkFor(0, 'r')
      .credential({ principal: 'u', credential: 'k1', active: true, createdAt: T('2026-01-01T00:00:00Z') });
    const [subject] = correlate({
      config: config([
        identity({
          id: 'x',
          principals: ['u'],
          credentials: [
            {
              id: 'k1',
              created: T('2025-01-01T00:00:00Z'),
              expires: T('2027-01-01T00:00:00Z'),
              location: { path: 'lastseen.yml', line: 9 },
            },
            { id: 'k2', created: T('2025-06-01T00:00:00Z'), location: { path: 'lastseen.yml', line: 11 } },
          ],
        }),
      ]),
      fold,
      sources: [source({})],
    });
    const [k1, k2] = subject.credentials;
    expect([k1.id, k1.createdAt, k1.createdFrom, k1.expiresAt, k1.expiresFrom]).toEqual([
      'k1',
      T('2026-01-01T00:00:00Z'),
      'telemetry',
      T('2027-01-01T00:00:00Z'),
      'declared',
    ]);
    expect([k2.id, k2.createdFrom, k2.active, k2.location?.line]).toEqual(['k2', 'declared', undefined, 11]);
  });
});

describe('correlate: dormant principals', () => {
  // A person's account as the fast GitHub audit-log reader offers it: out of scope, folded when woken.
  const person = (fold: UsageFold, id: string, tokens: string[] = []) => {
    const sink = fold.sinkFor(0, 'audit');
    const wake = (): void => {
      sink.principal({ principal: id, aliases: [], kind: 'user', outOfScope: true });
      const at = T('2026-11-01T00:00:00Z');
      const used = { firstUse: at, lastUse: at, firstMeaningfulUse: at, lastMeaningfulUse: at };
      sink.summary!({ principal: id, ...used, events: 3, meaningfulEvents: 3 });
      for (const credential of tokens)
        sink.summary!({ principal: id, credential, ...used, events: 1, meaningfulEvents: 1 });
    };
    sink.dormant!(id, tokens, { wake }, 0);
  };
  const audit = source({ label: 'audit', kind: 'events', platform: 'github' });

  it('wakes what identities name (id, glob, credential) and what other principals name; the rest sleep', () => {
    const fold = new UsageFold();
    for (const id of ['svc-deploy', 'svc-build-1', 'svc-build-2', 'mallory', 'pat-owner', 'alias-target'])
      person(fold, id, id === 'pat-owner' ? ['token:42'] : []);
    // Another source names alias-target as an alias of its own principal.
    fold.sinkFor(1, 'snapshot').principal({ principal: 'app:deployer', aliases: ['alias-target'] });
    const subjects = correlate({
      config: config([
        identity({ id: 'deploy', principals: ['svc-deploy'] }),
        identity({ id: 'build', principals: ['svc-build-*'] }),
        identity({
          id: 'pat',
          principals: [],
          credentials: [{ id: 'token:42', location: { path: 'lastseen.yml', line: 9 } }],
        }),
      ]),
      fold,
      sources: [audit, source({ label: 'snapshot', platform: 'github' })],
    });
    expect(subjects.map((s) => [s.id, s.principals, s.usage.events])).toEqual([
      ['deploy', ['svc-deploy'], 3],
      ['build', ['svc-build-1', 'svc-build-2'], 6],
      ['pat', [], 1],
    ]);
    expect(subjects[2].credentials.map((c) => c.id)).toEqual(['token:42']);
    // app:deployer and alias-target are one group with an out-of-scope member: not an undeclared subject.
    expect(fold.dormantCount).toBe(1);
    expect(fold.has('mallory')).toBe(true);
    expect(fold.principals.has('mallory')).toBe(false);
    expect(fold.principals.get('app:deployer')).toBeDefined();
    expect(fold.principals.get('alias-target')!.usage.events).toBe(3);
  });

  it('gives the same subjects as a fold in which nothing sleeps', () => {
    const build = (sleep: boolean) => {
      const fold = new UsageFold();
      for (const id of ['svc-a', 'svc-b', 'person-1', 'person-2']) {
        if (sleep) {
          person(fold, id, ['token:' + id]);
          continue;
        }
        // The same records, sent at once.
        const sink = fold.sinkFor(0, 'audit');
        const at = T('2026-11-01T00:00:00Z');
        const used = { firstUse: at, lastUse: at, firstMeaningfulUse: at, lastMeaningfulUse: at };
        sink.principal({ principal: id, aliases: [], kind: 'user', outOfScope: true });
        sink.summary!({ principal: id, ...used, events: 3, meaningfulEvents: 3 });
        sink.summary!({ principal: id, credential: 'token:' + id, ...used, events: 1, meaningfulEvents: 1 });
      }
      return correlate({
        config: config([identity({ id: 'svc', principals: ['svc-*'] })]),
        fold,
        sources: [audit],
      });
    };
    const asleep = build(true);
    expect(asleep.map((s) => [s.id, s.principals, s.credentials.map((c) => c.id), s.usage.events])).toEqual([
      ['svc', ['svc-a', 'svc-b'], ['token:svc-a', 'token:svc-b'], 6],
    ]);
    expect(asleep).toEqual(build(false));
  });
});
