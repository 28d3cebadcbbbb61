import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { RULE_METADATA } from '../../src/rules/metadata.js';
import { TEMPLATE_VARIABLES, placeholders, renderTemplate } from '../../src/rules/template.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const RULES = path.join(ROOT, 'rules');
const schema = JSON.parse(readFileSync(path.join(ROOT, 'schema/rule.schema.json'), 'utf8'));
const files = readdirSync(RULES)
  .filter((f) => f.endsWith('.yml'))
  .sort();

describe('rules/*.yml', () => {
  it('holds the 19 rules of DESIGN.md §5', () => {
    expect(files.map((f) => path.basename(f, '.yml'))).toEqual([
      'expired',
      'expiring',
      'human-use',
      'inactive',
      'licence-reclaim',
      'login-only',
      'never-used',
      'no-expiry',
      'no-telemetry',
      'outside-cadence',
      'owner-offboarded',
      'reactivated',
      'review-overdue',
      'secret-in-config',
      'stale-telemetry',
      'suppression-expired',
      'undeclared',
      'unowned',
      'unrotated',
    ]);
  });

  const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);
  it.each(files)('%s is valid against schema/rule.schema.json and named like its file', (file) => {
    const rule = YAML.parse(readFileSync(path.join(RULES, file), 'utf8'));
    expect(validate(rule) ? [] : validate.errors).toEqual([]);
    expect(rule.name).toBe(path.basename(file, '.yml'));
  });

  it('the schema rejects what a rule must not be', () => {
    const good = YAML.parse(readFileSync(path.join(RULES, 'inactive.yml'), 'utf8'));
    expect(validate({ ...good, severity: 'urgent' })).toBe(false);
    expect(validate({ ...good, extra: 1 })).toBe(false);
    expect(validate({ ...good, references: [{ framework: 'owasp-nhi', id: 'NHI11', title: 'Nope' }] })).toBe(
      false,
    );
    expect(
      validate({ ...good, references: [{ framework: 'nist-csf', id: 'PR.AC-1', title: 'CSF 1.1 id' }] }),
    ).toBe(false);
    const { remediation: _remediation, ...missing } = good;
    expect(validate(missing)).toBe(false);
  });

  it('every rule maps to at least one framework, with OWASP NHI where an NHI risk applies', () => {
    for (const rule of RULE_METADATA) expect(rule.references.length, rule.name).toBeGreaterThan(0);
    const owasp = RULE_METADATA.filter((r) => r.references.some((ref) => ref.framework === 'owasp-nhi')).map(
      (r) => r.name,
    );
    expect(owasp).toContain('human-use');
    expect(RULE_METADATA.find((r) => r.name === 'human-use')?.references[0]).toEqual({
      framework: 'owasp-nhi',
      id: 'NHI10',
      title: 'Human Use of NHI',
    });
    expect(RULE_METADATA.find((r) => r.name === 'secret-in-config')?.references[0]).toEqual({
      framework: 'owasp-nhi',
      id: 'NHI2',
      title: 'Secret Leakage',
    });
  });
});

describe('remediation templates', () => {
  it.each(RULE_METADATA.map((r) => [r.name, r.remediation]))(
    '%s uses only known placeholders',
    (_name, remediation) => {
      expect(
        placeholders(remediation).filter((p) => !(TEMPLATE_VARIABLES as readonly string[]).includes(p)),
      ).toEqual([]);
    },
  );

  it('the schema documents every placeholder', () => {
    const text = schema.properties.remediation.description as string;
    for (const name of TEMPLATE_VARIABLES) expect(text).toContain(`{{${name}}}`);
  });

  it('renders values, and leaves a missing one visible', () => {
    expect(
      renderTemplate('Rotate {{credential}} of {{ subject }}.', { credential: 'k1', subject: 'ci' }),
    ).toBe('Rotate k1 of ci.');
    expect(renderTemplate('Ask {{owner}}.', {})).toBe('Ask <owner>.');
  });
});

describe('generated files', () => {
  it('src/rules/metadata.ts and docs/rules.md are current (node scripts/gen-rules.mjs --check)', () => {
    expect(() =>
      execFileSync(process.execPath, ['scripts/gen-rules.mjs', '--check'], { cwd: ROOT, stdio: 'pipe' }),
    ).not.toThrow();
  });

  it('the metadata module holds exactly what the yml files say', () => {
    const fromYml = files.map((f) => YAML.parse(readFileSync(path.join(RULES, f), 'utf8')));
    expect(RULE_METADATA).toEqual(fromYml);
  });

  it('docs/rules.md has a row and a section for every rule', () => {
    const docs = readFileSync(path.join(ROOT, 'docs/rules.md'), 'utf8');
    for (const rule of RULE_METADATA) {
      expect(docs).toContain(`[\`${rule.name}\`](#${rule.name})`);
      expect(docs).toContain(`## ${rule.name}\n`);
    }
  });
});
