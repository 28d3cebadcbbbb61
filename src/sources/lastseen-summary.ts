// `type: lastseen-summary` — the per-principal summary that lastseen's SQL folds out of telemetry too
// large for a runner (DESIGN.md §8): principal, credential, first_use, last_use, last_meaningful_use,
// events, meaningful_events, active_days. Optional window_from / window_to columns say what the
// query covered.
//
// The record sink has no pre-aggregated record yet, so a row becomes synthetic events at the times
// it gives: first use, last use (not meaningful) and last meaningful use. Times fold exactly; the
// event counts and active days of the summary are not carried (see docs/sources/lastseen-summary.md).
import { InputError } from '../model/errors.js';
import { forEachCsvRow, headerIndex } from './csv.js';
import { parseTimeValue } from './parse-time.js';
import type { ReadContext, SourceReader } from './types.js';

const TIMES = ['first_use', 'last_use', 'last_meaningful_use'] as const;
const COUNTS = ['events', 'meaningful_events', 'active_days'] as const;
const NO_VALUE = new Set(['', 'null', 'n/a', 'never']);

class RowError extends Error {}

type Cell = (column: string) => string | undefined;

function time(cell: Cell, column: string): number | undefined {
  const text = cell(column);
  if (text === undefined || NO_VALUE.has(text.toLowerCase())) return undefined;
  const t = parseTimeValue(text);
  if (t === undefined) throw new RowError(`${column} is not a time`);
  return t;
}

function count(cell: Cell, column: string): number | undefined {
  const text = cell(column);
  if (text === undefined || NO_VALUE.has(text.toLowerCase())) return undefined;
  if (!/^\d+$/.test(text)) throw new RowError(`${column} is not a whole number`);
  return Number(text);
}

function readRow(cell: Cell, line: number, ctx: ReadContext): void {
  const principal = cell('principal');
  if (!principal) throw new RowError('no principal');
  const credentialText = cell('credential');
  const credential =
    credentialText && !NO_VALUE.has(credentialText.toLowerCase()) ? credentialText : undefined;
  const [firstUse, lastUse, lastMeaningful] = TIMES.map((column) => time(cell, column));
  const [events, meaningfulEvents, activeDays] = COUNTS.map((column) => count(cell, column));
  if (firstUse !== undefined && lastUse !== undefined && firstUse > lastUse) {
    throw new RowError('first_use is after last_use');
  }
  if (lastMeaningful !== undefined && lastUse !== undefined && lastMeaningful > lastUse) {
    throw new RowError('last_meaningful_use is after last_use');
  }
  if (events !== undefined && meaningfulEvents !== undefined && meaningfulEvents > events) {
    throw new RowError('meaningful_events is more than events');
  }
  if (meaningfulEvents !== undefined && meaningfulEvents > 0 && lastMeaningful === undefined) {
    throw new RowError('meaningful_events without a last_meaningful_use');
  }
  if (activeDays !== undefined && events !== undefined && activeDays > events) {
    throw new RowError('active_days is more than events');
  }

  const { sink } = ctx;
  // Listed with no use at all is evidence too: the principal was there and idle for the window.
  sink.principal({ principal, aliases: [], line });
  const base = { principal, ...(credential !== undefined && { credential }), ok: true, line };
  const emitted = new Set<number>();
  if (lastMeaningful !== undefined) {
    sink.usage({ ...base, at: lastMeaningful, meaningful: true });
    emitted.add(lastMeaningful);
  }
  for (const t of [lastUse, firstUse]) {
    if (t !== undefined && !emitted.has(t)) {
      sink.usage({ ...base, at: t, meaningful: false });
      emitted.add(t);
    }
  }
}

export const lastseenSummaryReader: SourceReader = {
  type: 'lastseen-summary',
  platform: 'generic',
  coverage: 'events',
  options: ['platform'],
  async read(ctx) {
    const { sink, coverage } = ctx;
    let index: Map<string, number> | undefined;
    let fields: string[] = [];
    const cell: Cell = (column) => {
      const i = index?.get(column);
      return i === undefined ? undefined : fields[i]?.trim();
    };
    await forEachCsvRow(ctx.file.open(), {
      row(row, line) {
        if (!index) {
          index = headerIndex(row);
          if (!index.has('principal') || !TIMES.some((column) => index?.has(column))) {
            throw new InputError(
              `${ctx.file.path} is not a lastseen summary: its header needs principal and ${TIMES.join(', ')}`,
              ctx.entry.location,
            );
          }
          return;
        }
        fields = row;
        try {
          const from = time(cell, 'window_from');
          const to = time(cell, 'window_to');
          readRow(cell, line, ctx);
          if (from !== undefined) coverage.setWindowFrom(from);
          if (to !== undefined) coverage.setGeneratedAt(to);
          sink.accept();
        } catch (error) {
          if (!(error instanceof RowError)) throw error;
          sink.reject(line, error.message);
        }
      },
      error(line, reason) {
        sink.reject(line, reason);
      },
    });
  },
};
