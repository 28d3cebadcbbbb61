import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { findConfigPath, loadConfig } from '../../src/config/index.js';
import { ConfigurationError, InputError } from '../../src/model/errors.js';
import { DAY, HOUR } from '../../src/model/time.js';
import { FIXTURES, userError, workspaceWith } from './workspace.js';

const at = (line: number, column: number, file = 'lastseen.yml') => ({ path: file, line, column });

describe('the full example of DESIGN.md §2', () => {
  const workspace = path.join(FIXTURES, 'full-example');

  test('loads with every value normalised and every declaration located', async () => {
    const config = await loadConfig({ workspace });
    expect(config.version).toBe(1);
    expect(config.path).toBe('lastseen.yml');
    expect(config.workspace).toBe(workspace);
    expect(config.files).toEqual(['lastseen.yml']);
    expect(config.policy).toEqual({
      inactiveAfter: 90 * DAY,
      rotateEvery: 90 * DAY,
      expiryWarning: 30 * DAY,
      reactivationGap: 90 * DAY,
      reviewEvery: 90 * DAY,
      telemetryMaxAge: 7 * DAY,
      failOn: 'high',
      requireExpiry: false,
      rules: { undeclared: { severity: 'low' }, 'human-use': { enabled: false } },
    });
    expect(config.sources).toEqual([
      {
        type: 'aws-iam-credential-report',
        path: 'telemetry/aws/credential-report.csv',
        baseDir: workspace,
        options: {},
        location: at(12, 5),
      },
      {
        type: 'github-audit-log',
        path: 'telemetry/github/audit-*.json.gz',
        baseDir: workspace,
        window: 180 * DAY,
        generatedAt: Date.parse('2026-11-24T06:00:00Z'),
        options: {},
        location: at(14, 5),
      },
    ]);
    expect(config.discover).toEqual({
      enabled: true,
      paths: ['infra/**/*.tf', 'k8s/**/*.yaml', '.github/workflows/*.yml'],
      baseDir: workspace,
    });
    expect(config.people).toEqual([
      {
        type: 'csv',
        path: 'exports/people.csv',
        baseDir: workspace,
        options: {
          columns: {
            person: 'email',
            name: 'name',
            status: 'status',
            'end-date': 'end_date',
            manager: 'manager',
            team: 'team',
          },
        },
        location: at(21, 5),
      },
    ]);
    expect(config.identities).toEqual([
      {
        id: 'ci-deployer',
        kind: 'service-account',
        platform: 'aws',
        owner: '@acme/platform',
        purpose: 'Deploys main to production',
        principals: ['arn:aws:iam::111122223333:user/svc-ci-deployer'],
        created: Date.parse('2024-02-01T00:00:00Z'),
        cadence: 'daily',
        schedule: { cron: '0 2 * * *', tolerance: HOUR },
        stores: 'other-identity/credential-id',
        reviewed: { by: '@alice', on: Date.parse('2026-10-01T00:00:00Z') },
        credentials: [
          {
            id: 'access_key_1',
            rotateEvery: 30 * DAY,
            created: Date.parse('2026-10-01T00:00:00Z'),
            expires: Date.parse('2027-10-01T00:00:00Z'),
            location: at(37, 9),
          },
        ],
        licence: { cost: 1200, currency: 'USD', per: 'year', renews: Date.parse('2027-01-15T00:00:00Z') },
        suppress: [
          {
            rule: 'inactive',
            until: Date.parse('2027-02-01T00:00:00Z'),
            reason: 'DR role, exercised at the next game day',
            by: '@alice',
            location: at(43, 9),
          },
        ],
        location: at(25, 5),
      },
    ]);
    expect(config.secrets).toEqual([]);
  });
});

describe('defaults', () => {
  test('a minimal file gets the default policy, discovery on from its folder, and empty lists', async () => {
    const workspace = workspaceWith({ '.github/lastseen.yml': 'version: 1\n' });
    const config = await loadConfig({ workspace });
    expect(config.path).toBe('.github/lastseen.yml');
    expect(config.policy.inactiveAfter).toBe(90 * DAY);
    expect(config.policy.rules).toEqual({});
    expect(config.discover).toEqual({
      enabled: true,
      paths: [
        '**/*.tf',
        '**/*.tf.json',
        '**/*.yaml',
        '**/*.yml',
        '.github/workflows/*.yml',
        '.github/workflows/*.yaml',
      ],
      baseDir: path.join(workspace, '.github'),
    });
    expect([config.sources, config.people, config.identities, config.secrets]).toEqual([[], [], [], []]);
  });

  test('owner: null stays null, a missing owner stays undefined, and a bare cron gets an hour of tolerance', async () => {
    const workspace = workspaceWith({
      'lastseen.yml':
        'version: 1\ndiscover: false\nidentities:\n  - id: a\n    owner: null\n    schedule: "@daily"\n  - id: b\n    owner:\n  - id: c\n',
    });
    const config = await loadConfig({ workspace });
    expect(config.discover.enabled).toBe(false);
    expect(config.identities.map((identity) => [identity.id, identity.owner, 'owner' in identity])).toEqual([
      ['a', null, true],
      ['b', null, true],
      ['c', undefined, false],
    ]);
    expect(config.identities[0].schedule).toEqual({ cron: '@daily', tolerance: HOUR });
  });

  test('a date and time keeps its zone; per-identity policy overrides come out camelCased', async () => {
    const config = await loadConfig({
      workspace: workspaceWith({
        'lastseen.yml': [
          'version: 1',
          'identities:',
          '  - id: nightly',
          '    created: 2026-03-01T02:30:00+02:00',
          '    schedule: { cron: "30 2 * * *", tolerance: 2h, tz: Europe/Berlin }',
          '    policy: { inactive-after: 2w, require-expiry: true }',
          '',
        ].join('\n'),
      }),
    });
    const [identity] = config.identities;
    expect(identity.created).toBe(Date.parse('2026-03-01T00:30:00Z'));
    expect(identity.schedule).toEqual({ cron: '30 2 * * *', tolerance: 2 * HOUR, tz: 'Europe/Berlin' });
    expect(identity.policy).toEqual({ inactiveAfter: 14 * DAY, requireExpiry: true });
  });

  test('the demo inventory loads', async () => {
    const config = await loadConfig({ workspace: path.resolve(import.meta.dirname, '../../examples/demo') });
    expect(config.identities.length).toBeGreaterThan(10);
    expect(config.policy.requireExpiry).toBe(true);
  });
});

describe('include', () => {
  test('merges identities, sources and people of every matched file; a source path is relative to its file', async () => {
    const workspace = path.join(FIXTURES, 'include-teams');
    const config = await loadConfig({ workspace });
    expect(config.files).toEqual(['lastseen.yml', 'teams/payments.yml', 'teams/search.yml']);
    expect(config.identities.map((identity) => [identity.id, identity.location])).toEqual([
      ['ci-deployer', at(4, 5)],
      ['payments-api', at(3, 5, 'teams/payments.yml')],
      ['search-indexer', at(7, 5, 'teams/search.yml')],
    ]);
    expect(config.sources).toEqual([
      {
        type: 'gcp-service-account-keys',
        path: 'exports/keys.json',
        baseDir: path.join(workspace, 'teams'),
        options: {},
        location: at(7, 5, 'teams/payments.yml'),
      },
    ]);
    expect(config.people.map((entry) => [entry.path, entry.baseDir, entry.location])).toEqual([
      ['people.csv', path.join(workspace, 'teams'), at(3, 5, 'teams/search.yml')],
    ]);
  });

  test('an identity id declared in two files is an error naming both places', async () => {
    const message = await userError(loadConfig({ workspace: path.join(FIXTURES, 'duplicate-id') }));
    expect(message).toBe(
      'teams/b.yml:4:5: identity id "shared-bot" is declared twice, at teams/a.yml:2:5 and here, expected unique ids',
    );
  });

  test('an included file may not set the policy', async () => {
    const workspace = workspaceWith({
      'lastseen.yml': 'version: 1\ninclude: team.yml\n',
      'team.yml': 'identities: []\npolicy:\n  fail-on: none\n',
    });
    expect(await userError(loadConfig({ workspace }))).toBe(
      'team.yml:2:1: "policy" is not allowed in an included file, expected only identities, sources and people (policy belongs in the main lastseen.yml)',
    );
  });

  test('a glob that also matches the main file reads it once', async () => {
    const workspace = workspaceWith({
      'lastseen.yml': 'version: 1\ninclude: "*.yml"\nidentities: [{ id: main }]\n',
      'extra.yml': 'identities: [{ id: extra }]\n',
    });
    const config = await loadConfig({ workspace });
    expect(config.files).toEqual(['lastseen.yml', 'extra.yml']);
    expect(config.identities.map((identity) => identity.id)).toEqual(['main', 'extra']);
  });

  test('an included file that does not exist is an InputError on the include line', async () => {
    const workspace = workspaceWith({ 'lastseen.yml': 'version: 1\ninclude:\n  - teams/gone.yml\n' });
    expect(await userError(loadConfig({ workspace }))).toBe('lastseen.yml:3:5: teams/gone.yml: no such file');
  });
});

describe('lookup', () => {
  test('lastseen.yml comes before .github/lastseen.yml', async () => {
    const workspace = path.join(FIXTURES, 'lookup-both');
    expect(findConfigPath(workspace)).toBe('lastseen.yml');
    expect((await loadConfig({ workspace })).identities[0].id).toBe('from-root');
  });

  test('.github/lastseen.yml is found when there is no lastseen.yml', async () => {
    const workspace = path.join(FIXTURES, 'lookup-github');
    expect(findConfigPath(workspace)).toBe('.github/lastseen.yml');
    const config = await loadConfig({ workspace });
    expect(config.path).toBe('.github/lastseen.yml');
    expect(config.identities[0].location).toEqual(at(3, 5, '.github/lastseen.yml'));
  });

  test('a named config wins over the lookup', async () => {
    const workspace = path.join(FIXTURES, 'lookup-both');
    const config = await loadConfig({ workspace, config: '.github/lastseen.yml' });
    expect(config.identities[0].id).toBe('from-dot-github');
  });

  test('nothing found is an InputError that says where it looked', async () => {
    const workspace = workspaceWith({ 'README.md': 'no inventory here\n' });
    expect(findConfigPath(workspace)).toBeUndefined();
    const error = await loadConfig({ workspace }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toBe(
      `no inventory found: looked for lastseen.yml and .github/lastseen.yml in ${workspace}; create one with \`lastseen init\`, or name it with --config`,
    );
  });

  test('a named config that does not exist is an InputError', async () => {
    const workspace = workspaceWith({});
    expect(await userError(loadConfig({ workspace, config: 'inventory.yml' }))).toBe(
      'inventory.yml: no such file',
    );
  });
});

describe('the workspace boundary', () => {
  const outside = path.join(FIXTURES, 'outside-workspace');

  test('an include that leaves the workspace is refused on its line', async () => {
    const error = await loadConfig({ workspace: path.join(outside, 'workspace') }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).location).toEqual(at(2, 10));
    expect((error as InputError).message).toMatch(/^"\.\.\/outside\.yml" is outside the workspace/);
  });

  test('a config outside the workspace is refused', async () => {
    const error = await loadConfig({
      workspace: path.join(outside, 'workspace'),
      config: '../outside.yml',
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toMatch(/^"\.\.\/outside\.yml" is outside the workspace/);
  });

  test('a source path that leaves the workspace is refused on its line, before anything is read', async () => {
    const workspace = workspaceWith({
      'lastseen.yml':
        'version: 1\nsources:\n  - type: csv\n    path: ../../etc/*.csv\n    columns: { principal: email }\n',
    });
    const error = await loadConfig({ workspace }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).location).toEqual(at(4, 11));
  });

  test('a discovery path that leaves the workspace is refused', async () => {
    const workspace = workspaceWith({ 'lastseen.yml': 'version: 1\ndiscover:\n  paths: ["../**/*.tf"]\n' });
    const error = await loadConfig({ workspace }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).location).toEqual(at(3, 11));
  });

  test('a workspace that is not a folder is an InputError', async () => {
    const error = await loadConfig({ workspace: path.join(FIXTURES, 'full-example', 'lastseen.yml') }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(InputError);
  });
});

test('a stores reference one typo away from a declared id is reported with a did-you-mean', async () => {
  const workspace = workspaceWith({
    'lastseen.yml':
      'version: 1\nidentities:\n  - id: ci-deployer\n  - id: deploy-secret\n    stores: ci-deployr/access_key_1\n',
  });
  const error = await loadConfig({ workspace }).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(ConfigurationError);
  expect(await userError(loadConfig({ workspace }))).toBe(
    'lastseen.yml:5:13: identities[1].stores names "ci-deployr", which is not declared, did you mean "ci-deployer"?',
  );
});
