// `type: csv` — any CSV export with a header row, read through the entry's `columns:` mapping
// (DESIGN.md §3): licence exports, IdP user lists, event logs that have no reader of their own.
import type { SourceEntry } from '../model/config.js';
import { forEachCsvRow, headerIndex } from './csv.js';
import { MappedEmitter, RecordError } from './mapped-records.js';
import { mappingFor, missingColumn, ROLES, type Role } from './mapping.js';
import type { ReadContext, SourceReader } from './types.js';

export const MAPPING_OPTIONS = ['columns', 'never', 'meaningful', 'platform'] as const;

/** `at:` makes the export an event log; otherwise it is a snapshot of the principals it lists. */
export function mappedCoverage(entry: SourceEntry): 'events' | 'snapshot' {
  const columns = entry.options.columns as Record<string, unknown> | undefined;
  return columns && typeof columns === 'object' && columns.at ? 'events' : 'snapshot';
}

export const genericCsvReader: SourceReader = {
  type: 'csv',
  platform: 'generic',
  coverage: mappedCoverage,
  options: MAPPING_OPTIONS,
  validate(entry) {
    mappingFor(entry);
  },
  async read(ctx: ReadContext) {
    const { entry, sink } = ctx;
    const mapping = mappingFor(entry);
    const emitter = new MappedEmitter(mapping, ctx);
    const roles = ROLES.filter((role) => mapping.columns[role] !== undefined);
    let indices: Partial<Record<Role, number>> | undefined;
    let needed = 0;
    let fields: string[] = [];
    const value = (role: Role): unknown => {
      const i = indices?.[role];
      return i === undefined ? undefined : fields[i];
    };
    await forEachCsvRow(ctx.file.open(), {
      row(row, line) {
        if (!indices) {
          const index = headerIndex(row);
          indices = {};
          for (const role of roles) {
            const name = mapping.columns[role] as string;
            const i = index.get(name.toLowerCase());
            if (i === undefined) missingColumn(entry, role, name, row);
            indices[role] = i;
            needed = Math.max(needed, i + 1);
          }
          return;
        }
        if (row.length < needed) {
          sink.reject(line, `${row.length} fields, fewer than the ${needed} the mapped columns need`);
          return;
        }
        fields = row;
        try {
          emitter.emit(value, line);
          sink.accept();
        } catch (error) {
          if (!(error instanceof RecordError)) throw error;
          sink.reject(line, error.message);
        }
      },
      error(line, reason) {
        sink.reject(line, reason);
      },
    });
  },
};
