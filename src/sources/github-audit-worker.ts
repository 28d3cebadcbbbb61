// Entry point of the worker thread that folds the second half of a large GitHub audit-log file (bundled
// as dist/github-audit-worker.js, next to the CLI and the Action). See github-audit-tail.ts.
import { parentPort, workerData } from 'node:worker_threads';
import { NotForFastReader } from './github-audit-csv-scan.js';
import { scanTail, type TailJob, type TailMessage } from './github-audit-tail.js';

const post = (message: TailMessage): void => parentPort!.postMessage(message);

scanTail(workerData as TailJob, post).catch((error: unknown) => {
  post({
    type: 'error',
    message: error instanceof Error ? error.message : String(error),
    unsuitable: error instanceof NotForFastReader,
  });
});
