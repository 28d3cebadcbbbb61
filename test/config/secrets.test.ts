// Secret-looking values are built here at run time, so no committed file holds one.
import { describe, expect, test } from 'vitest';
import { looksLikeSecret, redact } from '../../src/config/index.js';
import { loadText, userError } from './workspace.js';

const githubToken = `ghp_${'Ab1'.repeat(12)}`;
const fineGrained = `github_pat_11ABCDEFG0${'x9Y'.repeat(25)}`;
const slackToken = `xoxb-${'1234567890'}-${'aB3dE5gH7jK9mN1pQ3rS5tU7'}`;
const awsKeyId = 'AKIAIOSFODNN7EXAMPLE';
const awsSecret = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
const jwt = `eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.${'s1gNaTuRe'.repeat(3)}`;
const privateKeyHeader = ['-----BEGIN', 'RSA PRIVATE KEY-----'].join(' ');

describe('looksLikeSecret', () => {
  test('recognises prefixed tokens, keys and JWTs by their form', () => {
    expect(looksLikeSecret(githubToken)).toBe('GitHub token');
    expect(looksLikeSecret(fineGrained)).toBe('GitHub token');
    expect(looksLikeSecret(`gho_${'Q'.repeat(36)}`)).toBe('GitHub token');
    expect(looksLikeSecret(`ghs_${'z7'.repeat(18)}`)).toBe('GitHub token');
    expect(looksLikeSecret(slackToken)).toBe('Slack token');
    expect(looksLikeSecret(`${privateKeyHeader}\nMIIEow...\n`)).toBe('private key');
    expect(looksLikeSecret(jwt)).toBe('JSON web token');
    expect(looksLikeSecret('postgres://app:hunter22@db.internal:5432/app')).toBe('password in URL');
  });

  test('an access key id is an id, not a secret', () => {
    expect(looksLikeSecret(awsKeyId)).toBeUndefined();
    expect(looksLikeSecret('ASIAY34FZKBOKMUTVV7A')).toBeUndefined();
  });

  test('an AWS secret access key needs context: an access key id nearby, or a secret-like key', () => {
    expect(looksLikeSecret(awsSecret)).toBeUndefined();
    expect(looksLikeSecret(awsSecret, { nearAccessKeyId: true })).toBe('AWS secret access key');
    expect(looksLikeSecret(awsSecret, { key: 'secret_access_key' })).toBe('AWS secret access key');
    expect(looksLikeSecret(`key ${awsKeyId} secret ${awsSecret}`)).toBe('AWS secret access key');
  });

  test('a high-entropy value under a secret-like key, but not a column name or a hex digest', () => {
    expect(looksLikeSecret('Zq8vN3xL0pR7tY2wK5mB', { key: 'password' })).toBe('secret value');
    expect(looksLikeSecret('password_last_used', { key: 'password' })).toBeUndefined();
    expect(looksLikeSecret('da39a3ee5e6b4b0d3255bfef95601890afd80709', { key: 'token' })).toBeUndefined();
    expect(looksLikeSecret('Zq8vN3xL0pR7tY2wK5mB', { key: 'purpose' })).toBeUndefined();
  });

  test('ordinary inventory values are not secrets', () => {
    for (const value of [
      'arn:aws:iam::111122223333:user/svc-ci-deployer',
      'payments@acme-prod.iam.gserviceaccount.com',
      'token:3001',
      'system:serviceaccount:prod:deployer',
      'Deploys main to production',
      '0 2 * * *',
      'https://github.com/acme/platform',
      'postgres://app:${DB_PASSWORD}@db:5432/app',
    ]) {
      expect(looksLikeSecret(value)).toBeUndefined();
    }
  });
});

describe('redact', () => {
  test('masks each secret but keeps the prefix that tells its kind', () => {
    expect(redact(`token ${githubToken} leaked`)).toBe('token ghp_**** leaked');
    expect(redact(`use ${slackToken}`)).toBe('use xoxb-****');
    expect(redact(`Bearer ${jwt}`)).toBe('Bearer eyJ****');
    expect(redact('postgres://app:hunter22@db/app')).toBe('postgres://app:****@db/app');
    expect(redact(`${privateKeyHeader}\nMIIEowIBAAKCAQEA\n-----END RSA PRIVATE KEY-----`)).toBe(
      `${privateKeyHeader}****`,
    );
  });

  test('masks assigned secrets and an AWS secret next to its key id', () => {
    expect(redact('password=Zq8vN3xL0pR7')).toBe('password=****');
    expect(redact(`aws ${awsKeyId} ${awsSecret}`)).toBe(`aws ${awsKeyId} ****`);
  });

  test('leaves ordinary text alone, principal ids such as secret:NAME included', () => {
    for (const text of [
      'identities[0].owner is 42, expected @org/team (see https://github.com/acme/x)',
      'secret:DEPLOY_KEY_PRODUCTION is undeclared; token:3001 last used 2026-11-01',
      'password_last_used: 2026-11-01',
    ]) {
      expect(redact(text)).toBe(text);
    }
  });

  test('masks a private key body even when its end marker is cut off', () => {
    expect(redact(`${privateKeyHeader}\nMIIEowIBAAKCAQEA`)).toBe(`${privateKeyHeader}****`);
    expect(redact('"password": "Zq8vN3xL0pR7"')).toBe('"password": "****"');
  });
});

describe('secrets in the inventory', () => {
  test('are found with their place and identity, never their value', async () => {
    const text = [
      'version: 1', // 1
      `# old token: ${githubToken}`, // 2
      'identities:', // 3
      '  - id: slack-notifier', // 4
      `    purpose: "Posts deploys; token ${slackToken}"`, // 5
      '  - id: ci-deployer', // 6
      `    principals: [${awsKeyId}, "${awsSecret}"]`, // 7
      '    credentials:', // 8
      `      - id: ${awsKeyId}`, // 9
      'sources:', // 10
      '  - type: csv', // 11
      '    path: x.csv', // 12
      `    columns: { principal: email, token: "${jwt}" }`, // 13
      '',
    ].join('\n');
    const config = await loadText(text);
    expect(config.secrets).toEqual([
      { location: { path: 'lastseen.yml', line: 2, column: 1 }, kind: 'GitHub token' },
      {
        location: { path: 'lastseen.yml', line: 5, column: 14 },
        kind: 'Slack token',
        identity: 'slack-notifier',
      },
      {
        location: { path: 'lastseen.yml', line: 7, column: 40 },
        kind: 'AWS secret access key',
        identity: 'ci-deployer',
      },
      { location: { path: 'lastseen.yml', line: 13, column: 41 }, kind: 'JSON web token' },
    ]);
    expect(JSON.stringify(config)).not.toContain(githubToken);
    expect(JSON.stringify(config.secrets)).not.toMatch(/xoxb|wJalr|eyJ/);
  });

  test('an error message never echoes a secret value', async () => {
    const message = await userError(
      loadText(`version: 1\nidentities:\n  - id: a\n    owner: ["${githubToken}"]\n`),
    );
    expect(message).not.toContain(githubToken);
    const kind = await userError(
      loadText(`version: 1\nidentities:\n  - id: a\n    kind: "${githubToken}"\n`),
    );
    expect(kind).toBe(
      'lastseen.yml:4:11: identities[0].kind is "ghp_****", expected one of service-account, api-token, deploy-key, secret, oauth-app, github-app, bot-user, licence, workload',
    );
    const key = await userError(loadText(`version: 1\n${slackToken}: x\n`));
    expect(key).toMatch(/^lastseen\.yml:2:1: unknown key "xoxb-\*\*\*\*" at the top level/);
  });
});
