// Discovery as a source in the report: which files it read, how many declarations it found, what it
// could not understand (with file and line), and the one kind of telemetry it carries — the legacy
// token labels Kubernetes writes. Only that telemetry enters the fold; declarations never do, so a
// declaration never counts as evidence of use or as coverage of activity.
import type { RecordSink } from '../model/records.js';
import type { SourceSummary } from '../model/report.js';
import { iso } from '../model/time.js';
import { MAX_REPORTED_ERRORS, type SourceResult } from '../sources/read.js';
import type { Discovery } from './types.js';

export const DISCOVER_SOURCE_TYPE = 'discover';
/** How the report names discovery among the sources. */
export const DISCOVER_SOURCE_LABEL = 'discover (repository)';

/** Folds discovery's telemetry into `sink` and describes discovery as a source; undefined when it read nothing. */
export function discoverySource(discovery: Discovery, sink: RecordSink): SourceResult | undefined {
  if (discovery.files.length === 0 && discovery.problems.length === 0) return undefined;
  let newest: number | undefined;
  let oldest: number | undefined;
  for (const fact of discovery.telemetry) {
    sink.credential(fact);
    if (typeof fact.lastUsedAt === 'number') {
      newest = newest === undefined ? fact.lastUsedAt : Math.max(newest, fact.lastUsedAt);
      oldest = oldest === undefined ? fact.lastUsedAt : Math.min(oldest, fact.lastUsedAt);
    }
  }
  const accepted = discovery.principals.length;
  const rejected = discovery.problems.length;
  const summary: SourceSummary = {
    type: DISCOVER_SOURCE_TYPE,
    path: null,
    // Label dates are the newest time in the data: a lower bound of when the manifests were exported.
    generatedAt: iso(newest),
    generatedAtFrom: newest === undefined ? null : 'data',
    window: { from: iso(oldest), to: iso(newest) },
    records: accepted + rejected,
    accepted,
    rejected,
    duplicates: 0,
    errors: discovery.problems
      .slice(0, MAX_REPORTED_ERRORS)
      .map((p) => ({ line: p.line, reason: `${p.path}: ${p.reason}` })),
    files: discovery.files,
  };
  if (discovery.telemetry.length > 0) {
    summary.blindSpots = [
      'kubernetes.io/legacy-token-last-used is day-granular and only as fresh as the export of the manifest that carries it',
    ];
  }
  return {
    summary,
    platform: 'kubernetes',
    coverage: 'snapshot',
    generatedAt: newest,
    windowFrom: oldest,
    windowTo: newest,
    failed: false,
  };
}
