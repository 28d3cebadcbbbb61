// Entry point of the worker thread that folds the second half of a large GitHub audit-log file (bundled
// as dist/github-audit-worker.js, next to the CLI and the Action). See github-audit-tail.ts. It says it
// is ready and waits for its job: the main thread starts it before it knows where the second half
// begins, so that the thread's start-up overlaps the main thread's reading.
import { parentPort } from 'node:worker_threads';
import { NotForFastReader } from './github-audit-csv-scan.js';
import { scanTail, type TailJob, type TailMessage } from './github-audit-tail.js';

// Large buffers move to the main thread instead of being copied: the fold's table and the id window.
const post = (message: TailMessage): void => {
  const transfer: ArrayBuffer[] = [];
  if (message.type === 'done') {
    // The window itself, once done (IdWindow.release): all of it moves.
    const { arena, lengths, hashes, index } = message.window;
    for (const array of [arena, lengths, hashes, index]) transfer.push(array.buffer as ArrayBuffer);
    transfer.push(message.result.usage.buffer);
  }
  parentPort!.postMessage(message, transfer);
};

parentPort!.once('message', (job: TailJob) => {
  scanTail(job, post).catch((error: unknown) => {
    post({
      type: 'error',
      message: error instanceof Error ? error.message : String(error),
      unsuitable: error instanceof NotForFastReader,
    });
  });
});
post({ type: 'ready' });
