// A byte scanner for the GitHub audit log's CSV export, row by row, with the rules of csv.ts: a quote
// opens a quoted field only at its start, "" inside one is a quote, line breaks inside quotes belong to
// the field, CRLF or LF ends a row, a row of one empty field is skipped, and a row starts on the line
// it is reported with. Plain and cleanly quoted fields are kept as byte ranges; a row with anything
// else in a column lastseen reads ("" escapes, text after a closing quote, a bare CR) is decoded and
// split with the same rules as text. A quote never closed, or a row over 1 MiB, stops the fast reader:
// the streaming reader then reads the file, and reports it the way it always does.
import { hasByte, wordsOf } from './byte-words.js';
import { eventFromCsv, type CsvColumns } from './github-audit-events.js';
import { ABSENT, F, RecordBatch, startOver, TEXT, type AuditFold, type Fields } from './github-audit-fold.js';
import type { RangeEnd, RangeOptions } from './github-audit-range.js';

export const MAX_FAST_ROW_BYTES = 1 << 20;

/** The fast reader cannot read this file the way the streaming reader would: let that one read it. */
export class NotForFastReader extends Error {}

/** Which fields lastseen reads, by column. */
export interface CsvLayout {
  columns: CsvColumns;
}

const TIMESTAMP = -2;
const CREATED_AT = -3;
const NONE = -1;

/** Column → slot (or TIMESTAMP / CREATED_AT / NONE). */
function slotsOf(columns: CsvColumns): Int8Array {
  const width = Math.max(...Object.values(columns).filter((v): v is number => v !== undefined)) + 1;
  const slots = new Int8Array(width).fill(NONE);
  const put = (column: number | undefined, slot: number): void => {
    if (column !== undefined) slots[column] = slot;
  };
  put(columns.timestamp, TIMESTAMP);
  put(columns.createdAt, CREATED_AT);
  put(columns.action, F.action);
  put(columns.actor, F.actor);
  put(columns.user, F.user);
  put(columns.documentId, F.documentId);
  put(columns.hashedToken, F.hashedToken);
  put(columns.tokenId, F.tokenId);
  put(columns.accessType, F.accessType);
  put(columns.userAgent, F.userAgent);
  put(columns.actorIsBot, F.actorIsBot);
  put(columns.operationType, F.operationType);
  return slots;
}

const COMPLETE = 0;
const INCOMPLETE = 1;

/** What scanRow found besides the fields. */
interface RowScan {
  end: number;
  innerLines: number;
  complex: boolean;
  blank: boolean;
}

/**
 * One row at `pos` of `b[0, limit)`. COMPLETE with `row` filled, or INCOMPLETE when the data ends
 * before the row does (and more may come). `last`: no more data will come.
 */
function scanRow(
  b: Buffer,
  pos: number,
  limit: number,
  last: boolean,
  slots: Int8Array,
  f: Fields,
  times: Int32Array,
  row: RowScan,
): number {
  for (let k = 0; k < f.kind.length; k++) f.kind[k] = ABSENT;
  for (let k = 0; k < times.length; k++) times[k] = -1;
  const words = wordsOf(b);
  let i = pos;
  let column = 0;
  let innerLines = 0;
  let complex = false;
  let firstEmpty = false;
  for (;;) {
    let start: number;
    let end: number;
    let escapes = false;
    if (i < limit && b[i] === 34) {
      let j = i + 1;
      for (;;) {
        // Four bytes at a time up to a word with a quote or a line feed in it (byte-words.hasByte).
        while (j + 4 <= limit && hasByte(words.getInt32(j, true), 0x22222222, 0x0a0a0a0a) === 0) j += 4;
        while (j < limit && b[j] !== 34) {
          if (b[j] === 10) innerLines++;
          j++;
        }
        if (j >= limit) {
          if (last) throw new NotForFastReader('a quoted field is never closed');
          return INCOMPLETE;
        }
        if (j + 1 >= limit && !last) return INCOMPLETE;
        if (j + 1 < limit && b[j + 1] === 34) {
          escapes = true;
          j += 2;
          continue;
        }
        break;
      }
      start = i + 1;
      end = j;
      i = j + 1;
      // CRLF (or a CR that ends the data) after the closing quote ends the row.
      if (i < limit && b[i] === 13) {
        if (i + 1 < limit) {
          if (b[i + 1] === 10) i++;
        } else if (!last) return INCOMPLETE;
        else i++;
      }
      if (i < limit && b[i] !== 44 && b[i] !== 10) {
        // Text after the closing quote belongs to the field: split as text.
        complex = true;
        while (i < limit && b[i] !== 44 && b[i] !== 10) i++;
        if (i >= limit && !last) return INCOMPLETE;
      }
    } else {
      start = i;
      while (i + 4 <= limit && hasByte(words.getInt32(i, true), 0x2c2c2c2c, 0x0a0a0a0a) === 0) i += 4;
      while (i < limit) {
        const c = b[i];
        if (c === 44 || c === 10) break;
        i++;
      }
      if (i >= limit && !last) return INCOMPLETE;
      end = i;
      // A CR is text unless a line feed (or the end of the data) follows it.
      if (end > start && b[end - 1] === 13 && (i >= limit || b[i] === 10)) end--;
    }
    if (i - pos > MAX_FAST_ROW_BYTES) throw new NotForFastReader('a row over 1 MiB');
    if (column === 0) firstEmpty = end === start;
    const slot = column < slots.length ? slots[column] : NONE;
    if (slot !== NONE) {
      if (escapes) complex = true;
      if (slot === TIMESTAMP || slot === CREATED_AT) {
        const t = slot === TIMESTAMP ? 0 : 2;
        times[t] = start;
        times[t + 1] = end;
      } else {
        f.kind[slot] = TEXT;
        f.start[slot] = start;
        f.end[slot] = end;
      }
    }
    column++;
    if (i < limit && b[i] === 44) {
      i++;
      continue;
    }
    // A line feed, or the end of the data.
    row.end = i < limit ? i + 1 : limit;
    row.innerLines = innerLines;
    row.complex = complex;
    row.blank = column === 1 && firstEmpty;
    break;
  }
  // `@timestamp || created_at`, as eventFromCsv takes them: an empty @timestamp gives way.
  if (times[0] !== -1 && times[1] > times[0]) {
    f.kind[F.time] = TEXT;
    f.start[F.time] = times[0];
    f.end[F.time] = times[1];
  } else if (times[2] !== -1) {
    f.kind[F.time] = TEXT;
    f.start[F.time] = times[2];
    f.end[F.time] = times[3];
  }
  return COMPLETE;
}

/** Splits one row's text (without its line break) with csv.ts's rules. */
export function splitCsvRow(text: string): string[] {
  const fields: string[] = [];
  let field = '';
  let inQuotes = false;
  let quoteJustClosed = false;
  let atFieldStart = true;
  let pendingCR = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inQuotes) {
      if (c === '"') {
        inQuotes = false;
        quoteJustClosed = true;
      } else field += c;
      continue;
    }
    if (pendingCR) {
      pendingCR = false;
      field += '\r';
      atFieldStart = false;
    }
    if (c === '"') {
      if (quoteJustClosed || atFieldStart) {
        if (quoteJustClosed) field += '"';
        inQuotes = true;
      } else field += '"';
      quoteJustClosed = false;
      atFieldStart = false;
    } else if (c === ',') {
      fields.push(field);
      field = '';
      quoteJustClosed = false;
      atFieldStart = true;
    } else if (c === '\r') {
      pendingCR = true;
    } else {
      field += c;
      quoteJustClosed = false;
      atFieldStart = false;
    }
  }
  fields.push(field);
  return fields;
}

/** Scans CSV rows (the header already read) from `chunks` into `fold`. */
export async function scanCsvRows(
  chunks: AsyncIterable<Buffer> | Iterable<Buffer>,
  fold: AuditFold,
  layout: CsvLayout,
  options: RangeOptions,
): Promise<RangeEnd> {
  const slots = slotsOf(layout.columns);
  const batch = new RecordBatch(fold);
  const times = new Int32Array(4);
  const row: RowScan = { end: 0, innerLines: 0, complex: false, blank: false };
  const { stopAt, until, stopWhen, header, restart } = options;
  /** Where the fold starts over (RangeOptions.restart; Infinity: nowhere, or done). */
  let restartAt = restart?.at ?? Infinity;
  let headerPending = header !== undefined;
  let lines = options.lineNumber;
  let carry: Buffer | undefined;
  let carryOffset = options.offset;
  let first = options.atStart;

  // Scans the rows of `b` (which starts at file offset `base`); returns where the unfinished part starts.
  const rows = (b: Buffer, base: number, last: boolean): { rest: number; stopped: boolean } => {
    let pos = 0;
    if (first) {
      first = false;
      if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) pos = 3;
    }
    // Rows are folded in batches (RecordBatch), all of them before this returns: `b` may be reused.
    batch.flush(b);
    while (pos < b.length) {
      if (scanRow(b, pos, b.length, last, slots, batch.next(), times, row) === INCOMPLETE) break;
      const line = lines + 1;
      lines += row.innerLines + (row.end <= b.length && b[row.end - 1] === 10 ? 1 : 0);
      if (!row.blank) {
        const text = (): string => b.toString('utf8', pos, b[row.end - 1] === 10 ? row.end - 1 : row.end);
        if (headerPending) {
          batch.flush(b);
          headerPending = false;
          header!(splitCsvRow(text()));
        } else if (row.complex) {
          batch.flush(b);
          const event = eventFromCsv(splitCsvRow(text()), layout.columns);
          if (typeof event === 'string') fold.reject(line, event);
          else fold.event(event, line);
        } else {
          batch.add(line);
        }
      }
      pos = row.end;
      const next = base + pos;
      if (next >= restartAt) {
        batch.flush(b);
        startOver(fold, next, restart!);
        lines = 0;
        restartAt = Infinity;
      }
      // A stop condition may read the fold: the batch is folded up to this row first.
      if (stopWhen !== undefined) batch.flush(b);
      if (
        (stopAt !== undefined && next >= stopAt) ||
        (until !== undefined && next >= until.offset) ||
        (stopWhen !== undefined && stopWhen())
      ) {
        batch.flush(undefined);
        return { rest: pos, stopped: true };
      }
    }
    batch.flush(undefined);
    return { rest: pos, stopped: false };
  };

  // The unfinished row and the next chunk share one reused buffer: a fresh 1 MiB for every chunk would
  // be garbage the heap keeps growing to hold.
  let scratch = Buffer.alloc(0);
  for await (const chunk of chunks) {
    let b = chunk;
    if (carry) {
      const length = carry.length + chunk.length;
      if (scratch.length < length) scratch = Buffer.allocUnsafe(Math.max(length, 2 * chunk.length));
      carry.copy(scratch, 0);
      chunk.copy(scratch, carry.length);
      b = scratch.subarray(0, length);
    }
    const base = carryOffset;
    const { rest, stopped } = rows(b, base, false);
    if (stopped) return { lineNumber: lines, offset: base + rest, stopped: true };
    if (b.length - rest > MAX_FAST_ROW_BYTES) throw new NotForFastReader('a row over 1 MiB');
    // Copied: the chunk's buffer may be reused for the next read.
    carry = rest < b.length ? Buffer.from(b.subarray(rest)) : undefined;
    carryOffset = base + rest;
  }
  if (carry) {
    const { rest, stopped } = rows(carry, carryOffset, true);
    return { lineNumber: lines, offset: carryOffset + rest, stopped };
  }
  return { lineNumber: lines, offset: carryOffset, stopped: false };
}
