// Runs schema/lastseen.schema.json over an inventory. ajv with allErrors copies its error list at every
// $ref, which turns a file of 100k broken identities into minutes of work; so a fast first pass says
// whether the file is valid at all, and only a failing file is checked in full, list item by list
// item, stopping after a few failing items (a message shows only the first few problems anyway).
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

interface FullValidators {
  main: Record<FileRole, ValidateFunction>;
  item: Record<'identity' | 'source', ValidateFunction>;
}

/**
 * The quick pass is compiled ahead of time (scripts/gen-schema.mjs; its test keeps it current), so a
 * valid inventory costs no compilation at start-up, and ajv itself (a quarter of the CLI's code) is not
 * even loaded. The all-errors validators are compiled by ajv, strict, only for a file that fails the
 * quick pass. The schema itself is checked against draft-07 by test/config/schema.test.ts.
 */
const quick: Record<FileRole, ValidateFunction> = { main: quickMain, included: quickIncluded };
let full: Promise<FullValidators> | undefined;

function fullValidators(): Promise<FullValidators> {
  // Through the default export (module.exports): ajv is CommonJS, and a bundle's dynamic import of it
  // has no named exports.
  full ??= import('ajv').then(({ default: { Ajv } }) => {
    const ajv = new Ajv({ strict: true, validateSchema: false, allErrors: true, verbose: true });
    ajv.addSchema(schema, 'lastseen');
    const get = (ref: string) => ajv.getSchema(`lastseen${ref}`)!;
    return {
      main: { main: get(''), included: get('#/definitions/included-file') },
      item: { identity: get('#/definitions/identity'), source: get('#/definitions/source') },
    };
  });
  return full;
}

export interface SchemaResult {
  errors: ErrorObject[];
  /** True when checking stopped early: there are more problems than `errors` holds. */
  truncated: boolean;
}

/** ajv's errors for `data` (verbose, so each carries its schema and data); none when it is valid. */
export async function schemaErrors(data: unknown, role: FileRole): Promise<SchemaResult> {
  if (quick[role](data)) return { errors: [], truncated: false };
  const { main: full, item } = await fullValidators();
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
