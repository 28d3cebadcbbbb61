// Streams a file line by line without building more than one line at a time. Lines end at \n (a \r
// before it is dropped); a UTF-8 BOM at the start is dropped; a line longer than the limit is
// reported (not buffered) and skipped to its end, so one broken line cannot exhaust memory.
import type { Readable } from 'node:stream';

export const MAX_LINE_BYTES = 16 * 1024 * 1024;

export interface LineHandlers {
  line(text: string, lineNumber: number): void;
  /** A line over the limit: reported with its number, its content never held. */
  tooLong?(lineNumber: number, bytes: number): void;
}

/** Calls `handlers.line` for every line of the stream (1-based numbers). Resolves at the end. */
export async function forEachLine(
  stream: Readable,
  handlers: LineHandlers,
  maxLineBytes = MAX_LINE_BYTES,
): Promise<number> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let skipping = false;
  let lineNumber = 0;
  let first = true;

  const emit = (buf: Buffer): void => {
    lineNumber++;
    let end = buf.length;
    if (end > 0 && buf[end - 1] === 13) end--;
    let start = 0;
    if (first) {
      first = false;
      if (end >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) start = 3;
    }
    handlers.line(buf.toString('utf8', start, end), lineNumber);
  };

  for await (const chunk of stream as AsyncIterable<Buffer>) {
    let from = 0;
    for (;;) {
      const nl = chunk.indexOf(10, from);
      if (nl === -1) break;
      if (skipping) {
        skipping = false;
        lineNumber++;
        handlers.tooLong?.(lineNumber, pendingBytes + nl - from);
        pendingBytes = 0;
        first = false;
      } else if (pendingBytes + nl - from > maxLineBytes) {
        // Over the limit even though it ends in this chunk: reported like any other long line.
        lineNumber++;
        handlers.tooLong?.(lineNumber, pendingBytes + nl - from);
        pending = [];
        pendingBytes = 0;
        first = false;
      } else if (pending.length === 0) {
        emit(chunk.subarray(from, nl));
      } else {
        pending.push(chunk.subarray(from, nl));
        emit(Buffer.concat(pending));
        pending = [];
        pendingBytes = 0;
      }
      from = nl + 1;
    }
    if (from < chunk.length) {
      const rest = chunk.length - from;
      if (skipping) {
        pendingBytes += rest;
      } else if (pendingBytes + rest > maxLineBytes) {
        skipping = true;
        pendingBytes += rest;
        pending = [];
      } else {
        // Copy: the stream may reuse its chunk buffers.
        pending.push(Buffer.from(chunk.subarray(from)));
        pendingBytes += rest;
      }
    }
  }
  if (skipping) {
    lineNumber++;
    handlers.tooLong?.(lineNumber, pendingBytes);
  } else if (pending.length > 0) {
    const last = Buffer.concat(pending);
    if (last.length > 0) emit(last);
  }
  return lineNumber;
}
