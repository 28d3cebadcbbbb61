import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadConfig, MAX_CONFIG_BYTES } from '../../src/config/index.js';
import { ConfigurationError, InputError } from '../../src/model/errors.js';
import { FIXTURES, loadText, userError } from './workspace.js';

const fixture = (name: string) => loadConfig({ workspace: path.join(FIXTURES, name) });

describe('schema errors point at the node at fault and say what was expected', () => {
  test('an unknown key gets a did-you-mean on its own line', async () => {
    const error = await fixture('unknown-key').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(await userError(fixture('unknown-key'))).toBe(
      'lastseen.yml:3:3: unknown key "inactve-after" in policy, did you mean "inactive-after"?',
    );
  });

  test('a bad duration', async () => {
    expect(await userError(fixture('bad-duration'))).toBe(
      'lastseen.yml:3:19: policy.inactive-after is "90 days", expected a duration such as 90d, 12w or 36h',
    );
  });

  test('a suppression without a reason', async () => {
    expect(await userError(fixture('missing-reason'))).toBe(
      'lastseen.yml:6:9: missing key "reason" in identities[0].suppress[0], expected rule, until, reason, by',
    );
  });

  test('an unknown top-level key with no close match lists what is allowed', async () => {
    expect(await userError(loadText('version: 1\nthings: []\n'))).toBe(
      'lastseen.yml:2:1: unknown key "things" at the top level, expected one of version, policy, sources, people, include, discover, identities',
    );
  });

  test('camelCase and snake_case keys find their kebab-case spelling', async () => {
    expect(
      await userError(
        loadText(
          'version: 1\nidentities:\n  - id: a\n    reviewed: { by: "@a", on: 2026-01-01 }\n    policy: { rotate_every: 30d }\n',
        ),
      ),
    ).toBe(
      'lastseen.yml:5:15: unknown key "rotate_every" in identities[0].policy, did you mean "rotate-every"?',
    );
  });

  test('a misspelt enum value', async () => {
    expect(await userError(loadText('version: 1\nidentities:\n  - id: a\n    kind: servce-account\n'))).toBe(
      'lastseen.yml:4:11: identities[0].kind is "servce-account", did you mean "service-account"?',
    );
  });

  test('an unknown source type lists the known ones', async () => {
    const message = await userError(loadText('version: 1\nsources:\n  - type: splunk\n    path: x.csv\n'));
    expect(message).toMatch(
      /^lastseen\.yml:3:11: sources\[0\]\.type is "splunk", expected one of aws-iam-credential-report, /,
    );
  });

  test('a file source without a path', async () => {
    expect(
      await userError(loadText('version: 1\nsources:\n  - type: csv\n    columns: { principal: email }\n')),
    ).toBe(
      'lastseen.yml:3:5: missing key "path" in sources[0], a csv source reads a file: give its path (relative to this file)',
    );
  });

  test('a GitHub source read live needs no path', async () => {
    const config = await loadText('version: 1\nsources:\n  - type: github-pats\n    org: acme\n');
    expect(config.sources[0]).toMatchObject({ type: 'github-pats', options: { org: 'acme' } });
    expect(config.sources[0].path).toBeUndefined();
  });

  test('an owner of the wrong type says which forms are allowed', async () => {
    expect(await userError(loadText('version: 1\nidentities:\n  - id: a\n    owner: 42\n'))).toBe(
      'lastseen.yml:4:12: identities[0].owner is 42, expected @org/team, @user, an e-mail, or null',
    );
  });

  test('a schedule mapping reports its inner problem, not both alternatives', async () => {
    expect(
      await userError(loadText('version: 1\nidentities:\n  - id: a\n    schedule: { cron: "0 2 * *" }\n')),
    ).toBe(
      'lastseen.yml:4:23: identities[0].schedule.cron is "0 2 * *", expected a five-field cron expression such as "0 2 * * *", or @daily',
    );
  });

  test('the wrong version, and a missing one', async () => {
    expect(await userError(loadText('version: 2\n'))).toBe('lastseen.yml:1:10: version is 2, expected 1');
    expect(await userError(loadText('identities: []\n'))).toBe(
      'lastseen.yml:1:1: missing key "version" at the top level, expected `version: 1`',
    );
  });

  test('an id that is not a slug', async () => {
    expect(await userError(loadText('version: 1\nidentities:\n  - id: CI Deployer\n'))).toBe(
      'lastseen.yml:3:9: identities[0].id is "CI Deployer", expected a slug: lowercase letters, digits, ".", "_" and "-", starting with a letter or digit',
    );
  });

  test('several problems: the first in the file leads, the next follow with their places', async () => {
    const message = await userError(
      loadText('version: 1\npolicy:\n  fail-on: sometimes\n  review-every: 3 months\n'),
    );
    expect(message).toBe(
      [
        'lastseen.yml:3:12: policy.fail-on is "sometimes", expected one of none, low, medium, high, critical',
        '  lastseen.yml:4:17: policy.review-every is "3 months", expected a duration such as 90d, 12w or 36h',
      ].join('\n'),
    );
  });

  test('stores must be identity or identity/credential', async () => {
    expect(
      await userError(loadText('version: 1\nidentities:\n  - id: a\n    stores: Other Identity\n')),
    ).toBe(
      'lastseen.yml:4:13: identities[0].stores is "Other Identity", expected an identity id, or identity/credential such as other-identity/credential-id',
    );
  });

  test('an empty file', async () => {
    expect(await userError(loadText(''))).toBe('lastseen.yml:1:1: is empty, expected at least `version: 1`');
  });
});

describe('values the schema cannot check', () => {
  test('a date that is not on the calendar', async () => {
    expect(await userError(loadText('version: 1\nidentities:\n  - id: a\n    created: 2026-02-30\n'))).toBe(
      'lastseen.yml:4:14: identities[0].created is "2026-02-30", not a calendar date (from 1970 on), expected a date such as 2027-01-15',
    );
  });

  test('a date and time without a zone', async () => {
    expect(
      await userError(loadText('version: 1\nidentities:\n  - id: a\n    created: 2026-02-01T10:00:00\n')),
    ).toMatch(
      /^lastseen\.yml:4:14: identities\[0\]\.created is "2026-02-01T10:00:00", expected an ISO 8601 date/,
    );
  });

  test('a suppression until that is not a date', async () => {
    const text =
      'version: 1\nidentities:\n  - id: a\n    suppress:\n      - { rule: inactive, until: soon, reason: r, by: "@a" }\n';
    expect(await userError(loadText(text))).toMatch(
      /^lastseen\.yml:5:34: identities\[0\]\.suppress\[0\]\.until is "soon", expected an ISO 8601 date/,
    );
  });

  test('an unknown time zone', async () => {
    expect(
      await userError(
        loadText('version: 1\nidentities:\n  - id: a\n    schedule: { cron: "@daily", tz: Mars/Olympus }\n'),
      ),
    ).toBe(
      'lastseen.yml:4:37: identities[0].schedule.tz is "Mars/Olympus", expected an IANA time zone such as Europe/Berlin or UTC',
    );
  });

  test('window and since together', async () => {
    expect(
      await userError(
        loadText(
          'version: 1\nsources:\n  - type: k8s-audit\n    path: audit.log\n    window: 30d\n    since: 2026-01-01\n',
        ),
      ),
    ).toBe(
      'lastseen.yml:6:12: sources[0] gives both window and since, expected one of them (window counts back from until or the generation time)',
    );
  });

  test('a credential declared twice in one identity', async () => {
    const text = 'version: 1\nidentities:\n  - id: a\n    credentials:\n      - id: k1\n      - id: k1\n';
    expect(await userError(loadText(text))).toBe(
      'lastseen.yml:6:9: credential id "k1" is declared twice in identity "a" (also at line 5), expected each credential once',
    );
  });
});

describe('YAML itself', () => {
  test('a syntax error has its line and column', async () => {
    expect(await userError(loadText('version: 1\nidentities: [\n'))).toMatch(
      /^lastseen\.yml:3:1: invalid YAML: /,
    );
  });

  test('a duplicate key', async () => {
    expect(await userError(loadText('version: 1\npolicy:\n  fail-on: low\n  fail-on: high\n'))).toBe(
      'lastseen.yml:4:3: duplicate key "fail-on", expected each key once in a mapping',
    );
  });

  test('two documents', async () => {
    expect(await userError(loadText('version: 1\n---\nversion: 1\n'))).toBe(
      'lastseen.yml:2:1: holds more than one YAML document (---), expected one',
    );
  });

  test('a YAML tag', async () => {
    expect(await userError(loadText('version: 1\nidentities:\n  - id: !secret a\n'))).toMatch(
      /^lastseen\.yml:3:9: Unresolved tag: !secret, expected plain values/,
    );
  });

  test('bare dates stay dates, yes stays text, and merge keys are not special', async () => {
    expect(await userError(loadText('version: 1\npolicy:\n  require-expiry: yes\n'))).toBe(
      'lastseen.yml:3:19: policy.require-expiry is "yes", expected true or false',
    );
    expect(await userError(loadText('version: 1\n<<: { policy: {} }\n'))).toMatch(
      /^lastseen\.yml:2:1: unknown key "<<" at the top level/,
    );
  });

  test('a byte-order mark is tolerated and columns stay as the editor shows them', async () => {
    expect(await userError(loadText('\uFEFFversion: 1\npolicy: { fail-on: never }\n'))).toBe(
      'lastseen.yml:2:20: policy.fail-on is "never", expected one of none, low, medium, high, critical',
    );
    expect((await loadText('\uFEFFversion: 1\n')).version).toBe(1);
  });
});

describe('hostile input is bounded', () => {
  test('a NUL byte is reported with its line', async () => {
    expect(await userError(loadText(Buffer.from('version: 1\nidentities:\n  - id: a\u0000b\n')))).toBe(
      'lastseen.yml:3:10: contains a NUL byte, expected a YAML text file',
    );
  });

  test('bytes that are not UTF-8', async () => {
    const bytes = Buffer.concat([Buffer.from('version: 1\n# caf'), Buffer.from([0xe9]), Buffer.from('\n')]);
    expect(await userError(loadText(bytes))).toBe(
      'lastseen.yml:2:6: is not valid UTF-8, expected a YAML text file',
    );
  });

  test('an alias bomb stops at the alias cap', async () => {
    const lines = ['version: 1', 'a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x"]'];
    for (let i = 1; i <= 9; i++)
      lines.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(', ')}]`,
      );
    const error = await loadText(lines.join('\n')).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).message).toBe(
      'expands aliases (*name) more than 100 times, expected a plain inventory',
    );
  });

  test('deep nesting, flow or block, is a ConfigurationError and not a crash', async () => {
    for (const text of [
      '['.repeat(20_000) + ']'.repeat(20_000),
      '- '.repeat(20_000) + 'x\n',
      'a: '.repeat(200) + 'x\n',
      '['.repeat(40) + ']'.repeat(40),
    ]) {
      const error = await loadText(`version: 1\nx: ${text}`).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ConfigurationError);
    }
  });

  test('a file over the size cap is refused before it is parsed', async () => {
    const error = await loadText(Buffer.alloc(MAX_CONFIG_BYTES + 1, 0x20)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toBe(
      'lastseen.yml: larger than 5 MiB; an inventory this big is not plausible',
    );
  });

  test('thousands of broken identities are reported quickly, the first few with their places', async () => {
    const identities = Array.from({ length: 5000 }, (_, i) => `  - id: Svc ${i}\n    ownr: x\n`).join('');
    const started = Date.now();
    const message = await userError(loadText(`version: 1\nidentities:\n${identities}`));
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(message.split('\n')).toEqual([
      'lastseen.yml:3:9: identities[0].id is "Svc 0", expected a slug: lowercase letters, digits, ".", "_" and "-", starting with a letter or digit',
      '  lastseen.yml:4:5: unknown key "ownr" in identities[0], did you mean "owner"?',
      '  lastseen.yml:5:9: identities[1].id is "Svc 1", expected a slug: lowercase letters, digits, ".", "_" and "-", starting with a letter or digit',
      '  lastseen.yml:6:5: unknown key "ownr" in identities[1], did you mean "owner"?',
      '  lastseen.yml:7:9: identities[2].id is "Svc 2", expected a slug: lowercase letters, digits, ".", "_" and "-", starting with a letter or digit',
      '  … and more',
    ]);
  });

  test('a list inside an entry is capped, a broken one below the cap is still quick', async () => {
    const long = `version: 1\nidentities:\n  - id: a\n    principals: [${Array(10_001).fill('1').join(', ')}]\n`;
    expect(await userError(loadText(long))).toBe(
      'lastseen.yml:4:17: holds a list of 10001 items, expected at most 10000 here',
    );
    const started = Date.now();
    const broken = `version: 1\nidentities:\n  - id: a\n    credentials: [${Array(10_000).fill('1').join(', ')}]\n`;
    expect(await userError(loadText(broken))).toMatch(
      /^lastseen\.yml:4:19: identities\[0\]\.credentials\[0\] is 1, expected a mapping \(key: value\)\n/,
    );
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  test('__proto__ is an unknown key like any other', async () => {
    expect(await userError(loadText('version: 1\n__proto__: { polluted: true }\n'))).toMatch(
      /^lastseen\.yml:2:1: unknown key "__proto__" at the top level/,
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
