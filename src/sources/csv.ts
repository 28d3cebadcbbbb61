// A streaming RFC 4180 CSV parser: quoted fields with commas, doubled quotes and line breaks, CRLF or
// LF, a UTF-8 BOM. Each row is reported with the line it starts on. A quote never closed, or a row
// larger than the limit, is reported with its line instead of swallowing the rest of the file.
import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { markIncomplete } from './tracked-file.js';

export const MAX_ROW_CHARS = 16 * 1024 * 1024;

export interface CsvHandlers {
  row(fields: string[], line: number): void;
  error(line: number, reason: string): void;
}

/** Parses the stream and calls `row` for every record (the header included). */
export async function forEachCsvRow(
  stream: Readable,
  handlers: CsvHandlers,
  maxRowChars = MAX_ROW_CHARS,
): Promise<void> {
  const decoder = new StringDecoder('utf8');
  let fields: string[] = [];
  let field = '';
  let inQuotes = false;
  let quoteJustClosed = false;
  // A quote opens a quoted field only as the field's first character; elsewhere it is literal text.
  let atFieldStart = true;
  let line = 1;
  let rowLine = 1;
  let rowChars = 0;
  let started = false;
  let first = true;
  let oversized = false;
  let pendingCR = false;

  const endRow = (): void => {
    fields.push(field);
    if (oversized) handlers.error(rowLine, `row longer than ${maxRowChars} characters`);
    else if (!(fields.length === 1 && fields[0] === '')) handlers.row(fields, rowLine);
    fields = [];
    field = '';
    started = false;
    rowChars = 0;
    oversized = false;
    quoteJustClosed = false;
    atFieldStart = true;
  };

  const feed = (text: string): void => {
    let i = 0;
    if (first && text.length > 0) {
      first = false;
      if (text.charCodeAt(0) === 0xfeff) i = 1;
    }
    const n = text.length;
    while (i < n) {
      if (!started) {
        started = true;
        rowLine = line;
      }
      if (inQuotes) {
        const q = text.indexOf('"', i);
        const end = q === -1 ? n : q;
        const piece = text.slice(i, end);
        for (let k = piece.indexOf('\n'); k !== -1; k = piece.indexOf('\n', k + 1)) line++;
        rowChars += piece.length;
        if (rowChars > maxRowChars) oversized = true;
        if (!oversized) field += piece;
        if (q === -1) return;
        inQuotes = false;
        quoteJustClosed = true;
        i = q + 1;
        continue;
      }
      const c = text.charCodeAt(i);
      if (pendingCR) {
        pendingCR = false;
        if (c !== 10) {
          field += '\r';
          atFieldStart = false;
        }
      }
      if (c === 34) {
        if (quoteJustClosed || atFieldStart) {
          // A quote right after a closing quote is an escaped quote inside the field.
          if (quoteJustClosed) field += '"';
          inQuotes = true;
        } else {
          field += '"';
          rowChars++;
        }
        quoteJustClosed = false;
        atFieldStart = false;
        i++;
      } else if (c === 44) {
        fields.push(oversized ? '' : field);
        field = '';
        quoteJustClosed = false;
        atFieldStart = true;
        i++;
      } else if (c === 10) {
        endRow();
        line++;
        i++;
      } else if (c === 13) {
        // Dropped when a line feed follows (CRLF), kept otherwise; the next chunk may hold the LF.
        pendingCR = true;
        i++;
      } else {
        let j = i + 1;
        while (j < n) {
          const d = text.charCodeAt(j);
          if (d === 34 || d === 44 || d === 10 || d === 13) break;
          j++;
        }
        rowChars += j - i;
        if (rowChars > maxRowChars) oversized = true;
        if (!oversized) field += text.slice(i, j);
        quoteJustClosed = false;
        atFieldStart = false;
        i = j;
      }
    }
  };

  for await (const chunk of stream as AsyncIterable<Buffer>) feed(decoder.write(chunk));
  feed(decoder.end());
  if (inQuotes) {
    const reason = 'a quoted field is never closed (the rest of the file was read as one field)';
    markIncomplete(stream, rowLine, reason);
    handlers.error(rowLine, reason);
    return;
  }
  if (started) endRow();
}

/** Header names, trimmed, for case-insensitive lookup by column name. */
export function headerIndex(header: string[]): Map<string, number> {
  const index = new Map<string, number>();
  header.forEach((name, i) => {
    const key = name.trim().toLowerCase();
    if (!index.has(key)) index.set(key, i);
  });
  return index;
}
