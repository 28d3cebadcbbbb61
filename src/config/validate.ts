// Validates an inventory file against schema/lastseen.schema.json (the one source of truth for the raw
// file) and turns ajv's errors into ConfigurationErrors a person can act on: the node at fault with
// its line, what is wrong, what was expected, and a did-you-mean for a misspelt key or value.
import type { ErrorObject } from 'ajv';
import type { Location } from '../model/config.js';
import { ConfigurationError } from '../model/errors.js';
import { excerpt } from '../sources/excerpt.js';
import { schema, schemaErrors, type FileRole } from './schema.js';
import { closest } from './suggest.js';
import { locate, type ParsedFile, type PathSegment } from './yaml.js';

/** How many problems one error message lists after the first. */
const MORE_PROBLEMS = 4;
/** Problems placed in the document before the first few are chosen; schema errors come in file order. */
const MAX_DESCRIBED = 100;

const definitions = schema.definitions;
const identityProperties = definitions.identity.properties;

/** What a value of each shared form must look like, by the schema object that defines the form. */
const EXPECTED = new Map<object, string>([
  [definitions.duration, 'a duration such as 90d, 12w or 36h'],
  [
    definitions.date,
    'an ISO 8601 date such as 2027-01-15, or a date and time with a zone such as 2026-11-24T06:00:00Z',
  ],
  [definitions.text, 'non-empty text'],
  [definitions['text-list'], 'a list of text'],
  [definitions.cron, 'a five-field cron expression such as "0 2 * * *", or @daily'],
  [definitions.schedule, 'a cron expression, or { cron, tolerance, tz }'],
  [definitions.include, 'a path or glob, or a list of them'],
  [definitions.discover, 'true, false, or { enabled, paths }'],
  [
    identityProperties.id,
    'a slug: lowercase letters, digits, ".", "_" and "-", starting with a letter or digit',
  ],
  [identityProperties.owner, '@org/team, @user, an e-mail, or null'],
  [identityProperties.stores, 'an identity id, or identity/credential such as other-identity/credential-id'],
  [definitions.licence.properties.currency, 'a three-letter currency code such as USD'],
]);

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  array: 'a list',
  object: 'a mapping (key: value)',
  boolean: 'true or false',
  number: 'a number',
  integer: 'a whole number',
  null: 'null',
};

/** Rejects with a ConfigurationError describing every schema violation in `file` (the first one first). */
export async function validateInventory(file: ParsedFile, role: FileRole): Promise<void> {
  if (file.data === null || file.data === undefined) {
    throw new ConfigurationError('is empty, expected at least `version: 1`', {
      path: file.path,
      line: 1,
      column: 1,
    });
  }
  const { errors, truncated } = await schemaErrors(file.data, role);
  if (errors.length === 0) return;
  const collapsed = collapseAlternatives(errors);
  // Each description locates its node (a walk of the document): 20,000 unknown keys must not take minutes.
  const problems = collapsed
    .slice(0, MAX_DESCRIBED)
    .map((issue) => describe(file, issue, role))
    .sort((a, b) => a.location.line - b.location.line || (a.location.column ?? 0) - (b.location.column ?? 0));
  const seen = new Set<string>();
  const unique = problems.filter((problem) => {
    const key = `${problem.location.line}:${problem.location.column}:${problem.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  throw new ConfigurationError(
    joinProblems(unique, truncated || collapsed.length > MAX_DESCRIBED),
    unique[0].location,
  );
}

function joinProblems(problems: Problem[], truncated: boolean): string {
  const [first, ...rest] = problems;
  const lines = rest
    .slice(0, MORE_PROBLEMS)
    .map(({ location, message }) => `  ${location.path}:${location.line}:${location.column}: ${message}`);
  if (rest.length > MORE_PROBLEMS || truncated) lines.push(`  … and more`);
  return [first.message, ...lines].join('\n');
}

interface Issue {
  error: ErrorObject;
  /** Set when the issue stands for a whole anyOf whose alternatives all had the wrong type. */
  expected?: string;
}

/**
 * ajv reports every failed alternative of an anyOf. When one alternative had the right type and failed
 * inside, only its errors matter; when none had the right type, one "expected X or Y" says it all.
 */
function collapseAlternatives(errors: readonly ErrorObject[]): Issue[] {
  let pending: Issue[] = [];
  for (const error of errors) {
    if (error.keyword === 'if') continue;
    if (error.keyword !== 'anyOf' && error.keyword !== 'oneOf') {
      pending.push({ error });
      continue;
    }
    const at = error.instancePath;
    const inside = (issue: Issue) =>
      issue.error.instancePath === at || issue.error.instancePath.startsWith(`${at}/`);
    const branches = pending.filter(inside);
    pending = pending.filter((issue) => !inside(issue));
    const deeper = branches.filter(
      (issue) => issue.error.instancePath !== at || issue.error.keyword !== 'type',
    );
    if (deeper.length > 0) pending.push(...deeper);
    else
      pending.push({
        error,
        expected: EXPECTED.get(error.parentSchema as object) ?? 'one of the allowed forms',
      });
  }
  return pending;
}

interface Problem {
  location: Location;
  message: string;
}

function describe(file: ParsedFile, issue: Issue, role: FileRole): Problem {
  const { error } = issue;
  const at = pointerSegments(error.instancePath);
  const where = displayPath(at);
  const value = show(error.data);
  const parent = error.parentSchema as { properties?: Record<string, unknown> } | undefined;
  if (issue.expected)
    return { location: locate(file, at), message: `${where} is ${value}, expected ${issue.expected}` };
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(error.params.additionalProperty);
      const location = locate(file, [...at, key], 'key');
      const allowed = Object.keys(parent?.properties ?? {}).filter((name) => name !== '$schema');
      if (role === 'included' && at.length === 0 && ['policy', 'include', 'discover'].includes(key)) {
        return {
          location,
          message: `"${key}" is not allowed in an included file, expected only identities, sources and people (${key} belongs in the main lastseen.yml)`,
        };
      }
      const place = at.length === 0 ? 'at the top level' : `in ${where}`;
      const suggestion = closest(key, allowed);
      const hint = suggestion ? `did you mean "${suggestion}"?` : `expected one of ${allowed.join(', ')}`;
      return { location, message: `unknown key ${show(key)} ${place}, ${hint}` };
    }
    case 'required': {
      const missing = String(error.params.missingProperty);
      const place = at.length === 0 ? 'at the top level' : `in ${where}`;
      const required = (error.schema as string[]).join(', ');
      let expected = `expected ${required}`;
      if (missing === 'version') expected = 'expected `version: 1`';
      else if (missing === 'path')
        expected = `a ${String((error.data as { type?: unknown }).type)} source reads a file: give its path (relative to this file)`;
      return { location: locate(file, at), message: `missing key "${missing}" ${place}, ${expected}` };
    }
    case 'enum': {
      const allowed = (error.schema as unknown[]).map(String);
      const suggestion = typeof error.data === 'string' ? closest(error.data, allowed) : undefined;
      const hint = suggestion ? `did you mean "${suggestion}"?` : `expected one of ${allowed.join(', ')}`;
      return { location: locate(file, at), message: `${where} is ${value}, ${hint}` };
    }
    case 'const':
      return {
        location: locate(file, at),
        message: `${where} is ${value}, expected ${JSON.stringify(error.schema)}`,
      };
    case 'minimum':
      return {
        location: locate(file, at),
        message: `${where} is ${value}, expected at least ${String(error.schema)}`,
      };
    case 'maximum':
      return {
        location: locate(file, at),
        message: `${where} is ${value}, expected at most ${String(error.schema)}`,
      };
    case 'type':
    case 'pattern':
    case 'minLength': {
      const expected = EXPECTED.get(error.parentSchema as object) ?? typeWords(error);
      return { location: locate(file, at), message: `${where} is ${value}, expected ${expected}` };
    }
    default:
      return { location: locate(file, at), message: `${where} ${error.message ?? 'is not valid'}` };
  }
}

function typeWords(error: ErrorObject): string {
  if (error.keyword === 'type') {
    const types = ([] as string[]).concat(error.params.type as string | string[]);
    return types.map((type) => TYPE_WORDS[type] ?? type).join(' or ');
  }
  if (error.keyword === 'minLength') return 'non-empty text';
  return `text matching ${String(error.params.pattern)}`;
}

function pointerSegments(pointer: string): PathSegment[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** `identities[0].suppress[1].reason`: the way a person names a place in the file. */
export function displayPath(at: readonly PathSegment[]): string {
  if (at.length === 0) return 'the file';
  return at
    .map((segment, i) => (typeof segment === 'number' ? `[${segment}]` : `${i === 0 ? '' : '.'}${segment}`))
    .join('');
}

/** A value as a message may quote it: redacted, shortened, and never a whole object. */
function show(value: unknown): string {
  // excerpt() masks a bare random value too (an AWS secret key has no prefix to recognise it by).
  if (typeof value === 'string') return excerpt(value, { max: 60 });
  if (Array.isArray(value)) return 'a list';
  if (value !== null && typeof value === 'object') return 'a mapping';
  return String(value);
}
