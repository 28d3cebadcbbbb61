// Reads one source entry: expands its files, runs the reader on each, counts every record (accepted or
// rejected with line and reason), and works out the window the source observes (DESIGN.md §4).
import type { SourceEntry } from '../model/config.js';
import { isUserError } from '../model/errors.js';
import type { RecordSink, UsageSummary } from '../model/records.js';
import type { SourceSummary } from '../model/report.js';
import { iso } from '../model/time.js';
import { safeReason } from './excerpt.js';
import { expandPaths, openSourceFile } from './files.js';
import { trackFile } from './tracked-file.js';
import type { CoverageKind, SourceFile, SourceReader } from './types.js';

export const MAX_REPORTED_ERRORS = 100;

/** sink.accept(note) `count` times, in one call when the sink takes counts in bulk. */
export function acceptMany(sink: RecordSink, count: number, note?: 'duplicate' | 'ignored'): void {
  if (sink.acceptMany) sink.acceptMany(count, note);
  else for (let i = 0; i < count; i++) sink.accept(note);
}

/** Everything the pipeline needs to know about a source after reading it. */
export interface SourceResult {
  summary: SourceSummary;
  platform: string;
  coverage: CoverageKind;
  /** Generation time (epoch ms), or undefined when nothing says. */
  generatedAt?: number;
  windowFrom?: number;
  windowTo?: number;
  /** The source could not be read at all: subjects it would cover are unknown. */
  failed: boolean;
}

export interface ReadOptions {
  workspace: string;
  now: number;
  /** Called with bytes read so far, for a progress line on a TTY. */
  progress?(file: SourceFile, bytesRead: number): void;
  /** A live API source (sources/github/): its listings, read instead of entry.path's files, and when the API answered. */
  live?: { files: SourceFile[]; answeredAt: number };
}

/** Reads every file of one source entry into `sink`. Never throws for bad data; throws for bad config. */
export async function readSource(
  entry: SourceEntry,
  reader: SourceReader,
  sink: RecordSink,
  options: ReadOptions,
): Promise<SourceResult> {
  let accepted = 0;
  let rejected = 0;
  let duplicates = 0;
  const errors: { line: number; reason: string; file?: string }[] = [];
  let currentFile = '';
  let multiFile = false;
  let minAt = Infinity;
  let maxAt = -Infinity;
  let exportGeneratedAt: number | undefined;
  let exportWindowFrom: number | undefined;
  const blindSpots = new Set<string>();

  const counting: RecordSink = {
    usage(event) {
      if (event.at < minAt) minAt = event.at;
      if (event.at > maxAt) maxAt = event.at;
      sink.usage(event);
    },
    credential(fact) {
      sink.credential(fact);
    },
    principal(fact) {
      sink.principal(fact);
    },
    // Offered to readers only when the sink behind takes summaries; readers check before using it.
    ...(sink.summary && {
      summary(summary: UsageSummary) {
        // A summary's times are its span (last meaningful use stands in for a missing last use).
        const first = summary.firstUse ?? summary.lastMeaningfulUse;
        const last = summary.lastUse ?? summary.lastMeaningfulUse;
        if (first !== undefined && first < minAt) minAt = first;
        if (last !== undefined && last > maxAt) maxAt = last;
        sink.summary!(summary);
      },
    }),
    // Passed through as it is: a large log offers ten thousand principals, each a call.
    ...(sink.dormant && { dormant: sink.dormant.bind(sink) }),
    reject(line, raw) {
      // Whatever a reader put in its reason, the report keeps it short and masked (docs/security.md).
      const reason = safeReason(raw);
      rejected++;
      if (errors.length < MAX_REPORTED_ERRORS) {
        errors.push({ line, reason: multiFile ? `${currentFile}: ${reason}` : reason });
      }
      sink.reject(line, reason);
    },
    accept(note) {
      accepted++;
      if (note === 'duplicate') duplicates++;
      sink.accept(note);
    },
    acceptMany(count, note) {
      accepted += count;
      if (note === 'duplicate') duplicates += count;
      acceptMany(sink, count, note);
    },
  };
  const hints = {
    setGeneratedAt(t: number) {
      if (Number.isFinite(t) && (exportGeneratedAt === undefined || t > exportGeneratedAt))
        exportGeneratedAt = t;
    },
    setWindowFrom(t: number) {
      if (Number.isFinite(t) && (exportWindowFrom === undefined || t < exportWindowFrom))
        exportWindowFrom = t;
    },
    observe(t: number) {
      if (!Number.isFinite(t)) return;
      if (t < minAt) minAt = t;
      if (t > maxAt) maxAt = t;
    },
    blindSpot(text: string) {
      blindSpots.add(text);
    },
  };

  const summary: SourceSummary = {
    type: entry.type,
    path: entry.path ?? null,
    generatedAt: null,
    generatedAtFrom: null,
    window: { from: null, to: null },
    records: 0,
    accepted: 0,
    rejected: 0,
    duplicates: 0,
    errors: [],
    files: [],
  };

  let failure: string | undefined;
  let files: string[] = [];
  try {
    files =
      entry.path === undefined
        ? []
        : await expandPaths(entry.path, entry.baseDir, options.workspace, entry.location);
    if (entry.path !== undefined && files.length === 0)
      failure = `no file matches ${JSON.stringify(entry.path)}`;
  } catch (error) {
    if (!isUserError(error)) throw error;
    failure = error.message;
  }
  const opened =
    options.live?.files ?? files.map((absolutePath) => openSourceFile(absolutePath, options.workspace));
  multiFile = opened.length > 1;
  for (const file of opened) {
    summary.files.push(file.path);
    currentFile = file.path;
    const tracked = trackFile(file, options.live === undefined);
    try {
      await reader.read({ entry, file: tracked.file, sink: counting, coverage: hints, now: options.now });
    } catch (error) {
      if (isUserError(error)) throw error;
      // A file that cannot be read to its end (truncated gzip, I/O error): what was read counts,
      // the rest is reported; the scan goes on.
      const line = tracked.line();
      counting.reject(line, `the file could not be read to its end: ${readError(error)}`);
      failure ??= `${file.path}:${line}: could not be read to its end (${readError(error)})`;
      continue;
    }
    const incomplete = tracked.incomplete();
    if (incomplete) failure ??= `${file.path}:${incomplete.line}: not read to its end (${incomplete.reason})`;
    const changed = tracked.changed();
    if (changed) {
      const line = tracked.line();
      counting.reject(line, `the file changed while it was read: ${changed}`);
      failure ??= `${file.path} changed while it was read; read a copy that nothing writes to`;
    }
  }
  // Every record rejected: the file is not what the entry says it is, and its silence proves nothing.
  if (failure === undefined && accepted === 0 && rejected > 0) {
    failure = `none of its ${rejected} records could be read`;
  }

  // Generation time: the export's own field, else the config's generated-at, else the newest time seen.
  let generatedAt: number | undefined;
  if (options.live) {
    generatedAt = options.live.answeredAt;
    summary.generatedAtFrom = 'api';
  } else if (exportGeneratedAt !== undefined) {
    generatedAt = exportGeneratedAt;
    summary.generatedAtFrom = 'export';
  } else if (entry.generatedAt !== undefined) {
    generatedAt = entry.generatedAt;
    summary.generatedAtFrom = 'config';
  } else if (entry.until !== undefined) {
    generatedAt = entry.until;
    summary.generatedAtFrom = 'config';
  } else if (maxAt > -Infinity) {
    generatedAt = maxAt;
    summary.generatedAtFrom = 'data';
  }
  let windowFrom: number | undefined;
  let windowTo = entry.until ?? generatedAt;
  if (entry.since !== undefined) windowFrom = entry.since;
  else if (entry.window !== undefined && windowTo !== undefined) windowFrom = windowTo - entry.window;
  else if (exportWindowFrom !== undefined) windowFrom = exportWindowFrom;
  else if (minAt < Infinity) windowFrom = minAt;
  if (windowTo === undefined && maxAt > -Infinity) windowTo = maxAt;

  summary.generatedAt = iso(generatedAt);
  summary.window = { from: iso(windowFrom), to: iso(windowTo) };
  summary.accepted = accepted;
  summary.rejected = rejected;
  summary.duplicates = duplicates;
  summary.records = accepted + rejected;
  summary.errors = errors.map(({ line, reason }) => ({ line, reason }));
  if (failure) summary.failure = failure;
  if (blindSpots.size > 0) summary.blindSpots = [...blindSpots];

  return {
    summary,
    platform: typeof entry.options.platform === 'string' ? entry.options.platform : reader.platform,
    coverage: typeof reader.coverage === 'function' ? reader.coverage(entry) : reader.coverage,
    generatedAt,
    windowFrom,
    windowTo,
    // A source not read to its end cannot prove anyone idle: the subjects it covers become unknown
    // (their uses read before the break still count as evidence of use).
    failed: failure !== undefined,
  };
}

/** An I/O or decompression error as a report may show it: the message, never a path outside the workspace. */
function readError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const message = error instanceof Error ? error.message : String(error);
  // Node's fs messages end in the absolute path (", open '/home/runner/…'"): keep the code only.
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) return code;
  return message.slice(0, 120);
}
