// People (DESIGN.md §2 `people:`, §3): the HR or IdP exports that say who can own things and whether
// they are still here, read through a `columns:` mapping (`csv`, or `jsonl` with dot paths for JSON
// lines, arrays and envelopes), and the GitHub organisation's members and teams (`github-members`,
// read live). People are not subjects: correlate/owners.ts builds the directory that resolves owners.
// Every row is accepted or rejected with its line and reason, and each entry's counts go into the
// report's sources like a telemetry source's.
import type { Config, SourceEntry } from '../model/config.js';
import { ConfigurationError } from '../model/errors.js';
import type { RecordSink } from '../model/records.js';
import type { SourceSummary } from '../model/report.js';
import { iso } from '../model/time.js';
import { forEachCsvRow, headerIndex } from './csv.js';
import { compilePath, fieldPaths } from './generic-jsonl.js';
import { createClient } from './github/client.js';
import type { LiveContext } from './github/context.js';
import { fetchOrgMembership, teamsNamedBy, type OrgMembership } from './github/members.js';
import { forEachJsonRecord } from './json.js';
import { DEFAULT_NEVER, didYouMean } from './mapping.js';
import { parseTimeValue } from './parse-time.js';
import { readSource } from './read.js';
import type { ReadContext, SourceReader } from './types.js';

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

export interface PeopleExport {
  kind: 'export';
  /** "type path", as the report lists sources. */
  label: string;
  people: Person[];
  /** The roles the mapping names: the export speaks only for the kinds of owner it has columns for. */
  roles: ReadonlySet<PeopleRole>;
  /** Nothing could be read: it proves nothing. */
  failed: boolean;
}

export interface People {
  exports: PeopleExport[];
  organisations: OrgMembership[];
  /** One per `people:` entry, for the report's sources. */
  summaries: SourceSummary[];
}

export interface PeopleOptions {
  workspace: string;
  now: number;
  /** For `github-members` entries. */
  github?: LiveContext;
}

const TYPES = ['csv', 'jsonl', 'github-members'];
const EXPORT_OPTIONS = new Set(['columns', 'never', 'name']);

function fail(entry: SourceEntry, message: string): never {
  throw new ConfigurationError(`people ${entry.type}${entry.path ? ` ${entry.path}` : ''}: ${message}`, entry.location);
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
    fail(entry, '`columns:` is required: at least `person:`, and `status:` or `end-date:` to tell who has left');
  }
  for (const [role, name] of Object.entries(raw as Record<string, unknown>)) {
    if (!(PEOPLE_ROLES as readonly string[]).includes(role)) {
      const hint = didYouMean(role, PEOPLE_ROLES);
      fail(entry, `unknown key \`columns.${role}\`${hint ? ` (did you mean \`${hint}\`?)` : ''}; the keys are ${PEOPLE_ROLES.join(', ')}`);
    }
    if (typeof name !== 'string' || name.trim() === '') fail(entry, `\`columns.${role}\` must name a column`);
    columns.set(role as PeopleRole, name.trim());
  }
  if (!columns.has('person')) fail(entry, '`columns.person` is required: the column that names the person');
  return columns;
}

function neverValues(entry: SourceEntry): Set<string> {
  const never = new Set(DEFAULT_NEVER);
  const extra = entry.options.never;
  const list = typeof extra === 'string' ? [extra] : extra;
  if (list !== undefined && (!Array.isArray(list) || !list.every((v) => typeof v === 'string'))) {
    fail(entry, '`never` must be a list of strings');
  }
  for (const value of (list ?? []) as string[]) never.add(value.trim().toLowerCase());
  return never;
}

class RowError extends Error {}

/** Turns one row's values (by role) into a Person; throws RowError for a row that cannot be read. */
function personOf(value: (role: PeopleRole) => unknown, columns: Map<PeopleRole, string>, never: Set<string>, at: string): Person {
  const text = (role: PeopleRole): string | undefined => {
    const raw = value(role);
    if (raw === undefined || raw === null) return undefined;
    const joined = Array.isArray(raw) ? raw.filter((v) => typeof v !== 'object').join(';') : typeof raw === 'object' ? undefined : String(raw);
    const trimmed = joined?.trim();
    return trimmed === undefined || never.has(trimmed.toLowerCase()) ? undefined : trimmed;
  };
  const time = (role: PeopleRole): number | undefined => {
    const raw = text(role);
    if (raw === undefined) return undefined;
    const t = parseTimeValue(raw);
    if (t === undefined) throw new RowError(`${columns.get(role)} is not a date: ${JSON.stringify(raw.slice(0, 40))}`);
    return t;
  };
  const person = text('person');
  if (person === undefined) throw new RowError(`no person in ${JSON.stringify(columns.get('person'))}`);
  const out: Person = { person, teams: [], at };
  const email = text('email') ?? (person.includes('@') ? person : undefined);
  if (email !== undefined) out.email = email;
  for (const role of ['name', 'status', 'manager'] as const) {
    const v = text(role);
    if (v !== undefined) out[role] = v;
  }
  const login = text('login');
  if (login !== undefined) out.login = login.replace(/^@/, '');
  const endDate = time('end-date');
  if (endDate !== undefined) out.endDate = endDate;
  const changed = time('status-changed');
  if (changed !== undefined) out.statusChanged = changed;
  // A person in several teams: "platform; sre", or a JSON array.
  out.teams = (text('team') ?? '').split(/[;|,]/).map((t) => t.trim()).filter(Boolean);
  return out;
}

/** A reader that pushes people into `into`; the framework around it counts rows and handles files. */
function exportReader(entry: SourceEntry, columns: Map<PeopleRole, string>, into: Person[]): SourceReader {
  const never = neverValues(entry);
  return {
    type: entry.type,
    platform: 'people',
    coverage: 'snapshot',
    async read(ctx: ReadContext) {
      const { sink, file } = ctx;
      const one = (value: (role: PeopleRole) => unknown, line: number) => {
        try {
          into.push(personOf(value, columns, never, `${file.path}:${line}`));
          sink.accept();
        } catch (error) {
          if (!(error instanceof RowError)) throw error;
          sink.reject(line, error.message);
        }
      };
      if (entry.type === 'csv') await readCsv(ctx, columns, one);
      else await readJson(ctx, columns, one);
    },
  };
}

type OneRow = (value: (role: PeopleRole) => unknown, line: number) => void;

async function readCsv(ctx: ReadContext, columns: Map<PeopleRole, string>, one: OneRow): Promise<void> {
  let indices: Map<PeopleRole, number> | undefined;
  await forEachCsvRow(ctx.file.open(), {
    row(row, line) {
      if (!indices) {
        const header = headerIndex(row);
        indices = new Map();
        for (const [role, name] of columns) {
          const i = header.get(name.toLowerCase());
          if (i === undefined) {
            const hint = didYouMean(name, row);
            fail(ctx.entry, `\`columns.${role}\` names ${JSON.stringify(name)}, which ${ctx.file.path} does not have${hint ? ` (did you mean ${JSON.stringify(hint)}?)` : ''}; its columns are ${row.slice(0, 40).map((c) => JSON.stringify(c)).join(', ')}`);
          }
          indices.set(role, i);
        }
        return;
      }
      const map = indices;
      one((role) => {
        const i = map.get(role);
        return i === undefined ? undefined : row[i];
      }, line);
    },
    error(line, reason) {
      ctx.sink.reject(line, reason);
    },
  });
}

async function readJson(ctx: ReadContext, columns: Map<PeopleRole, string>, one: OneRow): Promise<void> {
  const paths = new Map([...columns].map(([role, name]) => [role, compilePath(name)]));
  const personPath = paths.get('person')!;
  let objects = 0;
  let withPerson = 0;
  let first: unknown;
  const record = (value: unknown, line: number): void => {
    if (Array.isArray(value)) {
      for (const item of value) record(item, line);
      return;
    }
    if (typeof value !== 'object' || value === null) {
      ctx.sink.reject(line, `expected a JSON object, found ${typeof value}`);
      return;
    }
    objects++;
    first ??= value;
    if (personPath(value) !== undefined) withPerson++;
    one((role) => paths.get(role)?.(value), line);
  };
  await forEachJsonRecord(() => ctx.file.open(), { record, error: (line, reason) => ctx.sink.reject(line, reason) });
  if (objects > 0 && withPerson === 0) {
    // Not one record has the person: the path is wrong, not the data.
    const name = columns.get('person')!;
    const hint = didYouMean(name, fieldPaths(first));
    fail(ctx.entry, `\`columns.person\` names ${JSON.stringify(name)}, which no record of ${ctx.file.path} has${hint ? ` (did you mean ${JSON.stringify(hint)}?)` : ''}; the first record has ${fieldPaths(first).slice(0, 30).join(', ')}`);
  }
}

const IGNORE: RecordSink = { usage() {}, credential() {}, principal() {}, reject() {}, accept() {} };

/** The `team` part of every `@org/team` owner, for the team-member calls worth making. */
function ownersOf(config: Config): string[] {
  return config.identities.flatMap((identity) => (typeof identity.owner === 'string' ? [identity.owner.trim()] : []));
}

/** Checks every `people:` entry; throws ConfigurationError before anything is read. */
export function checkPeople(config: Config): void {
  for (const entry of config.people) {
    peopleColumns(entry);
    if (entry.type !== 'github-members') neverValues(entry);
  }
}

/** Reads every `people:` entry. Unreadable exports and refused API calls are reported, never thrown. */
export async function readPeople(config: Config, options: PeopleOptions): Promise<People> {
  checkPeople(config);
  const people: People = { exports: [], organisations: [], summaries: [] };
  for (const entry of config.people) {
    if (entry.type === 'github-members') {
      const org = await readOrganisation(entry, ownersOf(config), options);
      people.organisations.push(org.membership);
      people.summaries.push(org.summary);
      continue;
    }
    const columns = peopleColumns(entry);
    const rows: Person[] = [];
    const result = await readSource(entry, exportReader(entry, columns, rows), IGNORE, {
      workspace: options.workspace,
      now: options.now,
    });
    people.exports.push({
      kind: 'export',
      label: `${entry.type} ${entry.path ?? ''}`.trim(),
      people: rows,
      roles: new Set(columns.keys()),
      failed: result.failed,
    });
    people.summaries.push(result.summary);
  }
  return people;
}

async function readOrganisation(
  entry: SourceEntry,
  owners: string[],
  options: PeopleOptions,
): Promise<{ membership: OrgMembership; summary: SourceSummary }> {
  const context = options.github;
  const org = typeof entry.options.org === 'string' ? entry.options.org : context?.repository?.split('/')[0];
  let membership: OrgMembership;
  if (org === undefined) {
    membership = unreadable('(unknown)', 'no organisation: set `org:` on the entry, or GITHUB_REPOSITORY (the CLI\'s --repo)');
  } else if (!context?.token) {
    membership = unreadable(org, `no token to read the GitHub API${context ? ` (${context.apiUrl})` : ''}: set GITHUB_TOKEN, or give the Action a token that can read the organisation's members`);
  } else {
    membership = await fetchOrgMembership(createClient(context), org, teamsNamedBy(owners, org));
  }
  const read = membership.records;
  const summary: SourceSummary = {
    type: entry.type,
    path: null,
    generatedAt: iso(options.now),
    generatedAtFrom: 'api',
    window: { from: null, to: null },
    records: read,
    accepted: read - membership.rejected.length,
    rejected: membership.rejected.length,
    duplicates: 0,
    errors: membership.rejected.slice(0, 100),
    files: [],
  };
  if (membership.failures.length) summary.failure = membership.failures.join('; ');
  return { membership, summary };
}

function unreadable(org: string, failure: string): OrgMembership {
  return { kind: 'github', label: `github-members ${org}`, org, failures: [failure], records: 0, rejected: [] };
}
