// Runs schema/lastseen.schema.json over an inventory. ajv with allErrors copies its error list at every
// $ref, which turns a file of 100k broken identities into minutes of work; so a fast first pass says
// whether the file is valid at all, and only a failing file is checked in full, list item by list
// item, stopping after a few failing items (a message shows only the first few problems anyway).
import { Ajv } from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import schema from '../../schema/lastseen.schema.json' with { type: 'json' };
import { included as quickIncluded, main as quickMain } from './schema-quick.generated.js';

export { schema };

export type FileRole = 'main' | 'included';

/** List items checked in full after this many have failed: enough for a message, bounded for a DoS. */
const MAX_FAILING_ITEMS = 10;
const LISTS = [
  ['identities', 'identity'],
  ['sources', 'source'],
  ['people', 'source'],
] as const;

interface Validators {
  quick: Record<FileRole, ValidateFunction>;
  full: () => FullValidators;
}

interface FullValidators {
  main: Record<FileRole, ValidateFunction>;
  item: Record<'identity' | 'source', ValidateFunction>;
}

let compiled: Validators | undefined;

/**
 * The schema's validators. The quick pass is compiled ahead of time (scripts/gen-schema.mjs; its test
 * keeps it current), so a valid inventory costs no compilation at start-up. The all-errors validators
 * are compiled by ajv, strict, only for a file that fails the quick pass. The schema itself is checked
 * against draft-07 by test/config/schema.test.ts.
 */
function validators(): Validators {
  if (compiled) return compiled;
  const get = (ajv: Ajv, ref: string) => ajv.getSchema(`lastseen${ref}`)!;
  let full: FullValidators | undefined;
  compiled = {
    quick: { main: quickMain, included: quickIncluded },
    full: () => {
      if (full) return full;
      const ajv = new Ajv({ strict: true, validateSchema: false, allErrors: true, verbose: true });
      ajv.addSchema(schema, 'lastseen');
      full = {
        main: { main: get(ajv, ''), included: get(ajv, '#/definitions/included-file') },
        item: { identity: get(ajv, '#/definitions/identity'), source: get(ajv, '#/definitions/source') },
      };
      return full;
    },
  };
  return compiled;
}

export interface SchemaResult {
  errors: ErrorObject[];
  /** True when checking stopped early: there are more problems than `errors` holds. */
  truncated: boolean;
}

/** ajv's errors for `data` (verbose, so each carries its schema and data); none when it is valid. */
export function schemaErrors(data: unknown, role: FileRole): SchemaResult {
  const { quick, full: fullValidators } = validators();
  if (quick[role](data)) return { errors: [], truncated: false };
  const { main: full, item } = fullValidators();
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    full[role](data);
    return { errors: full[role].errors ?? [], truncated: false };
  }
  const record = data as Record<string, unknown>;
  const shallow: Record<string, unknown> = { ...record };
  for (const [key] of LISTS) if (Array.isArray(shallow[key])) shallow[key] = [];
  full[role](shallow);
  const errors = [...(full[role].errors ?? [])];
  let failing = 0;
  for (const [key, definition] of LISTS) {
    const list = record[key];
    if (!Array.isArray(list)) continue;
    const validate = item[definition];
    for (let i = 0; i < list.length; i++) {
      if (validate(list[i])) continue;
      if (++failing > MAX_FAILING_ITEMS) return { errors, truncated: true };
      for (const error of validate.errors ?? [])
        errors.push({ ...error, instancePath: `/${key}/${i}${error.instancePath}` });
    }
  }
  return { errors, truncated: false };
}
