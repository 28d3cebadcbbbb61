// The second thread's share of a large GitHub audit-log file: from a line boundary to the end. Duplicate
// detection is a window over every earlier id, so this thread cannot know the window at its start by
// itself. It first reads the lines just before its start, folding them only to fill its own window
// ("priming"), over enough lines to fill it (a quarter more), and posts that window's digest.
// When the main thread reaches the start, it compares its own window's digest with this one: the same
// ids in the same order decide every later id alike, so this thread's fold is exactly what one thread
// would have folded. If they differ, the main thread reads on alone.
import { closeSync, openSync, readSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { AuditFold, LARGE_FILE_ROWS, type FoldResult } from './github-audit-fold.js';
import { scanRange, type Format } from './github-audit-range.js';
import { IdWindow, type IdWindowState } from './id-window.js';
import { jsonScanner, REGION_BYTES } from './json-scan-wasm.js';

export const CHUNK_BYTES = REGION_BYTES;

/** What the main thread asks of the second thread. */
export interface TailJob {
  path: string;
  /** Where this thread's fold starts (a line start), and where the file ends. */
  start: number;
  end: number;
  format: Format;
  capacity: number;
  /**
   * Where the priming starts: a line start before `start`. (Were it the start of the data of an entry's
   * second file, whose window does not start empty, the windows would differ: the main thread reads on.)
   */
  primeFrom: number;
}

export type TailMessage =
  /** The worker has started and waits for its job. */
  | { type: 'ready' }
  /** The digest of the window at `start`, as priming left it (IdWindow.digest). */
  | { type: 'primed'; digest: string }
  | { type: 'done'; lineNumber: number; result: FoldResult; window: IdWindowState }
  | { type: 'error'; message: string; unsuitable: boolean };

/** Reads `[from, to)` of a file in chunks, the next read in flight while the last one is scanned. */
export async function* fileChunks(path: string, from: number, to: number): AsyncGenerator<Buffer> {
  const handle = await open(path, 'r');
  const buffers = [chunkBuffer(), chunkBuffer()];
  let which = 0;
  let position = from;
  const read = (buffer: Buffer, at: number) => handle.read(buffer, 0, Math.min(CHUNK_BYTES, to - at), at);
  let pending = position < to ? read(buffers[0], position) : undefined;
  try {
    while (pending) {
      const { bytesRead } = await pending;
      pending = undefined;
      if (bytesRead === 0) break;
      const chunk = buffers[which].subarray(0, bytesRead);
      position += bytesRead;
      // The consumer is done with the other buffer once it asks for this chunk.
      which ^= 1;
      if (position < to) pending = read(buffers[which], position);
      yield chunk;
    }
  } finally {
    await pending?.catch(() => undefined);
    await handle.close();
    for (const buffer of buffers) releaseChunkBuffer(buffer);
  }
}

/**
 * A stream's chunks (a `.gz` export's, ~16 KB each) copied one by one into a region of the WebAssembly
 * scanner's memory, so that the scanner reads their lines too; passed on as they are when there is no
 * region, or when one is larger than the region. Each is passed on as soon as it comes (gathering them
 * would leave the stream's decompression waiting while a larger piece is scanned), and the region is
 * written round and round: a reader keeps nothing of a chunk once it asks for the next one
 * (forEachLineBytes copies a line's start).
 */
export async function* inRegions(chunks: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  const region = jsonScanner()?.chunkRegion();
  if (!region) {
    yield* chunks;
    return;
  }
  try {
    let at = 0;
    for await (const chunk of chunks) {
      if (chunk.length > region.length) {
        yield chunk;
        continue;
      }
      if (at + chunk.length > region.length) at = 0;
      chunk.copy(region, at);
      yield region.subarray(at, at + chunk.length);
      at += chunk.length;
    }
  } finally {
    releaseChunkBuffer(region);
  }
}

/**
 * A buffer of CHUNK_BYTES to read into: a region of the WebAssembly scanner's memory when one is free
 * (its lines are scanned there), otherwise one of its own. Give it back with releaseChunkBuffer.
 */
function chunkBuffer(): Buffer {
  return jsonScanner()?.chunkRegion() ?? Buffer.allocUnsafe(CHUNK_BYTES);
}

function releaseChunkBuffer(buffer: Buffer): void {
  jsonScanner()?.release(buffer);
}

/**
 * The same, read synchronously into one buffer: for the worker, which has nothing else to wait for. Its
 * reads copy from the page cache on this thread rather than on the thread pool, which on a two-core
 * runner would take its time from one of the two scanning threads.
 */
export function* fileChunksSync(path: string, from: number, to: number): Generator<Buffer> {
  const fd = openSync(path, 'r');
  const buffer = chunkBuffer();
  try {
    for (let position = from; position < to;) {
      const bytesRead = readSync(fd, buffer, 0, Math.min(CHUNK_BYTES, to - position), position);
      if (bytesRead === 0) break;
      position += bytesRead;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    closeSync(fd);
    releaseChunkBuffer(buffer);
  }
}

/**
 * Runs a TailJob: primes the window, posts its digest, then folds from `start` and posts the fold. It is
 * one pass from `primeFrom`: the lines before `start` are folded too, and the fold starts over at `start`
 * (AuditFold.restart). Priming folds rather than only filling the window so that the fold's code is
 * compiled for every path and its tables are paged in before `start`: apart, the fold slowed to a
 * fifth of its speed for its first megabytes while V8 compiled it again. (A CSV row that runs across
 * `start`, a quoted line break, throws: the main thread reads on alone.)
 */
export async function scanTail(job: TailJob, post: (message: TailMessage) => void): Promise<void> {
  const window = new IdWindow(job.capacity);
  const fold = new AuditFold(window, LARGE_FILE_ROWS);
  let restarted = false;
  const primed = (): void => {
    restarted = true;
    post({ type: 'primed', digest: window.digest() });
  };
  if (job.primeFrom >= job.start) primed();
  const tail = await scanRange(job.format, fileChunksSync(job.path, job.primeFrom, job.end), fold, {
    lineNumber: 0,
    offset: job.primeFrom,
    atStart: false,
    ...(job.primeFrom < job.start && { restart: { at: job.start, then: primed } }),
  });
  // No line ended at `start` (one too long to read was skipped across it): the windows cannot be compared.
  if (!restarted) throw new Error('the priming did not end where the fold starts');
  post({ type: 'done', lineNumber: tail.lineNumber, result: fold.result(), window: window.release() });
}
