// The second thread's share of a large GitHub audit-log file: from a line boundary to the end. Duplicate
// detection is a window over every earlier id, so this thread cannot know the window at its start.
// It first reads a "head" without folding, only filling its own window, until that window holds as
// many ids as the real one. The main thread folds the head itself and then compares its window with
// this one: the same ids in the same order decide every later id alike, so the rest of this thread's
// fold is exactly what one thread would have folded. If they differ, the main thread reads on alone.
import { open } from 'node:fs/promises';
import { AuditFold, type FoldResult } from './github-audit-fold.js';
import { scanRange, type Format } from './github-audit-range.js';
import { IdWindow, type IdWindowState } from './id-window.js';

export const CHUNK_BYTES = 1 << 20;

/** What the main thread asks of the second thread. */
export interface TailJob {
  path: string;
  start: number;
  end: number;
  format: Format;
  capacity: number;
  /** The head ends once this many ids went into the window… */
  headIds: number;
  /** …or after this many lines, for files with few ids. */
  headLines: number;
}

export type TailMessage =
  /** The worker has started and waits for its job. */
  | { type: 'ready' }
  | { type: 'head'; offset: number; lineNumber: number; window: IdWindowState; reachedEnd: boolean }
  | { type: 'done'; lineNumber: number; result: FoldResult; window: IdWindowState }
  | { type: 'error'; message: string; unsuitable: boolean };

/** Reads `[from, to)` of a file in chunks, the next read in flight while the last one is scanned. */
export async function* fileChunks(path: string, from: number, to: number): AsyncGenerator<Buffer> {
  const handle = await open(path, 'r');
  const buffers = [Buffer.allocUnsafe(CHUNK_BYTES), Buffer.allocUnsafe(CHUNK_BYTES)];
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
  }
}

/** Runs a TailJob, posting the head, then the fold of everything after it. */
export async function scanTail(job: TailJob, post: (message: TailMessage) => void): Promise<void> {
  const window = new IdWindow(job.capacity);
  const fold = new AuditFold(window);
  fold.folding = false;
  let lines = 0;
  const head = await scanRange(job.format, fileChunks(job.path, job.start, job.end), fold, {
    lineNumber: 0,
    offset: job.start,
    atStart: false,
    stopWhen: () => window.insertions >= job.headIds || ++lines >= job.headLines,
  });
  post({
    type: 'head',
    offset: head.offset,
    lineNumber: head.lineNumber,
    window: window.state(),
    reachedEnd: !head.stopped,
  });
  if (!head.stopped) return;
  fold.folding = true;
  const tail = await scanRange(job.format, fileChunks(job.path, head.offset, job.end), fold, {
    lineNumber: head.lineNumber,
    offset: head.offset,
    atStart: false,
  });
  post({ type: 'done', lineNumber: tail.lineNumber, result: fold.result(), window: window.state() });
}
