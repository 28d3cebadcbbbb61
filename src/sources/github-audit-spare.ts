// The worker thread that folds the second share of a large GitHub audit log (github-audit-worker.ts),
// started before a scan knows it needs one. A worker takes 0.1–0.2 s to come up on a small runner, and
// the fast reader shares what is left of the file once it is up: started with the CLI, it is up by the
// time the reader gets to the file, and its share is larger. Unused (no large log), it is ended at exit.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

/** The worker script: dist/github-audit-worker.js, beside the bundle's chunks. */
export const AUDIT_WORKER = new URL('./github-audit-worker.js', import.meta.url);

/** The threads a large file is read on: the cores, at most 2; LASTSEEN_THREADS overrides. */
export function auditThreads(): number {
  const set = Number(process.env.LASTSEEN_THREADS);
  return Number.isInteger(set) && set > 0 ? set : Math.min(2, availableParallelism());
}

/** A started worker, and whether it came up (its first message says it is ready). */
export interface SpareWorker {
  worker: Worker;
  ready: Promise<boolean>;
}

let spare: (SpareWorker & { url: string }) | undefined;

/** Starts a worker ahead of need, when a scan would use one (two threads, the script present). */
export function startSpareWorker(url: URL = AUDIT_WORKER): void {
  if (spare || auditThreads() < 2 || !existsSync(url)) return;
  const worker = new Worker(url);
  // Kept waiting, it must not keep the process alive.
  worker.unref();
  const ready = new Promise<boolean>((resolve) => {
    worker.once('message', (message: { type?: string }) => resolve(message.type === 'ready'));
    worker.once('error', () => resolve(false));
    worker.once('exit', () => resolve(false));
  });
  spare = { worker, ready, url: url.href };
}

/** The worker started ahead, for `url`'s script, if there is one; it is the taker's from now on. */
export function takeSpareWorker(url: URL): SpareWorker | undefined {
  if (!spare || url.href !== spare.url) return undefined;
  const taken = spare;
  spare = undefined;
  taken.worker.ref();
  return taken;
}
