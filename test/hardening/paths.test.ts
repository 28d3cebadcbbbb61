// Every input path stays inside the workspace (DESIGN.md §2): a source path, an include, a discovery
// glob, a file a glob finds, and the inventory itself. A pull request controls these files, so a link
// to ~/.ssh or /proc/self/environ must be refused by name, and nothing it points at may be read.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { scan } from '../../src/scan.js';
import { MAX_GLOB_FILES } from '../../src/sources/files.js';
import { inventory, linkIn, scanAll, tempDir, userError, workspaceWith, writeIn } from './pipeline.js';

// Content of the files outside the workspace: if any of it shows up in an output, a path check failed.
const OUTSIDE_MARKER = 'outside-the-workspace-7f3a';
const OUTSIDE_CSV = `timestamp,actor,event_name\n2026-11-20T00:00:00Z,${OUTSIDE_MARKER},deploy\n`;

const csvSource = (where: string): string => `type: csv
path: ${JSON.stringify(where)}
window: 180d
generated-at: 2026-11-24T00:00:00Z
columns: { principal: actor, at: timestamp, action: event_name }`;

/** A folder beside the workspace holding files a hostile config would like to read. */
function outsideFolder(): string {
  const dir = tempDir('lastseen-outside-');
  writeIn(dir, 'events.csv', OUTSIDE_CSV);
  writeIn(dir, 'team.yml', `identities:\n  - { id: ${OUTSIDE_MARKER}, kind: secret }\n`);
  return dir;
}

/** The message with the temporary workspace's own path replaced, so it can be compared exactly. */
function normalised(message: string, workspace: string): string {
  return message.split(workspace).join('<workspace>');
}

describe('a source path', () => {
  test('with ../ is refused at load time, on the line of its path', async () => {
    const workspace = workspaceWith({ 'lastseen.yml': inventory(csvSource('../events.csv')) });
    expect(normalised(await userError(scan({ workspace })), workspace)).toBe(
      'lastseen.yml:4:11: "../events.csv" is outside the workspace (<workspace>); lastseen reads only files inside it. ' +
        'Move the file into the repository or change --workspace.',
    );
  });

  test('that is absolute and outside is refused', async () => {
    const outside = outsideFolder();
    const workspace = workspaceWith({
      'lastseen.yml': inventory(csvSource(path.join(outside, 'events.csv'))),
    });
    const message = await userError(scan({ workspace }));
    expect(message).toMatch(/^lastseen\.yml:4:11: "\.\.\/.*\/events\.csv" is outside the workspace/);
    expect(message).not.toContain(OUTSIDE_MARKER);
  });

  test('that is a link leading out is refused, and says it is a link without naming its target', async () => {
    const outside = outsideFolder();
    const workspace = workspaceWith({ 'lastseen.yml': inventory(csvSource('exports/events.csv')) });
    linkIn(workspace, 'exports/events.csv', path.join(outside, 'events.csv'));
    const message = await userError(scan({ workspace }));
    expect(normalised(message, workspace)).toBe(
      'lastseen.yml:4:11: "exports/events.csv" is a link that leads outside the workspace (<workspace>); ' +
        'lastseen reads only files inside it. Move the file into the repository or change --workspace.',
    );
    expect(message).not.toContain(outside);
  });

  test('through a linked folder is refused', async () => {
    const outside = outsideFolder();
    const workspace = workspaceWith({ 'lastseen.yml': inventory(csvSource('exports/events.csv')) });
    linkIn(workspace, 'exports', outside);
    expect(await userError(scan({ workspace }))).toMatch(
      /^lastseen\.yml:4:11: "exports\/events\.csv" is a link that leads outside the workspace/,
    );
  });

  test('as a glob rooted in a linked folder is refused', async () => {
    const outside = outsideFolder();
    const workspace = workspaceWith({ 'lastseen.yml': inventory(csvSource('exports/*.csv')) });
    linkIn(workspace, 'exports', outside);
    expect(await userError(scan({ workspace }))).toMatch(
      /^lastseen\.yml:4:11: "exports" is a link that leads outside the workspace/,
    );
  });
});

describe('a glob that finds a link leading out', () => {
  test('fails that source with a clear reason, reads nothing outside, and the scan goes on', async () => {
    const outside = outsideFolder();
    const workspace = workspaceWith({
      'lastseen.yml': inventory(csvSource('exports/*.csv')),
      'exports/a.csv': 'timestamp,actor,event_name\n2026-11-20T00:00:00Z,svc-one,deploy\n',
    });
    linkIn(workspace, 'exports/b.csv', path.join(outside, 'events.csv'));
    const out = await scanAll(workspace);
    const [source] = out.report.sources;
    expect(normalised(source.failure ?? '', workspace)).toBe(
      '"exports/b.csv" is a link that leads outside the workspace (<workspace>); lastseen reads only files inside it. ' +
        'Move the file into the repository or change --workspace.',
    );
    expect(source.records).toBe(0);
    // The subject the source would have covered is unknown, not judged on a source that was refused.
    expect(out.report.subjects.find((s) => s.id === 'identity-1')?.status).toBe('unknown');
    expect(out.all).not.toContain(OUTSIDE_MARKER);
    expect(out.all).not.toContain(outside);
  });
});

describe('the inventory', () => {
  test('named by an absolute path outside the workspace is refused', async () => {
    const outside = outsideFolder();
    writeFileSync(path.join(outside, 'lastseen.yml'), `version: 1\n# ${OUTSIDE_MARKER}\n`);
    const workspace = tempDir();
    const message = await userError(loadConfig({ workspace, config: path.join(outside, 'lastseen.yml') }));
    expect(message).toMatch(/"\.\.\/.*\/lastseen\.yml" is outside the workspace/);
    expect(message).not.toContain(OUTSIDE_MARKER);
  });

  test('that is itself a link leading out is refused', async () => {
    const outside = outsideFolder();
    writeFileSync(path.join(outside, 'lastseen.yml'), `version: 1\n# ${OUTSIDE_MARKER}\n`);
    const workspace = tempDir();
    linkIn(workspace, 'lastseen.yml', path.join(outside, 'lastseen.yml'));
    const message = await userError(loadConfig({ workspace }));
    expect(normalised(message, workspace)).toBe(
      '"lastseen.yml" is a link that leads outside the workspace (<workspace>); lastseen reads only files inside it. ' +
        'Move the file into the repository or change --workspace.',
    );
  });

  test('including ../ is refused on the include line', async () => {
    outsideFolder();
    const workspace = workspaceWith({ 'lastseen.yml': 'version: 1\ninclude: ["../*.yml"]\n' });
    expect(await userError(loadConfig({ workspace }))).toMatch(
      /^lastseen\.yml:2:11: "\.\." is outside the workspace/,
    );
  });

  test('including a link that leads out is refused, and the linked file is not read', async () => {
    const outside = outsideFolder();
    const workspace = workspaceWith({ 'lastseen.yml': 'version: 1\ninclude: "teams/*.yml"\n' });
    linkIn(workspace, 'teams/search.yml', path.join(outside, 'team.yml'));
    const message = await userError(loadConfig({ workspace }));
    expect(message).toMatch(
      /^lastseen\.yml:2:10: "teams\/search\.yml" is a link that leads outside the workspace/,
    );
    expect(message).not.toContain(OUTSIDE_MARKER);
  });

  test('a discovery path with ../ is refused on its line', async () => {
    const workspace = workspaceWith({
      'lastseen.yml': 'version: 1\ndiscover:\n  paths: ["../infra/**/*.tf"]\n',
    });
    expect(await userError(loadConfig({ workspace }))).toMatch(
      /^lastseen\.yml:3:11: "\.\.\/infra" is outside the workspace/,
    );
  });

  test('a discovered file that is a link leading out is reported and not read', async () => {
    const outside = outsideFolder();
    writeIn(
      outside,
      'main.tf',
      `resource "aws_iam_user" "${OUTSIDE_MARKER}" { name = "${OUTSIDE_MARKER}" }\n`,
    );
    const workspace = workspaceWith({
      'lastseen.yml': 'version: 1\ndiscover:\n  paths: ["infra/*.tf"]\n',
      'infra/ok.tf': 'resource "aws_iam_user" "deployer" { name = "svc-deployer" }\n',
    });
    linkIn(workspace, 'infra/linked.tf', path.join(outside, 'main.tf'));
    const out = await scanAll(workspace);
    expect(out.all).not.toContain(OUTSIDE_MARKER);
    expect(out.all).not.toContain(outside);
  });
});

describe('a glob that matches too many files', () => {
  test(`fails its source past ${MAX_GLOB_FILES} files, saying how to fix it`, async () => {
    const workspace = workspaceWith({ 'lastseen.yml': inventory(csvSource('exports/*.csv')) });
    mkdirSync(path.join(workspace, 'exports'));
    for (let i = 0; i <= MAX_GLOB_FILES; i++) writeFileSync(path.join(workspace, 'exports', `${i}.csv`), '');
    const out = await scanAll(workspace);
    expect(out.report.sources[0].failure).toBe(
      `the pattern matches more than ${MAX_GLOB_FILES} files; narrow it so a scan stays bounded`,
    );
    expect(out.report.sources[0].records).toBe(0);
  });
});
