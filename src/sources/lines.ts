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

export interface LineBytesHandlers {
  /**
   * One line as bytes: `bytes[start, end)`, the same span forEachLine would decode (no line break, no
   * trailing \r, no BOM). `next` is the file offset after its line break. Return true to stop there.
   */
  line(bytes: Buffer, start: number, end: number, lineNumber: number, next: number): boolean | void;
  tooLong?(lineNumber: number, bytes: number): void;
  /**
   * The lines of a chunk have all been handed out: its buffer may be reused once this returns (a handler
   * that keeps lines' bytes to handle them later does so now).
   */
  chunkEnd?(): void;
}

export interface LineBytesOptions {
  /** Lines already counted before the first chunk (a reader that resumes mid-file). */
  lineNumber?: number;
  /** The file offset of the first chunk. */
  offset?: number;
  /** The first chunk starts the file: a BOM there is dropped. */
  atStart?: boolean;
  maxLineBytes?: number;
}

/**
 * forEachLine without the strings: a reader that scans bytes itself gets each line's span within a
 * chunk. Same lines, numbers and long-line reports as forEachLine. Resolves to the last line number and
 * the offset where it stopped.
 */
export async function forEachLineBytes(
  chunks: AsyncIterable<Buffer> | Iterable<Buffer>,
  handlers: LineBytesHandlers,
  options: LineBytesOptions = {},
): Promise<{ lineNumber: number; offset: number; stopped: boolean }> {
  const maxLineBytes = options.maxLineBytes ?? MAX_LINE_BYTES;
  let lineNumber = options.lineNumber ?? 0;
  let first = options.atStart ?? true;
  let pending: Buffer | undefined;
  let skipping = false;
  let skippedBytes = 0;
  let base = options.offset ?? 0;

  // Calls the handler for bytes[start, end) (end at the line break); true when it asked to stop.
  const emit = (bytes: Buffer, start: number, end: number, next: number): boolean => {
    lineNumber++;
    if (end > start && bytes[end - 1] === 13) end--;
    if (first) {
      first = false;
      if (end - start >= 3 && bytes[start] === 0xef && bytes[start + 1] === 0xbb && bytes[start + 2] === 0xbf)
        start += 3;
    }
    return handlers.line(bytes, start, end, lineNumber, next) === true;
  };

  for await (const chunk of chunks) {
    let from = 0;
    const chunkBase = base;
    base += chunk.length;
    for (;;) {
      const nl = chunk.indexOf(10, from);
      if (nl === -1) break;
      const next = chunkBase + nl + 1;
      let stop = false;
      if (skipping) {
        skipping = false;
        lineNumber++;
        first = false;
        handlers.tooLong?.(lineNumber, skippedBytes + nl - from);
      } else if ((pending?.length ?? 0) + nl - from > maxLineBytes) {
        lineNumber++;
        first = false;
        handlers.tooLong?.(lineNumber, (pending?.length ?? 0) + nl - from);
      } else if (!pending) {
        stop = emit(chunk, from, nl, next);
      } else {
        const whole = Buffer.concat([pending, chunk.subarray(from, nl)]);
        stop = emit(whole, 0, whole.length, next);
      }
      pending = undefined;
      from = nl + 1;
      if (stop) return { lineNumber, offset: next, stopped: true };
    }
    handlers.chunkEnd?.();
    if (from < chunk.length) {
      const rest = chunk.length - from;
      if (skipping) {
        skippedBytes += rest;
      } else if ((pending?.length ?? 0) + rest > maxLineBytes) {
        skipping = true;
        skippedBytes = (pending?.length ?? 0) + rest;
        pending = undefined;
      } else {
        // Copied: the chunk's buffer may be reused for the next read.
        pending = pending
          ? Buffer.concat([pending, chunk.subarray(from)])
          : Buffer.from(chunk.subarray(from));
      }
    }
  }
  if (skipping) {
    lineNumber++;
    handlers.tooLong?.(lineNumber, skippedBytes);
  } else if (pending && pending.length > 0) {
    emit(pending, 0, pending.length, base);
  }
  return { lineNumber, offset: base, stopped: false };
}
