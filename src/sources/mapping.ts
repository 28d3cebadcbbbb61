// The mapping of the generic `csv` and `jsonl` readers (DESIGN.md §3): which column (or dot path)
// holds the principal, its last use, its events, and which actions are meaningful. Parsed and
// checked once per source entry; the readers only look values up and hand them to `emitMapped`.
import type { SourceEntry } from '../model/config.js';
import { ConfigurationError } from '../model/errors.js';
import { meaningfulMatcher } from './action-kind.js';
import { excerpt } from './excerpt.js';

export const ROLES = [
  'principal',
  'use',
  'login',
  'at',
  'action',
  'credential',
  'created',
  'status',
] as const;
export type Role = (typeof ROLES)[number];

export const DEFAULT_NEVER = ['', 'never', 'n/a', 'none', 'null', '-'];

/** A status that means the principal or credential cannot be used now (it still exists). */
export const UNUSABLE_STATUSES = new Set([
  'suspended',
  'disabled',
  'deactivated',
  'inactive',
  'deprovisioned',
  'locked',
  'revoked',
  'expired',
  'blocked',
  'archived',
]);

export interface Mapping {
  columns: Partial<Record<Role, string>> & { principal: string };
  /** Lower-cased, trimmed values that mean "no value". */
  never: Set<string>;
  isMeaningful(action: string): boolean;
  /** `at:` → one row is one event; otherwise one row is one principal's (or credential's) state. */
  mode: 'events' | 'snapshot';
}

const cache = new WeakMap<SourceEntry, Mapping>();

/** The entry's mapping, checked; throws ConfigurationError at the entry for a mapping that cannot work. */
export function mappingFor(entry: SourceEntry): Mapping {
  let mapping = cache.get(entry);
  if (!mapping) {
    mapping = parseMapping(entry);
    cache.set(entry, mapping);
  }
  return mapping;
}

function fail(entry: SourceEntry, message: string): never {
  throw new ConfigurationError(
    `source ${entry.type} ${entry.path ?? ''}: ${message}`.replace('  ', ' '),
    entry.location,
  );
}

function stringList(entry: SourceEntry, key: string, value: unknown): string[] | undefined {
  if (value === undefined) return undefined;
  const list = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(list) || !list.every((item) => typeof item === 'string')) {
    fail(entry, `\`${key}\` must be a list of strings`);
  }
  return list as string[];
}

function parseMapping(entry: SourceEntry): Mapping {
  const raw = entry.options.columns;
  if (raw === undefined || raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    fail(
      entry,
      '`columns:` is required: at least `principal:` and one of `use:`, `at:`, `login:` or `created:`',
    );
  }
  const columns: Partial<Record<Role, string>> = {};
  for (const [role, name] of Object.entries(raw as Record<string, unknown>)) {
    if (!(ROLES as readonly string[]).includes(role)) {
      const hint = didYouMean(role, ROLES);
      fail(
        entry,
        `unknown key \`columns.${role}\`${hint ? ` (did you mean \`${hint}\`?)` : ''}; the keys are ${ROLES.join(', ')}`,
      );
    }
    if (typeof name !== 'string' || name.trim() === '') fail(entry, `\`columns.${role}\` must name a column`);
    columns[role as Role] = name.trim();
  }
  if (!columns.principal) fail(entry, '`columns.principal` is required: the column that names who used it');
  if (!columns.use && !columns.at && !columns.login && !columns.created) {
    fail(entry, '`columns:` needs one of `use:` (last use), `at:` (event time), `login:` or `created:`');
  }
  if (columns.at && (columns.use || columns.login)) {
    fail(
      entry,
      '`columns.at` (one row per event) cannot be combined with `use:` or `login:` (one row per principal)',
    );
  }
  const never = new Set(DEFAULT_NEVER);
  for (const value of stringList(entry, 'never', entry.options.never) ?? [])
    never.add(value.trim().toLowerCase());
  const meaningful = stringList(entry, 'meaningful', entry.options.meaningful) ?? ['*'];
  const platform = entry.options.platform;
  if (platform !== undefined && (typeof platform !== 'string' || platform === '')) {
    fail(entry, '`platform` must be a name such as aws, github or okta');
  }
  return {
    columns: columns as Mapping['columns'],
    never,
    isMeaningful: meaningfulMatcher(meaningful),
    mode: columns.at ? 'events' : 'snapshot',
  };
}

/** The closest name by edit distance, when it is close enough to be a likely typo. */
export function didYouMean(name: string, candidates: readonly string[]): string | undefined {
  const target = name.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = editDistance(target, candidate.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(target.length / 3)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
    }
    previous = current;
  }
  return previous[b.length];
}

/** A column the header lacks: names it, lists what the header has, and guesses the intended one. */
export function missingColumn(
  entry: SourceEntry,
  role: Role,
  name: string,
  header: readonly string[],
): never {
  const hint = didYouMean(name, header);
  const listed = header
    .slice(0, 40)
    .map((column) => excerpt(column))
    .join(', ');
  fail(
    entry,
    `\`columns.${role}\` names ${JSON.stringify(name)}, which the file does not have` +
      `${hint ? ` (did you mean ${excerpt(hint)}?)` : ''}; its columns are ${listed}` +
      `${header.length > 40 ? `, and ${header.length - 40} more` : ''}`,
  );
}
