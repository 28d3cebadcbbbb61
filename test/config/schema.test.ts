import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { expect, test } from 'vitest';
import YAML from 'yaml';
import { schema } from '../../src/config/index.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

test('the schema is valid draft-07 and compiles in ajv strict mode, and so does the included-file part of it', () => {
  const ajv = new Ajv({ strict: true, allErrors: true });
  const onDisk = JSON.parse(readFileSync(path.join(ROOT, 'schema/lastseen.schema.json'), 'utf8'));
  expect(onDisk).toEqual(schema);
  // The loader skips this check at start-up (validateSchema: false): it is made here instead.
  expect(ajv.validateSchema(onDisk), JSON.stringify(ajv.errors)).toBe(true);
  ajv.addSchema(onDisk, 'lastseen');
  expect(ajv.getSchema('lastseen')).toBeTypeOf('function');
  expect(ajv.getSchema('lastseen#/definitions/included-file')).toBeTypeOf('function');
});

test('every source type of DESIGN.md §3 and every rule of §5 is in the schema', () => {
  expect(schema.definitions['source-type'].enum).toEqual([
    'aws-iam-credential-report',
    'aws-access-keys',
    'aws-access-analyzer',
    'gcp-service-account-keys',
    'gcp-activity',
    'azure-sp-signins',
    'azure-app-credentials',
    'github-audit-log',
    'github-pats',
    'github-deploy-keys',
    'github-actions-secrets',
    'github-app-installations',
    'okta-system-log',
    'k8s-audit',
    'vault-audit',
    'google-workspace-usage',
    'slack-member-analytics',
    'csv',
    'jsonl',
    'lastseen-summary',
    'github-members',
  ]);
  const rules = schema.definitions['rule-name'].enum;
  expect(rules).toHaveLength(19);
  expect(Object.keys(schema.definitions.policy.properties.rules.properties)).toEqual(rules);
});

test('docs/config.md mentions every top-level, policy, source and identity key of the schema', () => {
  const docs = readFileSync(path.join(ROOT, 'docs/config.md'), 'utf8');
  const keys = [
    ...Object.keys(schema.properties),
    ...Object.keys(schema.definitions.policy.properties),
    ...Object.keys(schema.definitions.source.properties),
    ...Object.keys(schema.definitions.identity.properties),
    ...Object.keys(schema.definitions.credential.properties),
    ...Object.keys(schema.definitions.suppression.properties),
    ...Object.keys(schema.definitions.licence.properties),
    ...schema.definitions['rule-name'].enum,
    ...schema.definitions['source-type'].enum,
  ];
  const missing = [...new Set(keys)].filter(
    (key) => !docs.includes(`\`${key}\``) && !docs.includes(`\`${key}:`),
  );
  expect(missing).toEqual([]);
});

test('every property of the schema has a description an editor can show', () => {
  const missing: string[] = [];
  const visit = (node: unknown, at: string) => {
    if (!node || typeof node !== 'object') return;
    const properties = (node as { properties?: Record<string, Record<string, unknown>> }).properties;
    for (const [key, property] of Object.entries(properties ?? {})) {
      const described =
        'description' in property || ('$ref' in property && refDescribed(String(property.$ref)));
      if (!described && at !== 'rules') missing.push(`${at}.${key}`);
    }
    // if/else only restate properties for the conditional `required`.
    for (const [key, child] of Object.entries(node))
      if (!['properties', 'if', 'else'].includes(key)) visit(child, key);
    for (const [key, child] of Object.entries(properties ?? {})) visit(child, key);
  };
  const refDescribed = (ref: string) => {
    const name = ref.replace('#/definitions/', '') as keyof typeof schema.definitions;
    return 'description' in schema.definitions[name];
  };
  visit(schema, 'root');
  expect(missing).toEqual([]);
});

test('the precompiled quick pass is current and decides as ajv does at run time', async () => {
  // Throws (exit 1) when src/config/schema-quick.generated.js differs from what the schema gives.
  execFileSync(process.execPath, ['scripts/gen-schema.mjs', '--check'], { cwd: ROOT, stdio: 'pipe' });
  const { main, included } = await import('../../src/config/schema-quick.generated.js');
  const ajv = new Ajv({ strict: true });
  ajv.addSchema(schema, 'lastseen');
  const runtimeMain = ajv.getSchema('lastseen')!;
  const runtimeIncluded = ajv.getSchema('lastseen#/definitions/included-file')!;
  const documents: unknown[] = [
    YAML.parse(readFileSync(path.join(ROOT, 'examples/demo/lastseen.yml'), 'utf8')),
    YAML.parse(readFileSync(path.join(ROOT, 'test/fixtures/config/full-example/lastseen.yml'), 'utf8')),
    YAML.parse(readFileSync(path.join(ROOT, 'test/fixtures/config/unknown-key/lastseen.yml'), 'utf8')),
    YAML.parse(readFileSync(path.join(ROOT, 'test/fixtures/config/bad-duration/lastseen.yml'), 'utf8')),
    { version: 1 },
    { version: 2 },
    { version: 1, identities: [{ id: 'x' }] },
    {
      version: 1,
      identities: [{ id: 'ci', kind: 'service-account', owner: '@acme/platform', purpose: 'x'.repeat(600) }],
    },
    { identities: [] },
    null,
    [],
  ];
  const verdicts = documents.map((d) => [main(d), runtimeMain(d), included(d), runtimeIncluded(d)]);
  for (const [quick, runtime, quickIncluded, runtimeIncludedVerdict] of verdicts) {
    expect(quick).toBe(runtime);
    expect(quickIncluded).toBe(runtimeIncludedVerdict);
  }
  // Both outcomes occur, so the comparison means something.
  expect(verdicts.map(([quick]) => quick)).toContain(true);
  expect(verdicts.map(([quick]) => quick)).toContain(false);
});
