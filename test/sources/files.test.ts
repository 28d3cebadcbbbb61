import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/model/errors.js';
import {
  assertInsideWorkspace,
  expandPaths,
  openSourceFile,
  relativeToWorkspace,
} from '../../src/sources/files.js';

let root: string;
let workspace: string;
let outside: string;

async function text(absolutePath: string): Promise<string> {
  const parts: Buffer[] = [];
  for await (const chunk of openSourceFile(absolutePath, workspace).open()) parts.push(chunk as Buffer);
  return Buffer.concat(parts).toString('utf8');
}

beforeAll(() => {
  root = realpathSync(mkdtempSync(path.join(tmpdir(), 'lastseen-files-')));
  workspace = path.join(root, 'repo');
  outside = path.join(root, 'elsewhere');
  mkdirSync(path.join(workspace, 'telemetry', 'github', 'old'), { recursive: true });
  mkdirSync(path.join(workspace, 'node_modules', 'x'), { recursive: true });
  mkdirSync(outside, { recursive: true });
  writeFileSync(path.join(workspace, 'telemetry', 'github', 'audit-2026-11-02.json'), '[]');
  writeFileSync(
    path.join(workspace, 'telemetry', 'github', 'audit-2026-11-01.json.gz'),
    gzipSync('[{"a":1}]\n'),
  );
  writeFileSync(path.join(workspace, 'telemetry', 'github', 'old', 'audit-2026-10-01.json'), '[]');
  writeFileSync(path.join(workspace, 'telemetry', 'github', 'notes.txt'), 'x');
  writeFileSync(
    path.join(workspace, 'telemetry', 'truncated.json.gz'),
    gzipSync('[{"a":1}]\n'.repeat(100)).subarray(0, 30),
  );
  writeFileSync(path.join(workspace, 'node_modules', 'x', 'audit.json'), '[]');
  writeFileSync(path.join(outside, 'secret.json'), '[]');
  symlinkSync(
    path.join(outside, 'secret.json'),
    path.join(workspace, 'telemetry', 'github', 'audit-link.json'),
  );
  symlinkSync(outside, path.join(workspace, 'telemetry', 'linked-dir'));
});

describe('expandPaths', () => {
  it('expands a glob relative to the declaring folder, sorted, .gz included', async () => {
    const baseDir = path.join(workspace, 'telemetry');
    const found = await expandPaths('github/audit-2026-*.json*', baseDir, workspace);
    expect(found.map((p) => relativeToWorkspace(workspace, p))).toEqual([
      'telemetry/github/audit-2026-11-01.json.gz',
      'telemetry/github/audit-2026-11-02.json',
    ]);
  });

  it('descends with ** but never into node_modules or linked folders', async () => {
    const found = await expandPaths('**/*.json', workspace, workspace).catch((e: unknown) => e);
    // The glob reaches the link that points outside: refused, not silently read.
    expect(found).toBeInstanceOf(InputError);
    const inside = await expandPaths('telemetry/github/**/audit-2026-*.json', workspace, workspace);
    expect(inside.map((p) => relativeToWorkspace(workspace, p))).toEqual([
      'telemetry/github/audit-2026-11-02.json',
      'telemetry/github/old/audit-2026-10-01.json',
    ]);
  });

  it('returns nothing for a glob that matches nothing, and fails for a missing plain path', async () => {
    expect(await expandPaths('telemetry/*.csv', workspace, workspace)).toEqual([]);
    await expect(expandPaths('telemetry/report.csv', workspace, workspace)).rejects.toThrow(
      'telemetry/report.csv: no such file',
    );
    await expect(expandPaths('telemetry/github', workspace, workspace)).rejects.toThrow('not a file');
  });

  it('refuses paths outside the workspace: ../, absolute, and symlinks that lead out', async () => {
    const at = { path: 'lastseen.yml', line: 7 };
    const up = await expandPaths('../elsewhere/secret.json', workspace, workspace, at).catch(
      (e: unknown) => e,
    );
    expect(up).toBeInstanceOf(InputError);
    expect((up as InputError).message).toMatch(/"..\/elsewhere\/secret.json" is outside the workspace/);
    expect((up as InputError).location).toEqual(at);
    await expect(expandPaths(path.join(outside, 'secret.json'), workspace, workspace)).rejects.toThrow(
      /outside the workspace/,
    );
    await expect(expandPaths('telemetry/github/audit-link.json', workspace, workspace)).rejects.toThrow(
      /outside the workspace/,
    );
    await expect(expandPaths('../elsewhere/*.json', workspace, workspace)).rejects.toThrow(
      /outside the workspace/,
    );
    await expect(expandPaths('telemetry/linked-dir/secret.json', workspace, workspace)).rejects.toThrow(
      /outside the workspace/,
    );
  });

  it('bounds how many files a glob may match', async () => {
    await expect(
      expandPaths('telemetry/github/**/audit-2026-*.json', workspace, workspace, undefined, 1),
    ).rejects.toThrow(/matches more than 1 files/);
  });

  it('refuses a NUL byte', async () => {
    await expect(expandPaths('a\0b', workspace, workspace)).rejects.toThrow(InputError);
  });
});

describe('openSourceFile', () => {
  it('gunzips .gz files and names files relative to the workspace', async () => {
    const gz = path.join(workspace, 'telemetry', 'github', 'audit-2026-11-01.json.gz');
    expect(await text(gz)).toBe('[{"a":1}]\n');
    expect(openSourceFile(gz, workspace).path).toBe('telemetry/github/audit-2026-11-01.json.gz');
  });

  it('fails while reading a truncated .gz, not before', async () => {
    const gz = path.join(workspace, 'telemetry', 'truncated.json.gz');
    const file = openSourceFile(gz, workspace);
    expect(file.size).toBe(30);
    await expect(text(gz)).rejects.toThrow(/unexpected end of file/);
  });

  it('lets the workspace itself and what is inside it pass', () => {
    expect(() => assertInsideWorkspace(workspace, workspace)).not.toThrow();
    expect(() =>
      assertInsideWorkspace(workspace, path.join(workspace, 'not-yet', 'there.json')),
    ).not.toThrow();
  });
});
