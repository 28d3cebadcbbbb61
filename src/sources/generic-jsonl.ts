// `type: jsonl` — any JSON export (JSON lines, an array, or one envelope document) read through the
// entry's `columns:` mapping, where each name is a dot path into a record (`actor.id`). `records:`
// names the array inside an envelope (`value`, `data.items`); an array of arrays is read as pages.
import type { SourceEntry } from '../model/config.js';
import { ConfigurationError } from '../model/errors.js';
import { excerpt } from './excerpt.js';
import { forEachJsonRecord } from './json.js';
import { MappedEmitter, RecordError } from './mapped-records.js';
import { didYouMean, mappingFor, ROLES, type Role } from './mapping.js';
import { mappedCoverage, MAPPING_OPTIONS } from './generic-csv.js';
import type { ReadContext, SourceReader } from './types.js';

/** Looks up `a.b.0.c`; a key that itself contains dots (`@timestamp`, `a.b`) is tried whole first. */
export function compilePath(path: string): (record: unknown) => unknown {
  const parts = path.split('.');
  return (record) => {
    if (typeof record !== 'object' || record === null) return undefined;
    const whole = (record as Record<string, unknown>)[path];
    if (whole !== undefined || parts.length === 1) return whole;
    let value: unknown = record;
    for (const part of parts) {
      if (typeof value !== 'object' || value === null) return undefined;
      value = (value as Record<string, unknown>)[part];
    }
    return value;
  };
}

/** Dot paths of a record's fields (a few levels deep), for a message that lists what is there. */
export function fieldPaths(record: unknown, prefix = '', depth = 0, out: string[] = []): string[] {
  if (typeof record !== 'object' || record === null || Array.isArray(record) || out.length >= 60) return out;
  for (const [key, value] of Object.entries(record)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (depth < 3 && typeof value === 'object' && value !== null && !Array.isArray(value)) {
      fieldPaths(value, path, depth + 1, out);
    } else out.push(path);
    if (out.length >= 60) break;
  }
  return out;
}

function recordsPath(entry: SourceEntry): ((value: unknown) => unknown) | undefined {
  const option = entry.options.records;
  if (option === undefined) return undefined;
  if (typeof option !== 'string' || option.trim() === '') {
    throw new ConfigurationError(
      `source jsonl: \`records\` must be a dot path such as value or data.items`,
      entry.location,
    );
  }
  return compilePath(option.trim());
}

export const genericJsonlReader: SourceReader = {
  type: 'jsonl',
  platform: 'generic',
  coverage: mappedCoverage,
  options: [...MAPPING_OPTIONS, 'records'],
  validate(entry) {
    mappingFor(entry);
    recordsPath(entry);
  },
  async read(ctx: ReadContext) {
    const { entry, sink } = ctx;
    const mapping = mappingFor(entry);
    const inner = recordsPath(entry);
    const emitter = new MappedEmitter(mapping, ctx);
    const paths = new Map<Role, (record: unknown) => unknown>();
    for (const role of ROLES) {
      const name = mapping.columns[role];
      if (name !== undefined) paths.set(role, compilePath(name));
    }
    const principalPath = paths.get('principal') as (record: unknown) => unknown;
    let current: unknown;
    const value = (role: Role): unknown => paths.get(role)?.(current);
    let objects = 0;
    let withPrincipal = 0;
    let firstObject: unknown;

    const one = (record: unknown, line: number): void => {
      if (typeof record !== 'object' || record === null || Array.isArray(record)) {
        sink.reject(
          line,
          `expected a JSON object, found ${Array.isArray(record) ? 'an array' : typeof record}`,
        );
        return;
      }
      objects++;
      firstObject ??= record;
      if (principalPath(record) !== undefined) withPrincipal++;
      current = record;
      try {
        emitter.emit(value, line);
        sink.accept();
      } catch (error) {
        if (!(error instanceof RecordError)) throw error;
        sink.reject(line, error.message);
      }
    };

    await forEachJsonRecord(() => ctx.file.open(), {
      record(record, line) {
        let records = inner ? inner(record) : record;
        if (inner && records === undefined) {
          sink.reject(line, `no ${JSON.stringify(entry.options.records)} array in this record`);
          return;
        }
        if (!Array.isArray(records)) records = [records];
        for (const item of records as unknown[]) {
          // A saved list of pages: each page is an array of records.
          if (Array.isArray(item)) for (const nested of item) one(nested, line);
          else one(item, line);
        }
      },
      error(line, reason) {
        sink.reject(line, reason);
      },
    });

    if (objects > 0 && withPrincipal === 0) {
      // Not one record has the principal: the path is wrong, not the data.
      const fields = fieldPaths(firstObject);
      const hint = didYouMean(mapping.columns.principal, fields);
      throw new ConfigurationError(
        `source jsonl ${entry.path ?? ''}: no record has ${JSON.stringify(mapping.columns.principal)} (\`columns.principal\`)` +
          `${hint ? `; did you mean ${excerpt(hint)}?` : ''}; the first record's fields are ${fields
            .slice(0, 40)
            .map((f) => excerpt(f))
            .join(', ')}`,
        entry.location,
      );
    }
  },
};
