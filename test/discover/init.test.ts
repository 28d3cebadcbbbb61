// `lastseen init` writes identities for what telemetry shows and what the repository declares, and
// the file it writes is one `lastseen scan` accepts unchanged.
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { initCommand } from '../../src/cli/init.js';
import type { Io } from '../../src/cli/main.js';
import { scan } from '../../src/scan.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const NOW = '2026-11-25T12:00:00Z';

function io(cwd: string): Io & { err: string[] } {
  const err: string[] = [];
  return {
    stdout: () => {},
    stderr: (text) => err.push(text),
    color: false,
    progress: false,
    cwd,
    env: {},
    err,
  };
}

function copy(from: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'lastseen-init-'));
  cpSync(from, dir, { recursive: true });
  return dir;
}

describe('lastseen init', () => {
  it('on the demo writes a config that lastseen scan accepts unchanged', async () => {
    const workspace = copy(path.join(ROOT, 'examples/demo'));
    const code = await initCommand(
      ['--config', 'lastseen.yml', '--output', 'init.yml', '--now', NOW],
      io(workspace),
    );
    expect(code).toBe(0);
    const written = readFileSync(path.join(workspace, 'init.yml'), 'utf8');
    expect(written).toMatch(/owner: null/);

    const { report, config } = await scan({
      workspace,
      config: 'init.yml',
      now: Date.parse(NOW),
      github: { apiUrl: 'http://127.0.0.1:9' },
    });
    expect(config.path).toBe('init.yml');
    // Every subject is now declared: nothing the demo's telemetry shows is left undeclared.
    expect(report.findings.filter((f) => f.rule === 'undeclared')).toEqual([]);
    expect(report.subjects.length).toBeGreaterThan(0);
    // The sources keep what they cover, so the written file judges as the original did.
    expect(written).toMatch(/window: 180d/);
    expect(written).toMatch(/generated-at: 2026-11-24T06:00:00.000Z/);
  });

  it('includes discovered declarations, each with a comment saying where it is declared', async () => {
    const workspace = copy(path.join(ROOT, 'test/fixtures/discover/repo'));
    const code = await initCommand(
      ['--config', 'lastseen.yml', '--output', 'init.yml', '--now', NOW],
      io(workspace),
    );
    expect(code).toBe(0);
    const written = readFileSync(path.join(workspace, 'init.yml'), 'utf8');
    expect(written).toContain(
      [
        '  # declared in infra/iam.tf:27',
        '  - id: aws-iam-access-key-legacy',
        '    kind: api-token',
        '    platform: aws',
        '    owner: null',
        '    principals:',
        '      - tf:aws_iam_access_key.legacy',
      ].join('\n'),
    );
    expect(written).toContain(
      '  # seen in discover (repository); declared in k8s/accounts.yaml:8\n  - id: default-reporter',
    );
    // The config's own discover paths are kept, so the written file discovers the same.
    expect(written).toContain('discover:\n  paths:\n    - infra/**/*.tf');

    const { report } = await scan({
      workspace,
      config: 'init.yml',
      now: Date.parse(NOW),
      github: { apiUrl: 'http://127.0.0.1:9' },
    });
    expect(report.findings.filter((f) => f.rule === 'undeclared')).toEqual([]);
  });
});
