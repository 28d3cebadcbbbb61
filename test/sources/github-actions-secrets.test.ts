import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/model/errors.js';
import { githubActionsSecrets } from '../../src/sources/github-actions-secrets.js';
import { collect } from '../helpers/collect.js';
import { collectGzipped } from '../helpers/gzip.js';
import { readText } from '../helpers/read-text.js';

const t = (iso: string) => Date.parse(iso);
const UNKNOWN = 'GitHub does not record when an Actions secret is read';

describe('github-actions-secrets', () => {
  it('reads repository secrets from the documented envelope', async () => {
    const out = await collect(githubActionsSecrets, 'github-actions-secrets/main-example.json');
    expect(out.rejected).toEqual([]);
    expect(out.accepted).toBe(3);
    expect(out.credentials.map((c) => c.credential)).toEqual([
      'secret:NPM_TOKEN',
      'secret:AWS_DEPLOY_KEY',
      'secret:SLACK_WEBHOOK',
    ]);
    expect(out.credentials[0]).toEqual({
      principal: 'secret:NPM_TOKEN',
      credential: 'secret:NPM_TOKEN',
      createdAt: t('2024-01-10T09:00:00Z'),
      rotatedAt: undefined,
      lastUsedAt: undefined,
      lastUsedUnknownReason: UNKNOWN,
      active: true,
      credentialKind: 'repository secret',
      line: 1,
    });
    // updated_at after created_at is the value being set again: a rotation.
    expect(out.credentials[1].rotatedAt).toBe(t('2026-10-01T08:30:00Z'));
    expect(out.principals[0]).toMatchObject({
      kind: 'secret',
      lastUsedAt: undefined,
      lastUsedUnknownReason: UNKNOWN,
    });
    expect(out.result.summary.blindSpots).toEqual([
      `${UNKNOWN}: secrets are judged for rotation, never for activity`,
    ]);
  });

  it('names environment secrets from the entry, with the repository as an alias', async () => {
    const out = await collect(githubActionsSecrets, 'github-actions-secrets/environment.json', {
      environment: 'production',
      repository: 'acme/web',
    });
    expect(out.principals[0]).toMatchObject({
      principal: 'secret:env/production/DEPLOY_TOKEN',
      aliases: ['secret:acme/web/env/production/DEPLOY_TOKEN'],
    });
    expect(out.credentials[0]).toMatchObject({
      credentialKind: 'environment secret',
      rotatedAt: t('2026-05-01T00:00:00Z'),
    });
  });

  it('recognises organization secrets by their visibility', async () => {
    const out = await collect(githubActionsSecrets, 'github-actions-secrets/org.json');
    expect(out.principals.map((p) => [p.principal, p.aliases])).toEqual([
      ['secret:org/SONAR_TOKEN', []],
      ['secret:org/REGISTRY_PASSWORD', []],
    ]);
    const named = await collect(githubActionsSecrets, 'github-actions-secrets/org.json', { org: 'acme' });
    expect(named.principals[0].aliases).toEqual(['secret:org/acme/SONAR_TOKEN']);
    expect(named.credentials[0].credentialKind).toBe('organization secret');
  });

  it('reads org secrets saved without visibility when the entry says org: true', async () => {
    const out = await collect(githubActionsSecrets, 'github-actions-secrets/main-example.json', {
      org: true,
    });
    expect(out.credentials[0].credential).toBe('secret:org/NPM_TOKEN');
  });

  it('reads an object keyed by repository: one principal per name, an alias per repository', async () => {
    const out = await collect(githubActionsSecrets, 'github-actions-secrets/keyed-by-repo.json');
    expect(out.rejected).toEqual([]);
    expect(out.principals.map((p) => [p.principal, p.aliases[0]])).toEqual([
      ['secret:NPM_TOKEN', 'secret:acme/web/NPM_TOKEN'],
      ['secret:NPM_TOKEN', 'secret:acme/infra/NPM_TOKEN'],
      ['secret:TF_API_TOKEN', 'secret:acme/infra/TF_API_TOKEN'],
    ]);
    expect(out.credentials.map((c) => c.createdAt)).toEqual([
      t('2024-01-10T09:00:00Z'),
      t('2025-07-01T00:00:00Z'),
      t('2025-08-01T00:00:00Z'),
    ]);
  });

  it('reads a list of pages and counts a secret repeated across pages once', async () => {
    const out = await collect(githubActionsSecrets, 'github-actions-secrets/pages.json');
    expect(out.accepted).toBe(4);
    expect(out.result.summary.duplicates).toBe(1);
    expect(out.credentials.map((c) => c.credential)).toEqual([
      'secret:NPM_TOKEN',
      'secret:AWS_DEPLOY_KEY',
      'secret:SLACK_WEBHOOK',
    ]);
  });

  it('rejects malformed secrets with their line and place', async () => {
    const out = await collect(githubActionsSecrets, 'github-actions-secrets/malformed-element.json');
    expect(out.accepted).toBe(1);
    expect(out.rejected).toEqual([
      { line: 2, reason: 'secrets[1]: expected an object, found null' },
      { line: 2, reason: 'secrets[2]: no name (is this the response of an …/actions/secrets endpoint?)' },
      { line: 2, reason: 'secrets[3]: created_at is not a time' },
    ]);
  });

  it('validates its options', () => {
    const entry = (options: Record<string, unknown>) => ({
      type: 'github-actions-secrets',
      baseDir: '/',
      options,
      location: { path: 'lastseen.yml', line: 7 },
    });
    expect(() => githubActionsSecrets.validate?.(entry({ environment: 'prod', org: true }))).toThrow(
      ConfigurationError,
    );
    expect(() => githubActionsSecrets.validate?.(entry({ environment: '' }))).toThrow(/environment/);
    expect(() => githubActionsSecrets.validate?.(entry({ org: 'not an org' }))).toThrow(/org/);
    expect(() => githubActionsSecrets.validate?.(entry({ repository: 'acme' }))).toThrow(/owner\/name/);
    expect(() =>
      githubActionsSecrets.validate?.(entry({ environment: 'prod', repository: 'acme/web' })),
    ).not.toThrow();
  });

  it('reads a gzipped response', async () => {
    const out = await collectGzipped(githubActionsSecrets, 'github-actions-secrets/main-example.json');
    expect(out.accepted).toBe(3);
  });

  it('never throws, and every secret is accepted or rejected (property)', async () => {
    const secret = fc.record(
      {
        name: fc.oneof(fc.stringMatching(/^[A-Z_]{1,12}$/), fc.string(), fc.constant(null)),
        created_at: fc.oneof(
          fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
          fc.string(),
        ),
        updated_at: fc.oneof(
          fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
          fc.integer(),
        ),
        visibility: fc.constantFrom('all', 'private', undefined),
      },
      { requiredKeys: [] },
    );
    const item = fc.oneof(
      secret,
      fc.jsonValue().filter((v) => !Array.isArray(v)),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(item, { maxLength: 8 }),
        fc.constantFrom('envelope', 'keyed', 'pages'),
        async (items, shape) => {
          const envelope = { total_count: items.length, secrets: items };
          const body =
            shape === 'envelope'
              ? JSON.stringify(envelope)
              : shape === 'keyed'
                ? JSON.stringify({ 'acme/web': envelope })
                : JSON.stringify([envelope, { total_count: 0, secrets: [] }]);
          const out = await readText(githubActionsSecrets, body);
          expect(out.accepted + out.rejected.length).toBe(items.length);
          for (const r of out.rejected) expect(r.reason.length).toBeGreaterThan(0);
        },
      ),
      { seed: 42, numRuns: 300 },
    );
  });

  it('never throws on arbitrary text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 400 }), async (text) => {
        await readText(githubActionsSecrets, text);
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});
