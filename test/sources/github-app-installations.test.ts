import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  githubAppInstallations,
  INSTALLATION_USE_UNKNOWN,
} from '../../src/sources/github-app-installations.js';
import { collect } from '../helpers/collect.js';
import { collectGzipped } from '../helpers/gzip.js';
import { readText } from '../helpers/read-text.js';

const t = (iso: string) => Date.parse(iso);

describe('github-app-installations', () => {
  it('reads the documented envelope: an app principal and a provider-rotated installation credential', async () => {
    const out = await collect(githubAppInstallations, 'github-app-installations/main-example.json');
    expect(out.rejected).toEqual([]);
    expect(out.accepted).toBe(3);
    expect(out.principals[0]).toEqual({
      principal: 'app:renovate',
      aliases: ['renovate[bot]', 'app-id:301'],
      kind: 'github-app',
      createdAt: t('2024-02-01T10:00:00Z'),
      disabled: false,
      lastUsedAt: undefined,
      lastUsedUnknownReason: INSTALLATION_USE_UNKNOWN,
      line: 1,
    });
    expect(out.credentials[0]).toMatchObject({
      principal: 'app:renovate',
      credential: 'installation:1001',
      providerRotated: true,
      active: true,
      lastUsedAt: undefined,
    });
  });

  it('marks a suspended installation: present, not usable', async () => {
    const out = await collect(githubAppInstallations, 'github-app-installations/main-example.json');
    expect(out.principals[1]).toMatchObject({
      principal: 'app:old-deployer',
      createdAt: t('2022-05-10T07:00:00Z'),
      disabled: true,
      state: 'suspended',
    });
    expect(out.credentials[1]).toMatchObject({ active: false, state: 'suspended' });
  });

  it('reads a list of pages and counts a repeated installation once', async () => {
    const out = await collect(githubAppInstallations, 'github-app-installations/pages.json');
    expect(out.accepted).toBe(3);
    expect(out.result.summary.duplicates).toBe(1);
    expect(out.principals.map((p) => p.principal)).toEqual(['app:renovate', 'app:codecov']);
  });

  it('rejects malformed installations', async () => {
    const out = await collect(githubAppInstallations, 'github-app-installations/malformed-element.json');
    expect(out.accepted).toBe(1);
    expect(out.rejected).toEqual([
      { line: 1, reason: 'installations[1]: installation 1004 has no app_slug' },
      { line: 1, reason: 'installations[2]: no id (is this the response of /orgs/{org}/installations?)' },
      { line: 1, reason: 'installations[3]: suspended_at is not a time' },
    ]);
  });

  it('reads a gzipped response', async () => {
    const out = await collectGzipped(githubAppInstallations, 'github-app-installations/main-example.json');
    expect(out.accepted).toBe(3);
    expect(out.result.summary.blindSpots).toEqual([INSTALLATION_USE_UNKNOWN]);
  });

  it('never throws, and every installation is accepted or rejected (property)', async () => {
    const installation = fc.record(
      {
        id: fc.oneof(fc.integer(), fc.string(), fc.constant(null)),
        app_slug: fc.oneof(fc.stringMatching(/^[a-z-]{1,10}$/), fc.string(), fc.constant(null)),
        created_at: fc.oneof(
          fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
          fc.string(),
        ),
        suspended_at: fc.oneof(
          fc.constant(null),
          fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
          fc.boolean(),
        ),
      },
      { requiredKeys: [] },
    );
    const item = fc.oneof(
      installation,
      fc.jsonValue().filter((v) => !Array.isArray(v)),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(item, { maxLength: 8 }), fc.boolean(), async (items, paged) => {
        const page = { total_count: items.length, installations: items };
        const out = await readText(githubAppInstallations, JSON.stringify(paged ? [page, page] : page));
        expect(out.accepted + out.rejected.length).toBe(items.length * (paged ? 2 : 1));
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it('never throws on arbitrary text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 400 }), async (text) => {
        await readText(githubAppInstallations, text);
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});
