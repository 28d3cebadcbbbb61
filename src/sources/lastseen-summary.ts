// `type: lastseen-summary` — the per-principal summary that lastseen's SQL folds out of telemetry too
// large for a runner (DESIGN.md §8): principal, credential, first_use, last_use, last_meaningful_use,
// events, meaningful_events, active_days. Optional window_from / window_to columns say what the
// query covered.
//
// A row is a UsageSummary: its times, counts and active days fold exactly (docs/sources/lastseen-summary.md).
// A principal's row holds all its events, a credential's row that credential's; a principal listed only
// through its credentials gets a principal-wide summary of them at the end. A sink that cannot take
// summaries gets up to three events per row instead, at the times the row gives.
import { InputError } from '../model/errors.js';
import type { UsageSummary } from '../model/records.js';
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

function readRow(cell: Cell, line: number, ctx: ReadContext, totals: Totals): void {
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
  if (!sink.summary) {
    syntheticEvents(ctx, principal, credential, [firstUse, lastUse, lastMeaningful], line);
    return;
  }
  // A meaningful use is a use: times a row leaves out come from the ones it gives.
  const summary: UsageSummary = { principal, events: 0, meaningfulEvents: 0, line };
  if (credential !== undefined) summary.credential = credential;
  const first = firstUse ?? minOf(lastMeaningful, lastUse);
  const last = lastUse ?? lastMeaningful;
  if (first !== undefined) summary.firstUse = first;
  if (last !== undefined) summary.lastUse = last;
  if (lastMeaningful !== undefined) summary.lastMeaningfulUse = lastMeaningful;
  // Without counts, each distinct time given is one event, as the times alone prove.
  summary.events = events ?? new Set([first, last, lastMeaningful].filter((t) => t !== undefined)).size;
  summary.meaningfulEvents = meaningfulEvents ?? (lastMeaningful !== undefined ? 1 : 0);
  if (activeDays !== undefined) summary.activeDays = activeDays;
  sink.summary(summary);
  if (credential === undefined) totals.whole.add(principal);
  else if (!totals.whole.has(principal)) totals.add(summary);
}

function minOf(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  return b === undefined || a < b ? a : b;
}

function syntheticEvents(
  ctx: ReadContext,
  principal: string,
  credential: string | undefined,
  [firstUse, lastUse, lastMeaningful]: (number | undefined)[],
  line: number,
): void {
  const base = { principal, ...(credential !== undefined && { credential }), ok: true, line };
  const emitted = new Set<number>();
  if (lastMeaningful !== undefined) {
    ctx.sink.usage({ ...base, at: lastMeaningful, meaningful: true });
    emitted.add(lastMeaningful);
  }
  for (const t of [lastUse, firstUse]) {
    if (t !== undefined && !emitted.has(t)) {
      ctx.sink.usage({ ...base, at: t, meaningful: false });
      emitted.add(t);
    }
  }
}

/**
 * Principals seen only through credential rows so far, with their credentials summed: at the end of a
 * file, those without a principal-wide row get this sum as theirs. Active days can only be bounded:
 * the most of any one credential. Grows with principals only.
 */
class Totals {
  readonly whole = new Set<string>();
  private readonly fromCredentials = new Map<string, UsageSummary>();

  add(row: UsageSummary): void {
    const sum = this.fromCredentials.get(row.principal);
    if (!sum) {
      const { credential: _credential, ...rest } = row;
      this.fromCredentials.set(row.principal, rest);
      return;
    }
    sum.events += row.events;
    sum.meaningfulEvents += row.meaningfulEvents;
    sum.firstUse = minOf(sum.firstUse, row.firstUse);
    sum.lastUse = maxOf(sum.lastUse, row.lastUse);
    sum.lastMeaningfulUse = maxOf(sum.lastMeaningfulUse, row.lastMeaningfulUse);
    if (row.activeDays !== undefined) sum.activeDays = Math.max(sum.activeDays ?? 0, row.activeDays);
  }

  /** Sends the principal-wide summaries that no row gave. */
  finish(ctx: ReadContext): void {
    for (const [principal, sum] of this.fromCredentials) {
      if (this.whole.has(principal)) continue;
      for (const key of ['firstUse', 'lastUse', 'lastMeaningfulUse'] as const) {
        if (sum[key] === undefined) delete sum[key];
      }
      ctx.sink.summary!(sum);
    }
  }
}

function maxOf(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  return b === undefined || a > b ? a : b;
}

export const lastseenSummaryReader: SourceReader = {
  type: 'lastseen-summary',
  platform: 'generic',
  coverage: 'events',
  options: ['platform'],
  async read(ctx) {
    const { sink, coverage } = ctx;
    const totals = new Totals();
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
          readRow(cell, line, ctx, totals);
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
    if (sink.summary) totals.finish(ctx);
  },
};
