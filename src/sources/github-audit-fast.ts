// The fast path of `github-audit-log` for JSON lines and CSV exports (docs/scale.md): bytes are scanned
// in place and folded per principal, and the folds go to the sink as UsageSummary records; nothing is
// built per event. A file of at least MIN_SPLIT_BYTES on disk is shared with a worker thread, which
// folds its second half (github-audit-tail.ts). The results are those of the streaming reader, event
// for event: lines the scanners do not take on go through JSON.parse, and a file they cannot read the
// same way (a CSV quote never closed) is left to the streaming reader, before anything is sent.
import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { DormantGroup, UsageSummary } from '../model/records.js';
import { UsageTable } from '../usage/usage-table.js';
import { NotForFastReader, scanCsvRows } from './github-audit-csv-scan.js';
import { FIRST_PARTY_APPS, type CsvColumns } from './github-audit-events.js';
import { AuditFold, LARGE_FILE_ROWS, type FoldResult } from './github-audit-fold.js';
import { scanRange, type Format } from './github-audit-range.js';
import { fileChunks, inRegions, scanTail, type TailJob, type TailMessage } from './github-audit-tail.js';
import { IdWindow, type IdWindowState } from './id-window.js';
import { AUDIT_WORKER, auditThreads, takeSpareWorker } from './github-audit-spare.js';
import { plainFileOnDisk } from './files.js';
import { acceptMany } from './read.js';
import type { ReadContext } from './types.js';

export const MIN_SPLIT_BYTES = 48 * 1024 * 1024;
/** A file this large may name thousands of principals: its fold's table starts at LARGE_FILE_ROWS. */
const LARGE_FILE_BYTES = 8 * 1024 * 1024;

/** What one source entry's files share: the window of ids, and the principals already described. */
export interface FastState {
  window: IdWindow;
  /** App principals already described (their `[bot]` alias): grows with principals only. */
  apps: Set<string>;
  /** User accounts already described as out of scope: grows with principals only. */
  users: Set<string>;
}

export interface FastOptions {
  /** Threads to use (default: the cores, at most 2; LASTSEEN_THREADS overrides). */
  threads?: number;
  minSplitBytes?: number;
  /** The worker script; default dist/github-audit-worker.js beside the bundle. */
  workerUrl?: URL;
  /** Run the second half in this thread after the first (tests of the hand-over, without a bundle). */
  inProcessTail?: boolean;
  /** Wait for the worker before reading (tests: a small file would be read before it is up). */
  waitForWorker?: boolean;
}

/**
 * How a file was read: by one thread, by two whose folds both went to the sink ('joined'), or by two
 * where this thread read on alone (the windows disagreed). False: it must be read by the streaming reader
 * instead (nothing was sent to the sink then, and the window is as it was).
 */
export type FastRead = 'one thread' | 'joined' | 'alone' | false;

/** Reads one file fast (see FastRead). `csvColumns` maps a CSV header, throwing for a bad one. */
export async function readFast(
  ctx: ReadContext,
  state: FastState,
  kind: 'json' | 'csv',
  csvColumns: (header: string[]) => CsvColumns,
  options: FastOptions = {},
): Promise<FastRead> {
  // Only a CSV can turn out not to be for this reader (a quote never closed): keep the window to undo
  // (a copy of 5 MB, so not for an empty one, the entry's first file: that is undone by emptying it).
  const before = kind === 'csv' && state.window.count > 0 ? state.window.state() : undefined;
  const rows = ctx.file.size >= LARGE_FILE_BYTES ? LARGE_FILE_ROWS : undefined;
  let fold = new AuditFold(state.window, rows);
  /** Finished folds in file order; `sent` of them went to the sink already. */
  const results: { result: FoldResult; lineOffset: number }[] = [];
  let sent = 0;
  const send = (): void => {
    commit(ctx, state, results.slice(sent));
    sent = results.length;
  };
  let tail: Tail | undefined;
  try {
    const onDisk = plainFileOnDisk(ctx.file);
    const chunks = (from: number): AsyncIterable<Buffer> =>
      onDisk
        ? fileChunks(ctx.file.absolutePath, from, ctx.file.size)
        : inRegions(ctx.file.open() as AsyncIterable<Buffer>);
    let format: Format = { type: 'json' };
    let offset = 0;
    let lineNumber = 0;
    if (kind === 'csv') {
      const header = await readHeader(chunks(0));
      if (!header) return 'one thread'; // no rows at all: nothing to read, as the streaming reader finds
      format = { type: 'csv', layout: { columns: csvColumns(header.fields) } };
      if (!onDisk) {
        // A stream cannot be resumed: read it whole, skipping the header row again.
        await scanCsvAfterHeader(ctx, fold, format);
        results.push({ result: fold.result(), lineOffset: 0 });
        send();
        return 'one thread';
      }
      ({ offset, lineNumber } = header);
    }
    const size = ctx.file.size;
    const threads = options.threads ?? auditThreads();
    const workerUrl = options.workerUrl ?? AUDIT_WORKER;
    const split =
      onDisk &&
      threads >= 2 &&
      size - offset >= (options.minSplitBytes ?? MIN_SPLIT_BYTES) &&
      (options.inProcessTail || existsSync(workerUrl));
    if (!split) {
      await scanRange(format, chunks(offset), fold, { lineNumber, offset, atStart: offset === 0 });
      results.push({ result: fold.result(), lineOffset: 0 });
      send();
      return 'one thread';
    }
    // The worker primes its window over the lines before its start: a few ids past a full window, as
    // duplicates across the split sit near it.
    const primeIds = state.window.capacity + Math.max(64, state.window.capacity >> 4);
    const path = ctx.file.absolutePath;
    // The worker starts now, and this thread reads meanwhile. Once the worker is up, what is left of the
    // file is shared from where this thread has got to: the worker's start-up (0.1–0.2 s on a small
    // runner) costs no imbalance between the halves.
    const position = { offset };
    const until = { offset: Infinity };
    let middle = -1;
    const thread: Tail = options.inProcessTail ? inProcess() : inWorker(workerUrl);
    tail = thread;
    const started = thread.ready
      .then((ready) => {
        if (!ready) return;
        const split = splitPoint(path, position.offset, offset, size, primeIds);
        // This thread may have read on meanwhile: the split must still lie ahead of it.
        if (!split || split.start <= position.offset) return thread.stop();
        middle = until.offset = split.start;
        thread.start({
          path,
          start: split.start,
          end: size,
          format,
          capacity: state.window.capacity,
          primeFrom: split.primeFrom,
        });
      })
      .catch(() => thread.stop());
    if (options.inProcessTail || options.waitForWorker) await started;
    const range = { lineNumber, offset, atStart: offset === 0 };
    const first = await scanRange(format, tracked(chunks(offset), position), fold, { ...range, until });
    /** Reads on alone, from where this thread stopped to the end. */
    const readOn = (into: AuditFold): Promise<unknown> =>
      scanRange(format, chunks(first.offset), into, {
        ...range,
        lineNumber: first.lineNumber,
        offset: first.offset,
        atStart: false,
      });
    if (first.stopped && first.offset === middle) {
      // This thread's share is folded, and what follows is folded apart from it: a JSON-lines share
      // goes to the sink while the worker finishes. (Not a CSV's: a quote that never closes further on
      // hands the file to the streaming reader, which must find the sink untouched.)
      results.push({ result: fold.result(), lineOffset: 0 });
      if (format.type === 'json') send();
      const primed = await thread.primed;
      // Compared by digest: the worker's window does not cross to this thread for it.
      const agrees = primed && state.window.digest() === primed.digest;
      const done = agrees ? await thread.done : undefined;
      if (done) {
        // As if one thread had read on: the sink folds the second share's summaries after the first's.
        results.push({ result: done.result, lineOffset: first.lineNumber });
        state.window.restore(done.window);
        send();
        return 'joined';
      }
      // The windows decide ids differently (ids repeated from far back), or the worker failed: this
      // thread reads on to the end.
      thread.stop();
      fold = new AuditFold(state.window, rows);
      await readOn(fold);
      results.push({ result: fold.result(), lineOffset: 0 });
      send();
      return 'alone';
    }
    thread.stop();
    if (middle === -1 && !first.stopped) {
      // The worker was not up before this thread reached the end (or failed to start).
      results.push({ result: fold.result(), lineOffset: 0 });
      send();
      return 'one thread';
    }
    // A CSV row runs across the split (a quoted line break): this thread reads on to the end.
    if (first.stopped) await readOn(fold);
    results.push({ result: fold.result(), lineOffset: 0 });
    send();
    return 'alone';
  } catch (error) {
    tail?.stop();
    if (error instanceof NotForFastReader) {
      if (kind === 'csv') state.window.restore(before ?? new IdWindow(state.window.capacity).state());
      return false;
    }
    // The file stopped early (a truncated .gz, an I/O error): what was read counts, as it would for the
    // streaming reader; the framework reports the rest.
    if (!fold.finished) results.push({ result: fold.result(), lineOffset: 0 });
    send();
    throw error;
  }
}

/** The first non-blank CSV row, and where the rows after it start; undefined when there is none. */
async function readHeader(
  chunks: AsyncIterable<Buffer>,
): Promise<{ fields: string[]; offset: number; lineNumber: number } | undefined> {
  let header: string[] | undefined;
  const probe = new AuditFold(new IdWindow(1));
  const end = await scanCsvRows(
    chunks,
    probe,
    { columns: { action: 0, actor: 0 } },
    {
      lineNumber: 0,
      offset: 0,
      atStart: true,
      header: (fields) => {
        header = fields;
      },
      stopWhen: () => header !== undefined,
    },
  );
  return header && { fields: header, offset: end.offset, lineNumber: end.lineNumber };
}

async function scanCsvAfterHeader(ctx: ReadContext, fold: AuditFold, format: Format): Promise<void> {
  if (format.type !== 'csv') return;
  await scanCsvRows(ctx.file.open() as AsyncIterable<Buffer>, fold, format.layout, {
    lineNumber: 0,
    offset: 0,
    atStart: true,
    header: () => undefined,
  });
}

/**
 * Where the second thread starts (`start`, after a line break near the middle of what is left after
 * `from`), and where it starts priming its window (`primeFrom`, a line start about `primeIds` lines
 * before, not before `dataStart`); undefined when the rest is too short to share.
 */
function splitPoint(
  path: string,
  from: number,
  dataStart: number,
  size: number,
  primeIds: number,
): { start: number; primeFrom: number } | undefined {
  // Synchronous: this runs between two chunks of this thread's reading, and an asynchronous read would
  // wait behind each of them while the worker idles. A few reads of 64 KiB from the page cache.
  const handle = openSync(path, 'r');
  try {
    const buffer = Buffer.allocUnsafe(1 << 16);
    /** The first line start at or after `at` (a line break just before it), or `size`. */
    const lineStart = (at: number): number => {
      if (at <= dataStart) return dataStart;
      for (let p = at - 1; p < size;) {
        const read = readSync(handle, buffer, 0, buffer.length, p);
        if (read === 0) break;
        const nl = buffer.subarray(0, read).indexOf(10);
        if (nl !== -1) return p + nl + 1;
        p += read;
      }
      return size;
    };
    let lines = 0;
    let sampled = 0;
    for (let at = from; at < Math.min(size, from + (1 << 20));) {
      const read = readSync(handle, buffer, 0, buffer.length, at);
      if (read === 0) break;
      for (let i = buffer.indexOf(10); i !== -1 && i < read; i = buffer.indexOf(10, i + 1)) lines++;
      sampled += read;
      at += read;
    }
    if (lines === 0) return undefined;
    // A quarter more than the lines of primeIds ids, for lines without one and for duplicates.
    const prime = Math.ceil(((primeIds * sampled) / lines) * 1.25);
    // Measured on a two-core runner, the worker primes a byte in about two thirds of the time it folds
    // one, and folds a little slower than this thread (each takes time from the other's core): this
    // thread takes 51% of the rest, and half of the priming's length more, so that both reach their
    // ends together. (At 54%, the worker was done first in five runs out of six, by 0.11–0.17 s.)
    const start = lineStart(from + Math.floor(0.51 * (size - from) + prime / 2));
    if (start >= size) return undefined;
    return { start, primeFrom: lineStart(Math.max(dataStart, start - prime)) };
  } finally {
    closeSync(handle);
  }
}

/** What most principals hold: no credentials (shared, never written). */
const NONE: readonly FoldResult['credentials'][number][] = [];
const NO_IDS: readonly string[] = [];

/**
 * Sends one file's folds to the sink, in the order one thread would have met them. A user account is a
 * person or a machine user, a subject only when an identity claims it: it goes as dormant when the sink
 * takes that, so that ten thousand unclaimed people cost no entry each.
 */
function commit(
  ctx: ReadContext,
  state: FastState,
  results: { result: FoldResult; lineOffset: number }[],
): void {
  const { sink, coverage } = ctx;
  for (const { result, lineOffset } of results) {
    const table = new UsageTable(0, result.usage);
    const summary = (row: number, principal: string, credential?: string): UsageSummary =>
      table.summary(row, principal, credential, result.details);
    // A user's credentials (its personal access tokens) sleep and wake with it. By principal number:
    // most principals hold none, and a large log has ten thousand of them.
    const { ids, lines, rows, appActors } = result.principals;
    const credentialsOf: FoldResult['credentials'][] = new Array(ids.length);
    for (const c of result.credentials) (credentialsOf[c.principal] ??= []).push(c);
    // Users by their number in the fold; those this source describes here for the first time.
    const first = new Uint8Array(ids.length);
    const users: DormantGroup = {
      wake(n) {
        const principal = ids[n];
        if (first[n] === 1) {
          const fact = {
            principal,
            line: lines[n] + lineOffset,
            aliases: [],
            kind: 'user',
            outOfScope: true,
          };
          sink.principal(fact);
        }
        sink.summary!(summary(rows[n], principal));
        for (const c of credentialsOf[n] ?? NONE) sink.summary!(summary(c.row, principal, c.credential));
      },
    };
    for (let n = 0; n < ids.length; n++) {
      const principal = ids[n];
      const appActor = appActors[n];
      const credentials = credentialsOf[n] ?? NONE;
      if (appActor === undefined) {
        // Added if new: one lookup, where has() and add() were two.
        const known = state.users.size;
        if (state.users.add(principal).size !== known) first[n] = 1;
        if (sink.dormant)
          sink.dormant(
            principal,
            credentials === NONE ? NO_IDS : credentials.map((c) => c.credential),
            users,
            n,
          );
        else users.wake(n);
        continue;
      }
      if (!state.apps.has(principal)) {
        state.apps.add(principal);
        sink.principal({
          principal,
          line: lines[n] + lineOffset,
          aliases: [appActor],
          kind: 'github-app',
          ...(FIRST_PARTY_APPS.has(appActor.slice(0, -5)) && { outOfScope: true }),
        });
      }
      sink.summary!(summary(rows[n], principal));
      for (const c of credentials) sink.summary!(summary(c.row, principal, c.credential));
    }
    for (let i = 0; i < result.rejectLines.length; i++) {
      sink.reject(result.rejectLines[i] + lineOffset, result.reasons[result.rejectReasons[i]]);
    }
    acceptMany(sink, result.accepted);
    acceptMany(sink, result.duplicates, 'duplicate');
    acceptMany(sink, result.ignored, 'ignored');
    if (result.minAt <= result.maxAt) {
      coverage.observe(result.minAt);
      coverage.observe(result.maxAt);
    }
  }
}

interface Tail {
  /** True once the thread waits for its job; false if it failed to start. */
  ready: Promise<boolean>;
  /** Gives the thread its job (ignored once stopped). */
  start(job: TailJob): void;
  primed: Promise<Extract<TailMessage, { type: 'primed' }> | undefined>;
  done: Promise<Extract<TailMessage, { type: 'done' }> | undefined>;
  stop(): void;
}

/** Counts the bytes handed out: how far the reading has got (the end of the last chunk given). */
async function* tracked(chunks: AsyncIterable<Buffer>, position: { offset: number }): AsyncGenerator<Buffer> {
  for await (const chunk of chunks) {
    position.offset += chunk.length;
    yield chunk;
  }
}

/** The second half in a worker thread; a failed worker resolves to undefined (this thread reads on). */
function inWorker(url: URL): Tail {
  // One started ahead (startSpareWorker) has said it is ready already, or will.
  const spare = takeSpareWorker(url);
  const worker = spare?.worker ?? new Worker(url);
  let stopped = false;
  let onReady: (ready: boolean) => void = () => {};
  let onPrimed: (m: Extract<TailMessage, { type: 'primed' }> | undefined) => void = () => {};
  let onDone: (m: Extract<TailMessage, { type: 'done' }> | undefined) => void = () => {};
  const ready = new Promise<boolean>((resolve) => (onReady = resolve));
  const primed = new Promise<Extract<TailMessage, { type: 'primed' }> | undefined>(
    (resolve) => (onPrimed = resolve),
  );
  const done = new Promise<Extract<TailMessage, { type: 'done' }> | undefined>(
    (resolve) => (onDone = resolve),
  );
  const fail = (): void => {
    onReady(false);
    onPrimed(undefined);
    onDone(undefined);
  };
  if (spare) void spare.ready.then((ready) => (ready ? onReady(true) : fail()));
  worker.on('message', (message: TailMessage) => {
    if (message.type === 'ready') onReady(true);
    else if (message.type === 'primed') onPrimed(message);
    else if (message.type === 'done') onDone(message);
    else fail();
  });
  worker.on('error', fail);
  worker.on('exit', fail);
  return {
    ready,
    start: (job) => {
      if (!stopped) worker.postMessage(job);
    },
    primed,
    done,
    stop: () => {
      stopped = true;
      fail();
      void worker.terminate();
    },
  };
}

/** The same hand-over without a thread: the tail runs when its window is first asked for. */
function inProcess(): Tail {
  let job: TailJob | undefined;
  let primed: Extract<TailMessage, { type: 'primed' }> | undefined;
  let done: Extract<TailMessage, { type: 'done' }> | undefined;
  let run: Promise<void> | undefined;
  const start = (): Promise<void> =>
    (run ??= job
      ? scanTail(job, (message) => {
          if (message.type === 'primed') primed = message;
          else if (message.type === 'done') done = message;
        }).catch(() => undefined)
      : Promise.resolve());
  return {
    ready: Promise.resolve(true),
    start: (given) => {
      job = given;
    },
    primed: {
      then: (resolve, reject) =>
        start()
          .then(() => primed)
          .then(resolve, reject),
    } as Tail['primed'],
    done: {
      then: (resolve, reject) =>
        start()
          .then(() => done)
          .then(resolve, reject),
    } as Tail['done'],
    stop: () => {
      job = undefined;
    },
  };
}

export type { IdWindowState };
