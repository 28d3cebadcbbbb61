// SARIF 2.1.0 for code scanning: shape, stable ids and fingerprints, and Microsoft's validator with
// GitHub's ingestion rules (`sarif-multitool validate --rule-kind "Ghas;Sarif"`) reporting no error.
import { execFileSync } from 'node:child_process';
import { accessSync, chmodSync, constants, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderExtraFormat } from '../../src/cli/formats.js';
import { FINGERPRINT_KEY, findingFingerprint, renderSarif, renderSarifText } from '../../src/report/sarif.js';
import { FRAMEWORKS, RULE_METADATA } from '../../src/rules/metadata.js';
import { finding, report } from '../action/report-fixture.js';

const catalog = { rules: RULE_METADATA, frameworks: FRAMEWORKS };

/** A report with each kind of result: located, credential-level, location-less, suppressed, and an unknown rule. */
const representative = report(
  [
    finding({
      rule: 'inactive',
      subject: 'legacy-backup',
      message: 'legacy-backup: no meaningful use for 96 days (last on 2026-08-21); the threshold is 90 days.',
      remediation: 'Ask @acme/data whether legacy-backup is still needed.',
      location: { path: 'lastseen.yml', line: 26, column: 5 },
      evidence: { lastMeaningfulUse: '2026-08-21T03:15:00.000Z', thresholdDays: 90 },
    }),
    finding({
      rule: 'unrotated',
      subject: 'ci-deployer',
      credential: 'access_key_1',
      blocking: false,
      changed: false,
      message: 'access_key_1 of ci-deployer was last rotated 269 days ago.',
      location: { path: 'infra/identities/lastseen inventory.yml', line: 18 },
    }),
    finding({
      rule: 'undeclared',
      subject: 'arn:aws:iam::111122223333:user/svc-shadow-admin',
      severity: 'medium',
      blocking: false,
      location: null,
    }),
    finding({
      rule: 'inactive',
      subject: 'dr-restore',
      severity: 'high',
      blocking: false,
      suppressed: true,
      location: { path: 'lastseen.yml', line: 60, column: 5 },
      evidence: {
        suppression: {
          until: '2027-02-01T00:00:00.000Z',
          reason: 'DR role, exercised at the next game day',
          by: '@alice',
        },
      },
    }),
    finding({
      rule: 'brand-new-rule',
      subject: 'x',
      severity: 'low',
      blocking: false,
      location: { path: 'lastseen.yml', line: 2 },
    }),
  ],
  { config: 'lastseen.yml' },
);

describe('renderSarif', () => {
  const log = renderSarif(representative, catalog);
  const run = log.runs[0];
  const rules = run.tool.driver.rules;

  it('describes the tool and every rule with stable ids, help and a numeric security-severity', () => {
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(run.tool.driver).toMatchObject({
      name: 'lastseen',
      version: '1.2.3',
      informationUri: 'https://github.com/lastseen/lastseen',
    });
    expect(rules.map((r) => r.id)).toEqual(
      [...RULE_METADATA.map((r) => `lastseen/${r.name}`), 'lastseen/brand-new-rule'].sort(),
    );
    const inactive = rules.find((r) => r.id === 'lastseen/inactive')!;
    expect(inactive).toMatchObject({
      name: 'Inactive',
      shortDescription: { text: 'No meaningful use' },
      defaultConfiguration: { level: 'error' },
      properties: { 'security-severity': '7.5', precision: 'high' },
      helpUri: 'https://github.com/lastseen/lastseen/blob/main/docs/rules.md#inactive',
    });
    expect(inactive.properties.tags).toContain('owasp-nhi/NHI1');
    expect(inactive.help.markdown).toContain(
      '**Remediation:** Ask `<owner>` whether `<subject>` is still needed.',
    );
    expect(inactive.help.markdown).toContain(
      '- [OWASP NHI1:2025](https://owasp.org/www-project-non-human-identities-top-10/2025/top-10-2025/): Improper Offboarding',
    );
    expect(inactive.help.text).toContain('Remediation: Ask <owner> whether <subject> is still needed.');
    for (const rule of rules) expect(rule.properties['security-severity']).toMatch(/^\d+\.\d$/);
  });

  it('places each result on its declaring line, the inventory for the rest', () => {
    expect(
      run.results.map((r) => [
        r.ruleId,
        r.level,
        r.locations[0].physicalLocation.artifactLocation.uri,
        r.locations[0].physicalLocation.region,
      ]),
    ).toEqual([
      ['lastseen/inactive', 'error', 'lastseen.yml', { startLine: 26, startColumn: 5 }],
      ['lastseen/unrotated', 'warning', 'infra/identities/lastseen%20inventory.yml', { startLine: 18 }],
      ['lastseen/undeclared', 'warning', 'lastseen.yml', { startLine: 1 }],
      ['lastseen/inactive', 'warning', 'lastseen.yml', { startLine: 60, startColumn: 5 }],
      ['lastseen/brand-new-rule', 'note', 'lastseen.yml', { startLine: 2 }],
    ]);
    for (const result of run.results) {
      expect(rules[result.ruleIndex].id).toBe(result.ruleId);
      expect(result.locations[0].physicalLocation.artifactLocation.uriBaseId).toBe('%SRCROOT%');
    }
    expect(run.results[0].message.text).toBe(
      'legacy-backup: no meaningful use for 96 days (last on 2026-08-21); the threshold is 90 days. Fix: Ask @acme/data whether legacy-backup is still needed.',
    );
  });

  it('fingerprints what a finding is about, not where it is', () => {
    const moved = renderSarif(
      report([{ ...representative.findings[0], location: { path: 'lastseen.yml', line: 80 } }]),
      catalog,
    );
    expect(moved.runs[0].results[0].partialFingerprints).toEqual(run.results[0].partialFingerprints);
    expect(run.results[0].partialFingerprints[FINGERPRINT_KEY]).toBe(
      findingFingerprint({ rule: 'inactive', subject: 'legacy-backup', credential: null }),
    );
    expect(run.results[0].partialFingerprints[FINGERPRINT_KEY]).toMatch(/^[0-9a-f]{64}$/);
    expect(new Set(run.results.map((r) => r.partialFingerprints[FINGERPRINT_KEY])).size).toBe(5);
  });

  it('marks suppressed findings as suppressed in source, with the reason', () => {
    expect(run.results[3].suppressions).toEqual([
      {
        kind: 'inSource',
        justification: 'DR role, exercised at the next game day (@alice, until 2027-02-01T00:00:00.000Z)',
      },
    ]);
    expect(run.results[0].suppressions).toBeUndefined();
  });
});

describe('lastseen scan --format sarif', () => {
  it('renders the same SARIF as the Action writes', async () => {
    expect(await renderExtraFormat('sarif', representative)).toBe(renderSarifText(representative, catalog));
  });
});

describe("Microsoft's SARIF validator with GitHub's rules", () => {
  /** The multitool's self-contained binary for this platform, from the npm package. */
  function multitool(): string {
    const binary = createRequire(import.meta.url)('@microsoft/sarif-multitool') as string;
    try {
      accessSync(binary, constants.X_OK);
    } catch {
      chmodSync(binary, 0o755); // npm may skip the package's own postinstall chmod
    }
    return binary;
  }

  it('finds no error in the SARIF of a representative report', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lastseen-sarif-'));
    const input = path.join(dir, 'lastseen.sarif');
    const output = path.join(dir, 'validation.sarif');
    writeFileSync(input, renderSarifText(representative, catalog));
    execFileSync(multitool(), ['validate', '--rule-kind', 'Ghas;Sarif', '--output', output, input], {
      env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1', DOTNET_CLI_TELEMETRY_OPTOUT: '1' },
      stdio: 'pipe',
      timeout: 120_000,
    });
    // The validator exits 0 even when it finds errors: read its own SARIF log.
    const validation = JSON.parse(readFileSync(output, 'utf8')) as {
      runs: {
        results?: { ruleId: string; level?: string; message: { text?: string } }[];
        invocations?: { executionSuccessful: boolean }[];
      }[];
    };
    const problems = (validation.runs[0].results ?? []).filter(
      (r) => r.level === 'error' || r.level === 'warning',
    );
    expect(problems.map((r) => `${r.ruleId} ${r.level}: ${r.message.text ?? ''}`)).toEqual([]);
    expect(validation.runs[0].invocations?.[0].executionSuccessful).toBe(true);
  });
});
