// The `columns:` mapping of a `people:` export (docs/lifecycle.md): which column (jsonl: dot path)
// holds the person, their e-mail, login, status, end date, manager and team. Checked once per entry,
// before anything is read.
import type { SourceEntry } from '../model/config.js';
import { ConfigurationError } from '../model/errors.js';
import { DEFAULT_NEVER, didYouMean } from './mapping.js';

export const PEOPLE_ROLES = [
  'person',
  'email',
  'name',
  'login',
  'status',
  'end-date',
  'status-changed',
  'manager',
  'team',
] as const;
export type PeopleRole = (typeof PEOPLE_ROLES)[number];

/** One row of an HR or IdP export. */
export interface Person {
  /** The export's key for the person: an e-mail, an employee id, a login. */
  person: string;
  email?: string;
  name?: string;
  /** GitHub login, for `@user` owners. */
  login?: string;
  status?: string;
  /** The last working day (a bare date is the end of that UTC day). */
  endDate?: number;
  /** When the status last changed (Okta's `statusChanged`): when they left, if the status says so. */
  statusChanged?: number;
  /** The manager as the export names them: an e-mail, a person key, a login or a name. */
  manager?: string;
  teams: string[];
  /** `path:line`, for messages. */
  at: string;
}

const TYPES = ['csv', 'jsonl', 'github-members'];
const EXPORT_OPTIONS = new Set(['columns', 'never', 'name']);

export function fail(entry: SourceEntry, message: string): never {
  throw new ConfigurationError(
    `people ${entry.type}${entry.path ? ` ${entry.path}` : ''}: ${message}`,
    entry.location,
  );
}

/** The roles an export entry maps, checked; throws ConfigurationError at the entry. */
export function peopleColumns(entry: SourceEntry): Map<PeopleRole, string> {
  if (!TYPES.includes(entry.type)) fail(entry, `a people entry is one of ${TYPES.join(', ')}`);
  const allowed = entry.type === 'github-members' ? new Set(['org', 'name']) : EXPORT_OPTIONS;
  for (const key of Object.keys(entry.options)) {
    if (!allowed.has(key)) fail(entry, `\`${key}\` does not apply to a people entry of type ${entry.type}`);
  }
  const columns = new Map<PeopleRole, string>();
  if (entry.type === 'github-members') {
    if (entry.path !== undefined) fail(entry, 'github-members reads the GitHub API: remove `path`');
    return columns;
  }
  const raw = entry.options.columns;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    fail(
      entry,
      '`columns:` is required: at least `person:`, and `status:` or `end-date:` to tell who has left',
    );
  }
  for (const [role, name] of Object.entries(raw as Record<string, unknown>)) {
    if (!(PEOPLE_ROLES as readonly string[]).includes(role)) {
      const hint = didYouMean(role, PEOPLE_ROLES);
      fail(
        entry,
        `unknown key \`columns.${role}\`${hint ? ` (did you mean \`${hint}\`?)` : ''}; the keys are ${PEOPLE_ROLES.join(', ')}`,
      );
    }
    if (typeof name !== 'string' || name.trim() === '') fail(entry, `\`columns.${role}\` must name a column`);
    columns.set(role as PeopleRole, name.trim());
  }
  if (!columns.has('person')) fail(entry, '`columns.person` is required: the column that names the person');
  return columns;
}

export function neverValues(entry: SourceEntry): Set<string> {
  const never = new Set(DEFAULT_NEVER);
  const extra = entry.options.never;
  const list = typeof extra === 'string' ? [extra] : extra;
  if (list !== undefined && (!Array.isArray(list) || !list.every((v) => typeof v === 'string'))) {
    fail(entry, '`never` must be a list of strings');
  }
  for (const value of (list ?? []) as string[]) never.add(value.trim().toLowerCase());
  return never;
}
