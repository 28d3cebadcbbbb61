import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main, type Io } from '../../src/cli/main.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const DEMO = path.join(ROOT, 'examples/demo');
const NOW = '2026-11-25T12:00:00Z';

function io(cwd = DEMO) {
  const out = { stdout: '', stderr: '' };
  const value: Io = {
    stdout: (t) => void (out.stdout += t),
    stderr: (t) => void (out.stderr += t),
    color: false,
    progress: false,
    cwd,
    env: {},
  };
  return { io: value, out };
}

describe('lastseen scan', () => {
  it('writes the same JSON bytes on every run with --now', async () => {
    const a = io();
    const b = io();
    expect(await main(['scan', '--now', NOW, '--format', 'json', '--fail-on', 'none'], a.io)).toBe(0);
    expect(await main(['scan', '--now', NOW, '--format', 'json', '--fail-on', 'none'], b.io)).toBe(0);
    expect(a.out.stdout).toBe(b.out.stdout);
    const report = JSON.parse(a.out.stdout);
    expect(Object.keys(report)).toEqual([
      'tool',
      'now',
      'config',
      'failOn',
      'summary',
      'sources',
      'subjects',
      'findings',
    ]);
    expect(report.now).toBe('2026-11-25T12:00:00.000Z');
    expect(report.config).toBe('lastseen.yml');
  });

  it('exits 1 when a finding blocks, and says so with --quiet', async () => {
    const { io: x, out } = io();
    expect(await main(['scan', '--now', NOW, '--quiet'], x)).toBe(1);
    expect(out.stdout).toBe('');
    expect(out.stderr).toMatch(/^lastseen: \d+ blocking findings \(fail-on: high\)\n$/);
  });

  it('prints a table without colour codes when not on a terminal', async () => {
    const { io: x, out } = io();
    await main(['scan', '--now', NOW, '--fail-on', 'none'], x);
    expect(out.stdout).toContain('legacy-backup');
    expect(out.stdout).not.toContain('\u001b[');
  });

  it('writes the report to --output and reports where', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lastseen-cli-'));
    const target = path.join(dir, 'r.md');
    const { io: x, out } = io();
    expect(
      await main(['scan', '--now', NOW, '--format', 'markdown', '--output', target, '--fail-on', 'none'], x),
    ).toBe(0);
    expect(readFileSync(target, 'utf8')).toContain('## lastseen');
    expect(out.stderr).toContain('wrote markdown report to');
  });

  it('rejects a bad flag value with exit code 2 and no stack trace', async () => {
    const { io: x, out } = io();
    expect(await main(['scan', '--format', 'yaml'], x)).toBe(2);
    expect(out.stderr).toBe('lastseen: --format "yaml" is not one of table, json, sarif, markdown, html\n');
    const u = io();
    expect(await main(['scan', '--bogus'], u.io)).toBe(2);
    expect(u.out.stderr).toContain("Unknown option '--bogus'");
    expect(u.out.stderr).not.toContain('    at ');
  });

  it('reports a bad config as path:line:column with exit code 2', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lastseen-cli-'));
    writeFileSync(path.join(dir, 'lastseen.yml'), 'version: 1\nidentities:\n  - id: a\n    ownr: "@x"\n');
    const { io: x, out } = io(dir);
    expect(await main(['scan'], x)).toBe(2);
    expect(out.stderr).toMatch(/^lastseen: lastseen\.yml:4:5: .*ownr.*owner/);
    expect(out.stderr).not.toContain('    at ');
  });

  it('rejects a bad --now', async () => {
    const { io: x, out } = io();
    expect(await main(['scan', '--now', 'yesterday'], x)).toBe(2);
    expect(out.stderr).toContain('--now "yesterday" is not a time');
  });
});

describe('lastseen --help and --version', () => {
  it('teaches the commands', async () => {
    const { io: x, out } = io();
    expect(await main(['--help'], x)).toBe(0);
    expect(out.stdout).toContain('lastseen scan');
    expect(out.stdout).toContain('Exit codes');
    const s = io();
    expect(await main(['scan', '--help'], s.io)).toBe(0);
    expect(s.out.stdout).toContain('--fail-on <level>');
  });

  it('prints the version', async () => {
    const { io: x, out } = io();
    expect(await main(['--version'], x)).toBe(0);
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    expect(out.stdout).toBe(`${pkg.version}\n`);
  });

  it('exits 2 on an unknown command', async () => {
    const { io: x, out } = io();
    expect(await main(['scna'], x)).toBe(2);
    expect(out.stderr).toContain('unknown command "scna"');
  });
});

describe('lastseen explain', () => {
  it('shows the evidence behind one subject', async () => {
    const { io: x, out } = io();
    expect(await main(['explain', 'legacy-backup', '--now', NOW], x)).toBe(0);
    expect(out.stdout).toContain('legacy-backup');
    expect(out.stdout).toContain('status        inactive');
    expect(out.stdout).toContain('last use      2026-08-21T03:15:00.000Z (meaningful)');
  });

  it('says when there is no such subject', async () => {
    const { io: x, out } = io();
    expect(await main(['explain', 'nope', '--now', NOW], x)).toBe(2);
    expect(out.stderr).toContain('no subject "nope"');
  });
});
