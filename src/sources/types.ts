// The reader interface. A source type is one file in src/sources/ that exports a SourceReader and is
// listed in registry.ts. A reader streams one input file and pushes normalised records into the sink;
// the framework (read.ts) resolves globs, decompresses .gz, counts records and works out coverage.
import type { Readable } from 'node:stream';
import type { SourceEntry } from '../model/config.js';
import type { RecordSink } from '../model/records.js';

/**
 * How a source covers principals (DESIGN.md §4 "Windows"):
 * - 'events': an event log. It covers every principal of its platform for its window, so silence in
 *   it is evidence of no use.
 * - 'snapshot': a last-used report. It covers only the principals it lists, up to its generation time.
 */
export type CoverageKind = 'events' | 'snapshot';

/** One input file, opened for streaming. */
export interface SourceFile {
  /** Absolute path. */
  absolutePath: string;
  /** Relative to the workspace, forward slashes: what messages show. */
  path: string;
  size: number;
  /** Decompressed bytes (gunzipped when the name ends in .gz). */
  open(): Readable;
}

/** What a reader learns about its own coverage while reading. */
export interface CoverageHints {
  /** The export's own generation time (a report header, a snapshot's field). */
  setGeneratedAt(t: number): void;
  /** The start of what the export observes, when the export says so (an analyzer's tracking period). */
  setWindowFrom(t: number): void;
  /** Any time seen in the data: the newest is a lower bound of the generation time. */
  observe(t: number): void;
  /** A platform limitation that findings resting on this source should mention. */
  blindSpot(text: string): void;
}

export interface ReadContext {
  entry: SourceEntry;
  file: SourceFile;
  sink: RecordSink;
  coverage: CoverageHints;
  /** Options every reader may consult (e.g. the evaluation time, for "expired"). */
  now: number;
}

export interface SourceReader {
  /** The `type:` of a source entry. */
  type: string;
  /** Which platform's principals an event log covers (aws, gcp, azure, github, okta, kubernetes, …). */
  platform: string;
  /** Fixed, or decided by the entry (a csv mapping with `at:` is an event log, with `use:` a snapshot). */
  coverage: CoverageKind | ((entry: SourceEntry) => CoverageKind);
  /** Source-entry keys the reader accepts besides type/path/window/since/until/generated-at. */
  options?: readonly string[];
  /** Checks the entry's options before any file is read; throws ConfigurationError with its location. */
  validate?(entry: SourceEntry): void;
  /** Reads one file. Throws only for a file that cannot be read at all; bad records go to sink.reject. */
  read(ctx: ReadContext): Promise<void>;
}
