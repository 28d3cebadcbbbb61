// Reads one HR or IdP export (`csv`, or `jsonl` with dot paths) through its mapping into Person
// records; the framework around it (read.ts) expands globs, counts rows and reports unreadable files.
import type { SourceEntry } from '../model/config.js';
import { forEachCsvRow, headerIndex } from './csv.js';
import { excerpt } from './excerpt.js';
import { compilePath, fieldPaths } from './generic-jsonl.js';
import { forEachJsonRecord } from './json.js';
import { didYouMean } from './mapping.js';
import { parseTimeValue } from './parse-time.js';
import { fail, neverValues, type PeopleRole, type Person } from './people-mapping.js';
import type { ReadContext, SourceReader } from './types.js';

class RowError extends Error {}

/** Turns one row's values (by role) into a Person; throws RowError for a row that cannot be read. */
function personOf(
  value: (role: PeopleRole) => unknown,
  columns: Map<PeopleRole, string>,
  never: Set<string>,
  at: string,
): Person {
  const text = (role: PeopleRole): string | undefined => {
    const raw = value(role);
    if (raw === undefined || raw === null) return undefined;
    const joined = Array.isArray(raw)
      ? raw.filter((v) => typeof v !== 'object').join(';')
      : typeof raw === 'object'
        ? undefined
        : String(raw);
    const trimmed = joined?.trim();
    return trimmed === undefined || never.has(trimmed.toLowerCase()) ? undefined : trimmed;
  };
  const time = (role: PeopleRole): number | undefined => {
    const raw = text(role);
    if (raw === undefined) return undefined;
    const t = parseTimeValue(raw);
    if (t === undefined) throw new RowError(`${columns.get(role)} is not a date: ${excerpt(raw)}`);
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
  out.teams = (text('team') ?? '')
    .split(/[;|,]/)
    .map((t) => t.trim())
    .filter(Boolean);
  return out;
}

/** A reader that pushes people into `into`; the framework around it counts rows and handles files. */
export function exportReader(
  entry: SourceEntry,
  columns: Map<PeopleRole, string>,
  into: Person[],
): SourceReader {
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
            fail(
              ctx.entry,
              `\`columns.${role}\` names ${JSON.stringify(name)}, which ${ctx.file.path} does not have${hint ? ` (did you mean ${excerpt(hint)}?)` : ''}; its columns are ${row
                .slice(0, 40)
                .map((c) => excerpt(c))
                .join(', ')}`,
            );
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
  await forEachJsonRecord(() => ctx.file.open(), {
    record,
    error: (line, reason) => ctx.sink.reject(line, reason),
  });
  if (objects > 0 && withPerson === 0) {
    // Not one record has the person: the path is wrong, not the data.
    const name = columns.get('person')!;
    const hint = didYouMean(name, fieldPaths(first));
    fail(
      ctx.entry,
      `\`columns.person\` names ${JSON.stringify(name)}, which no record of ${ctx.file.path} has${hint ? ` (did you mean ${excerpt(hint)}?)` : ''}; the first record has ${fieldPaths(
        first,
      )
        .slice(0, 30)
        .map((field) => excerpt(field, { quoted: false }))
        .join(', ')}`,
    );
  }
}
