import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { expect, test } from 'vitest';
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
