// Folds one stretch of a GitHub audit-log file (JSON lines or the CSV export) into an AuditFold: the byte
// scanners take the ordinary lines, and any line they hand back goes through the JSON.parse / string
// CSV path, exactly as the streaming reader reads it. Used by the main thread and by the worker.
import { scanCsvRows, type CsvLayout } from './github-audit-csv-scan.js';
import { eventFromJson } from './github-audit-events.js';
import { RecordBatch, startOver, type AuditFold } from './github-audit-fold.js';
import { FALLBACK, RECORD, scanJsonLine } from './github-audit-json-scan.js';
import { jsonScanner } from './json-scan-wasm.js';
import { jsonReason } from './json.js';
import { forEachLineBytes, MAX_LINE_BYTES } from './lines.js';

export interface RangeOptions {
  /** Lines before the first chunk. */
  lineNumber: number;
  /** File offset of the first chunk. */
  offset: number;
  /** The first chunk starts the file (a BOM there is dropped). */
  atStart: boolean;
  /** Stop at the first line (or CSV row) that starts at or after this offset. */
  stopAt?: number;
  /** The same, for a point decided while the scan runs (the other thread's start): read at every line. */
  until?: { offset: number };
  /**
   * The line (or CSV row) that starts at `at` starts the fold over (AuditFold.restart): what came before
   * counts only in the window. Line numbers count from there, and `then` is called there. A line that
   * runs across `at` (a CSV row with a quoted line break, a line too long to read) throws instead.
   */
  restart?: { at: number; then(): void };
  /** Stop after the line for which this says so. */
  stopWhen?: () => boolean;
  /** CSV: the first non-blank row is the header; it is handed here instead of being folded. */
  header?: (fields: string[]) => void;
}

export interface RangeEnd {
  lineNumber: number;
  /** Where scanning stopped: the start of the next line or row, or the end of the data. */
  offset: number;
  stopped: boolean;
}

export type Format = { type: 'json' } | { type: 'csv'; layout: CsvLayout };

/** Scans `chunks` (the file from `options.offset`) into `fold`. */
export async function scanRange(
  format: Format,
  chunks: AsyncIterable<Buffer> | Iterable<Buffer>,
  fold: AuditFold,
  options: RangeOptions,
): Promise<RangeEnd> {
  if (format.type === 'csv') return scanCsvRows(chunks, fold, format.layout, options);
  const { stopAt, until, stopWhen, restart } = options;
  const batch = new RecordBatch(fold);
  // Lines read into the WebAssembly scanner's memory are scanned there (json-scan-wasm.ts).
  const scanner = jsonScanner();
  const memory = scanner?.buffer;
  /** Lines before the restart, and where it is (Infinity: none, or done). */
  let before = 0;
  let restartAt = restart?.at ?? Infinity;
  try {
    const end = await forEachLineBytes(
      chunks,
      {
        line(bytes, start, end, lineNumber, next) {
          if (bytes !== batch.bytes) batch.flush(bytes);
          const fields = batch.next();
          const outcome =
            bytes.buffer === memory && fields.at >= 0
              ? scanner!.scan(bytes.byteOffset, start, end, fields.at)
              : scanJsonLine(bytes, start, end, fields);
          if (outcome === RECORD) batch.add(lineNumber - before);
          else if (outcome === FALLBACK) {
            batch.flush(bytes);
            jsonLine(bytes.toString('utf8', start, end), lineNumber - before, fold);
          }
          if (next >= restartAt) {
            batch.flush(bytes);
            startOver(fold, next, restart!);
            before = lineNumber;
            restartAt = Infinity;
          }
          if (stopWhen !== undefined) {
            // A stop condition may read the fold: the batch is folded up to this line first.
            batch.flush(bytes);
            if (stopWhen()) return true;
          }
          return (stopAt !== undefined && next >= stopAt) || (until !== undefined && next >= until.offset);
        },
        tooLong(lineNumber, bytes) {
          batch.flush(undefined);
          fold.reject(lineNumber - before, `line of ${bytes} bytes is over the ${MAX_LINE_BYTES}-byte limit`);
        },
        chunkEnd() {
          batch.flush(undefined);
        },
      },
      { lineNumber: options.lineNumber, offset: options.offset, atStart: options.atStart },
    );
    return { ...end, lineNumber: end.lineNumber - before };
  } finally {
    // Also when the chunks stop early (a truncated .gz): what was read counts.
    batch.flush(undefined);
  }
}

/** One line the way forEachJsonRecord and github-audit-log.ts read it. */
function jsonLine(text: string, line: number, fold: AuditFold): void {
  const t = text.trim();
  if (t === '') return;
  let value: unknown;
  try {
    value = JSON.parse(t);
  } catch (error) {
    fold.reject(line, `not valid JSON: ${jsonReason(error)}`);
    return;
  }
  // A saved list of API pages: each page is an array of events.
  if (Array.isArray(value)) for (const item of value) jsonRecord(item, line, fold);
  else jsonRecord(value, line, fold);
}

function jsonRecord(record: unknown, line: number, fold: AuditFold): void {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    fold.reject(line, 'not an audit log event (expected a JSON object)');
    return;
  }
  const event = eventFromJson(record as Record<string, unknown>);
  if (typeof event === 'string') fold.reject(line, event);
  else fold.event(event, line);
}
