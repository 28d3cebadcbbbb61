import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/model/errors.js';
import { githubDeployKeys } from '../../src/sources/github-deploy-keys.js';
import { collect } from '../helpers/collect.js';
import { collectGzipped } from '../helpers/gzip.js';
import { readText } from '../helpers/read-text.js';

const t = (iso: string) => Date.parse(iso);

describe('github-deploy-keys', () => {
  it('reads the documented response: each key is a principal and its own credential', async () => {
    const out = await collect(githubDeployKeys, 'github-deploy-keys/main-example.json');
    expect(out.rejected).toEqual([]);
    expect(out.accepted).toBe(3);
    expect(out.principals.map((p) => [p.principal, p.aliases])).toEqual([
      ['deploy-key:81001', ['deploy-key:acme/web/prod-deployer']],
      ['deploy-key:81002', ['deploy-key:acme/web/old-jenkins']],
      ['deploy-key:81003', ['deploy-key:acme/web/mirror']],
    ]);
    expect(out.credentials[0]).toMatchObject({
      principal: 'deploy-key:81001',
      credential: 'deploy-key:81001',
      createdAt: t('2025-01-15T10:00:00Z'),
      lastUsedAt: t('2026-11-22T03:10:00Z'),
      active: true,
      credentialKind: 'deploy-key (read-only)',
    });
    // last_used: null is "never used".
    expect(out.credentials[1]).toMatchObject({ lastUsedAt: null, credentialKind: 'deploy-key (read-write)' });
    // A disabled key still exists: not active, judged for inactivity only.
    expect(out.credentials[2]).toMatchObject({ active: false, state: 'disabled' });
    expect(out.principals[2]).toMatchObject({ disabled: true, state: 'disabled', kind: 'deploy-key' });
  });

  it('never keeps the key material', async () => {
    const out = await collect(githubDeployKeys, 'github-deploy-keys/main-example.json');
    const text = JSON.stringify([out.principals, out.credentials]);
    expect(text).not.toContain('AAAA');
    expect(text).not.toContain('ssh-');
  });

  it('reads an object keyed by repository full name, with pages inside', async () => {
    const out = await collect(githubDeployKeys, 'github-deploy-keys/keyed-by-repo.json');
    expect(out.rejected).toEqual([]);
    expect(out.principals.map((p) => p.aliases[0])).toEqual([
      'deploy-key:acme/web/prod-deployer',
      'deploy-key:acme/infra/terraform-ci',
      'deploy-key:acme/infra/backup',
    ]);
    // No last_used field at all (older GitHub Enterprise Server): unknown, not never.
    expect(out.credentials[2].lastUsedAt).toBeUndefined();
    expect(out.credentials[2].lastUsedUnknownReason).toBe('the response has no last_used field');
  });

  it('takes the repository from the entry when the file is one repository without key URLs', async () => {
    const out = await collect(githubDeployKeys, 'github-deploy-keys/malformed-element.json', {
      repository: 'acme/api',
    });
    expect(out.principals[0].aliases).toEqual(['deploy-key:acme/api/prod-deployer']);
  });

  it('rejects a repository option that is not owner/name', () => {
    const entry = {
      type: 'github-deploy-keys',
      baseDir: '/',
      options: { repository: 'web' },
      location: { path: 'lastseen.yml', line: 4 },
    };
    expect(() => githubDeployKeys.validate?.(entry)).toThrow(ConfigurationError);
  });

  it('counts a repeated key once', async () => {
    const out = await collect(githubDeployKeys, 'github-deploy-keys/duplicates.json');
    expect(out.accepted).toBe(2);
    expect(out.result.summary.duplicates).toBe(1);
    expect(out.credentials).toHaveLength(1);
  });

  it('rejects malformed elements with their line', async () => {
    const out = await collect(githubDeployKeys, 'github-deploy-keys/malformed-element.json');
    expect(out.accepted).toBe(1);
    expect(out.rejected).toEqual([
      { line: 3, reason: 'expected an object, found a number' },
      { line: 4, reason: 'no id (is this the response of /repos/{owner}/{repo}/keys?)' },
      { line: 5, reason: 'last_used is not a time' },
    ]);
  });

  it('reads a gzipped response', async () => {
    const out = await collectGzipped(githubDeployKeys, 'github-deploy-keys/keyed-by-repo.json');
    expect(out.accepted).toBe(3);
  });

  it('never throws, and every item is accepted or rejected (property)', async () => {
    const key = fc.record(
      {
        id: fc.oneof(fc.integer(), fc.string(), fc.constant(null)),
        title: fc.string(),
        created_at: fc.oneof(
          fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
          fc.string(),
        ),
        last_used: fc.oneof(
          fc.constant(null),
          fc.string(),
          fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
        ),
        enabled: fc.oneof(fc.boolean(), fc.constant(null)),
        read_only: fc.boolean(),
      },
      { requiredKeys: [] },
    );
    const item = fc.oneof(
      key,
      fc.jsonValue().filter((v) => !Array.isArray(v)),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(item, { maxLength: 8 }), fc.boolean(), async (items, keyed) => {
        const body = keyed ? JSON.stringify({ 'acme/web': items }) : JSON.stringify(items);
        const out = await readText(githubDeployKeys, body);
        expect(out.accepted + out.rejected.length).toBe(keyed && items.length === 0 ? 0 : items.length);
        for (const r of out.rejected) expect(r.reason.length).toBeGreaterThan(0);
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it('never throws on arbitrary text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 400 }), async (text) => {
        await readText(githubDeployKeys, text);
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});
