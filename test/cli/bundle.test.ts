// The bundled CLI (dist/cli.js) as a user runs it: a process with real pipes. The in-process tests of
// cli.test.ts cannot see what only a process shows: a reader that closes the pipe early, the exit code.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CLI = path.join(ROOT, 'dist/cli.js');
const DEMO = path.join(ROOT, 'examples/demo');
const SCAN = ['scan', '--config', 'lastseen.yml', '--now', '2026-11-25T12:00:00Z', '--fail-on', 'none'];

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI; with `closeEarly`, the reader closes stdout before the report comes, as `| head -c` does. */
function run(args: string[], closeEarly = false, cwd = DEMO): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd,
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    // Closed at once: however the report is written, its writes meet a closed pipe (EPIPE).
    if (closeEarly) child.stdout.destroy();
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('dist/cli.js', () => {
  it('prints its version', async () => {
    const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      version: string;
    };
    expect(await run(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('writes the JSON report to stdout', async () => {
    const { code, stdout, stderr } = await run([...SCAN, '--format', 'json']);
    expect([code, stderr]).toEqual([0, '']);
    const report = JSON.parse(stdout) as { now: string; subjects: { id: string }[] };
    expect(report.now).toBe('2026-11-25T12:00:00.000Z');
    expect(report.subjects.map((s) => s.id)).toContain('legacy-backup');
  });

  it('loads at start-up only what a scan of files needs: no HCL parser, ajv or Octokit', () => {
    // Every file dist/cli.js imports statically, transitively, and the CLI itself, which it imports once it
    // has started the worker a scan may use (other dynamic import() calls load later, when needed).
    const loaded = new Set<string>();
    const visit = (file: string): void => {
      if (loaded.has(file)) return;
      loaded.add(file);
      const text = readFileSync(path.join(ROOT, 'dist', file), 'utf8');
      for (const [, name] of text.matchAll(/(?:from|import)\s*"\.\/(chunk-[A-Z0-9]+\.js)"/g)) visit(name);
    };
    const entry = readFileSync(path.join(ROOT, 'dist/cli.js'), 'utf8');
    const started = [...entry.matchAll(/await import\("\.\/(chunk-[A-Z0-9]+\.js)"\)/g)].map(
      ([, name]) => name,
    );
    expect(started).toHaveLength(1);
    visit('cli.js');
    visit(started[0]);
    const code = [...loaded].map((file) => readFileSync(path.join(ROOT, 'dist', file), 'utf8')).join('\n');
    expect(code).toContain('node_modules/yaml/dist');
    for (const marker of ['node_modules/hcl2-parser', 'node_modules/ajv/dist/core.js', 'octokit-rest.js'])
      expect(code).not.toContain(marker);
    // They are in the bundle still, loaded when a scan needs them (and the markers are not stale).
    const bundle = readdirSync(path.join(ROOT, 'dist'))
      .filter((file) => file.endsWith('.js'))
      .map((file) => readFileSync(path.join(ROOT, 'dist', file), 'utf8'))
      .join('\n');
    for (const marker of ['node_modules/hcl2-parser', 'node_modules/ajv/dist/core.js', 'octokit-rest.js'])
      expect(bundle).toContain(marker);
  });

  it('explains an inventory that fails the schema, with ajv loaded on demand: file, line, exit code 2', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lastseen-bundle-'));
    writeFileSync(path.join(dir, 'lastseen.yml'), 'version: 1\nidentities:\n  - id: x\n    bogus: 1\n');
    const { code, stdout, stderr } = await run(['scan', '--config', 'lastseen.yml'], false, dir);
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toContain('lastseen.yml:4:5: unknown key "bogus" in identities[0]');
    expect(stderr).not.toMatch(/^\s+at /m);
  });

  it('stops quietly when the reader closes the pipe early (| head), with no stack trace', async () => {
    const { code, stdout, stderr } = await run([...SCAN, '--format', 'html'], true);
    expect([code, stdout, stderr]).toEqual([0, '', '']);
  });
});
