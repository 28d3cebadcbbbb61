// Nothing leaks: whatever an input carries (a token pasted as a user name, a key in a bad column, a
// secret in the inventory), no output — JSON report, SARIF, Markdown summary and comment, console,
// annotations, error messages — carries it. Each test runs the whole pipeline and searches them all.
import { describe, expect, test } from 'vitest';
import { main } from '../../src/cli/main.js';
import { loadConfig } from '../../src/config/index.js';
import { scan } from '../../src/scan.js';
import { MAX_REASON_CHARS } from '../../src/sources/excerpt.js';
import { inventory, scanAll, userError, workspaceWith } from './pipeline.js';
import { ACCESS_KEY_ID, leakedKinds, SECRETS, type SecretKind } from './secrets.js';

const csv = (cells: string[][]): string =>
  `${cells.map((row) => row.map((cell) => `"${cell.replace(/"/g, '""')}"`).join(',')).join('\n')}\n`;

const eventsSource = `type: csv
path: events.csv
window: 180d
generated-at: 2026-11-24T00:00:00Z
columns: { principal: actor, at: timestamp, action: event_name }`;

// Ids with a recognisable secret form are masked wherever they appear; a bare high-entropy id is an
// id (docs/security.md), so that kind is tested where input is quoted back, not where ids are listed.
const FORMED = (Object.keys(SECRETS) as SecretKind[]).filter((kind) => kind !== 'high-entropy value');

describe('secrets in telemetry', () => {
  test('a token used as a principal id is masked in every output, and two tokens stay two subjects', async () => {
    const rows = [['timestamp', 'actor', 'event_name']];
    for (const kind of FORMED) rows.push(['2026-11-20T00:00:00Z', SECRETS[kind], 'deploy']);
    rows.push(['2026-11-20T00:00:00Z', `${ACCESS_KEY_ID}:${SECRETS['AWS secret access key']}`, 'deploy']);
    const workspace = workspaceWith({ 'lastseen.yml': inventory(eventsSource), 'events.csv': csv(rows) });
    const out = await scanAll(workspace);
    expect(leakedKinds(out.all)).toEqual([]);
    const undeclared = out.report.subjects
      .filter((subject) => !subject.declared)
      .map((subject) => subject.id);
    expect(undeclared).toHaveLength(FORMED.length + 1);
    expect(new Set(undeclared).size).toBe(undeclared.length);
    expect(undeclared).toContainEqual(expect.stringMatching(/^ghp_\*\*\*\*~[0-9a-f]{8}$/));
    expect(undeclared).toContainEqual(expect.stringMatching(/^xoxb-\*\*\*\*~[0-9a-f]{8}$/));
  });

  test('a secret in a column that fails to parse is never quoted back', async () => {
    const rows = [['timestamp', 'actor', 'event_name']];
    for (const secret of Object.values(SECRETS)) rows.push([secret, 'svc-one', 'deploy']);
    const workspace = workspaceWith({ 'lastseen.yml': inventory(eventsSource), 'events.csv': csv(rows) });
    const out = await scanAll(workspace);
    const [source] = out.report.sources;
    expect(source.rejected).toBe(Object.keys(SECRETS).length);
    expect(new Set(source.errors.map((error) => error.reason))).toEqual(
      new Set(['"timestamp" is not a time']),
    );
    expect(leakedKinds(out.all)).toEqual([]);
  });

  test('values that readers quote back in a reason are short and masked', async () => {
    const k8s = Object.values(SECRETS).map((secret, i) =>
      JSON.stringify({
        kind: 'Event',
        apiVersion: 'audit.k8s.io/v1',
        auditID: `a-${i}`,
        stage: secret,
        verb: 'get',
        user: { username: 'system:serviceaccount:apps:etl' },
        requestReceivedTimestamp: '2026-11-20T08:15:02Z',
      }),
    );
    const workspace = workspaceWith({
      'lastseen.yml': inventory('type: k8s-audit\npath: audit.jsonl\nwindow: 30d', [
        'system:serviceaccount:apps:etl',
      ]),
      'audit.jsonl': `${k8s.join('\n')}\n`,
    });
    const out = await scanAll(workspace);
    const reasons = out.report.sources[0].errors.map((error) => error.reason);
    expect(reasons).toHaveLength(Object.keys(SECRETS).length);
    expect(reasons).toContain('unknown stage ghp_****');
    expect(reasons).toContain('unknown stage -----BEGIN RSA PRIVATE KEY-----****');
    for (const reason of reasons) expect(reason).toMatch(/^unknown stage .{1,40}$/);
    expect(leakedKinds(out.all)).toEqual([]);
  });

  test('an access key id that is really a pasted secret is masked in the reason', async () => {
    const element = (id: string) => ({
      ListAccessKeys: {
        AccessKeyMetadata: [{ AccessKeyId: id, Status: 'Active', CreateDate: 'not a time' }],
      },
      LastUsed: {},
    });
    const workspace = workspaceWith({
      'lastseen.yml': inventory('type: aws-access-keys\npath: keys.json'),
      'keys.json': JSON.stringify(Object.values(SECRETS).map(element)),
    });
    const out = await scanAll(workspace);
    expect(out.report.sources[0].errors.map((error) => error.reason)).toContain(
      'access key ghp_**** has no UserName',
    );
    expect(leakedKinds(out.all)).toEqual([]);
  });

  test('a huge value quoted back is cut to a short excerpt', async () => {
    const line = JSON.stringify({
      kind: 'Event',
      stage: `Stage${'x'.repeat(100_000)}`,
      user: { username: 'system:serviceaccount:apps:etl' },
    });
    const workspace = workspaceWith({
      'lastseen.yml': inventory('type: k8s-audit\npath: audit.jsonl\nwindow: 30d'),
      'audit.jsonl': `${line}\n`,
    });
    const out = await scanAll(workspace);
    const [error] = out.report.sources[0].errors;
    expect(error).toEqual({ line: 1, reason: `unknown stage Stage${'x'.repeat(34)}…` });
    expect(error.reason.length).toBeLessThanOrEqual(MAX_REASON_CHARS);
    expect(out.json).not.toContain('x'.repeat(100));
  });

  test('a file without a header never lists its first row of data unmasked', async () => {
    const rows = [Object.values(SECRETS).map((secret) => secret.replace(/\n/g, ' '))];
    const workspace = workspaceWith({ 'lastseen.yml': inventory(eventsSource), 'events.csv': csv(rows) });
    const message = await userError(scan({ workspace }));
    expect(message).toMatch(
      /^lastseen\.yml:3:5: source csv events\.csv: `columns\.principal` names "actor", which the file does not have; its columns are "ghp_\*\*\*\*", /,
    );
    expect(leakedKinds(message)).toEqual([]);
  });
});

describe('Markdown in telemetry', () => {
  test('an id with backticks, pipes and a mention stays inside its table cell', async () => {
    const hostile = 'x` | [click](https://evil.example) @acme/everyone |`';
    const rows = [
      ['timestamp', 'actor', 'event_name'],
      ['2026-11-20T00:00:00Z', hostile, 'deploy'],
    ];
    const workspace = workspaceWith({ 'lastseen.yml': inventory(eventsSource), 'events.csv': csv(rows) });
    const out = await scanAll(workspace);
    const row = out.markdown.split('\n').find((line) => line.includes('`undeclared`'))!;
    // Seven cell borders: the id's own pipes are escaped and its backticks cannot end the code span.
    expect(row.split(/(?<!\\)\|/)).toHaveLength(8);
    expect(row).toContain('`xˋ \\| [click](https://evil.example) @acme/everyone \\|ˋ`');
  });
});

describe('secrets in the inventory', () => {
  test('are found by secret-in-config without being printed, wherever they were pasted', async () => {
    const lines = ['version: 1', 'discover: false', 'identities:'];
    FORMED.forEach((kind, i) => {
      const secret = JSON.stringify(SECRETS[kind]);
      lines.push(
        `  - id: pasted-${i}`,
        '    kind: api-token',
        `    owner: ${secret}`,
        `    purpose: ${secret}`,
        `    principals: [${secret}]`,
        `    credentials: [{ id: ${secret} }]`,
      );
    });
    // An AWS secret key has no prefix: it is recognised beside its key id.
    lines.push(
      '  - id: aws-pair',
      '    kind: api-token',
      `    principals: [${ACCESS_KEY_ID}, ${JSON.stringify(SECRETS['AWS secret access key'])}]`,
    );
    lines.push(`# a token left in a comment: ${SECRETS['GitHub app token']}`);
    const workspace = workspaceWith({ 'lastseen.yml': `${lines.join('\n')}\n` });
    const out = await scanAll(workspace);
    expect(leakedKinds(out.all)).toEqual([]);
    const found = out.report.findings.filter((finding) => finding.rule === 'secret-in-config');
    // Four places per identity (the lone AWS key is masked in outputs, but without a key id beside it
    // nothing says it is one), the pair, and the comment.
    expect(found).toHaveLength((FORMED.length - 1) * 4 + 2);
    const messages = found.map((finding) => finding.message);
    expect(messages).toContain(
      'a value at lastseen.yml:6 (in identity pasted-0) looks like a live GitHub token; it is not shown here, and it must be treated as leaked',
    );
    expect(messages).toContain(
      'a value at lastseen.yml:54 (in identity aws-pair) looks like a live AWS secret access key; it is not shown here, and it must be treated as leaked',
    );
  });

  test('lastseen explain prints the identity without the secret pasted into it', async () => {
    const token = SECRETS['GitHub fine-grained token'];
    const workspace = workspaceWith({
      'lastseen.yml': `version: 1\ndiscover: false\nidentities:\n  - { id: pasted, kind: api-token, purpose: "uses ${token}" }\n`,
    });
    for (const args of [
      ['explain', 'pasted'],
      ['explain', 'pasted', '--json'],
    ]) {
      let out = '';
      const code = await main([...args, '--workspace', workspace, '--now', '2026-11-25T12:00:00Z'], {
        stdout: (text) => (out += text),
        stderr: (text) => (out += text),
        color: false,
        progress: false,
        cwd: workspace,
        env: {},
      });
      expect(code).toBe(0);
      expect(out).toContain('pasted');
      expect(leakedKinds(out)).toEqual([]);
    }
  });

  test('a configuration error never echoes the value at fault', async () => {
    for (const [kind, secret] of Object.entries(SECRETS)) {
      const single = JSON.stringify(secret);
      const texts = [
        `version: 1\npolicy:\n  inactive-after: ${single}\n`,
        `version: 1\nidentities:\n  - id: a\n    kind: ${single}\n`,
        `version: 1\nidentities:\n  - { id: a, kind: secret, ${single}: 1, ${single}: 2 }\n`,
        `version: 1\nidentities: !${secret.replace(/[^A-Za-z0-9_]/g, '')} []\n`,
      ];
      for (const text of texts) {
        const message = await userError(loadConfig({ workspace: workspaceWith({ 'lastseen.yml': text }) }));
        expect({ kind, leaked: leakedKinds(message) }).toEqual({ kind, leaked: [] });
      }
    }
  });
});
