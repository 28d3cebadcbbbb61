// The library entry: scan(options) → Report, callable without GitHub. It runs the pipeline of
// DESIGN.md §1 in order: config → sources → usage → correlate → rules → report.
import path from 'node:path';
import { loadConfig } from './config/index.js';
import { addDiscoveredSubjects } from './correlate/discovered.js';
import { linkStores } from './correlate/links.js';
import { buildOwnerDirectory, type OwnerDirectory } from './correlate/owners.js';
import { correlate } from './correlate/subjects.js';
import { discover, workflowSecretReferences } from './discover/index.js';
import { DISCOVER_SOURCE_LABEL, DISCOVER_SOURCE_TYPE, discoverySource } from './discover/source.js';
import type { Config, FailOn } from './model/config.js';
import { ConfigurationError } from './model/errors.js';
import type { Report, SourceSummary } from './model/report.js';
import type { CoveringSource, Subject } from './model/subject.js';
import { checkInventoryLimits, checkReportLimits } from './report/limits.js';
import { buildReport } from './report/model.js';
import { redactReport } from './report/redact.js';
import { evaluate } from './rules/index.js';
import { isLiveEntry, liveContextFromEnv, readLiveSource, type LiveContext } from './sources/github/live.js';
import { readPeople } from './sources/people.js';
import { readSource, type SourceResult } from './sources/read.js';
import { readerFor, sourceTypes } from './sources/registry.js';
import type { SourceFile } from './sources/types.js';
import { UsageFold } from './usage/fold.js';
import { VERSION } from './version.js';

export interface ScanOptions {
  /** Every input path must resolve inside it. */
  workspace: string;
  /** The config file (relative to the workspace); else the lookup of DESIGN.md §2. */
  config?: string;
  /** Evaluation time (epoch ms); defaults to the clock. */
  now?: number;
  /** Overrides the config's policy.fail-on. */
  failOn?: FailOn;
  /** Bytes read so far of a file, for a progress line on a TTY. */
  progress?(file: SourceFile, bytesRead: number): void;
  /** Already-loaded config (the Action loads it first to report config errors on their line). */
  loaded?: Config;
  /** The GitHub API for live sources (entries without path); else GITHUB_TOKEN, GITHUB_API_URL, GITHUB_REPOSITORY. */
  github?: LiveContext;
}

export interface ScanResult {
  report: Report;
  config: Config;
  subjects: Subject[];
  /** The people directory, when `people:` is configured: how each owner resolves (explain shows it). */
  owners?: OwnerDirectory;
}

/** Runs a whole scan and returns the Report model. Throws ConfigurationError/InputError for user mistakes. */
export async function scan(options: ScanOptions): Promise<ScanResult> {
  const workspace = path.resolve(options.workspace);
  const config = options.loaded ?? (await loadConfig({ workspace, config: options.config }));
  checkInventoryLimits(config);
  const now = options.now ?? Date.now();
  const failOn = options.failOn ?? config.policy.failOn;

  // Check every source type before reading anything: a typo should not cost a 5-minute read first.
  const entries = config.sources.map((entry) => {
    const reader = readerFor(entry.type);
    if (!reader) {
      throw new ConfigurationError(
        `source type ${JSON.stringify(entry.type)} is not supported; expected one of: ${sourceTypes().join(', ')}`,
        entry.location,
      );
    }
    reader.validate?.(entry);
    return { entry, reader };
  });

  // people: small, and a mapping mistake in them should not wait for the telemetry.
  const people = await readPeople(config, { workspace, now, github: options.github ?? liveContextFromEnv() });
  const owners = buildOwnerDirectory(people, now);

  const fold = new UsageFold();
  const results: SourceResult[] = [];
  for (const [i, { entry, reader }] of entries.entries()) {
    const label = `${entry.type} ${entry.path ?? '(API)'}`;
    // live: an entry without path reads the GitHub API (sources/github/).
    const read = isLiveEntry(entry)
      ? readLiveSource(entry, reader, fold.sinkFor(i, label), {
          workspace,
          now,
          github: options.github ?? liveContextFromEnv(),
          secretReferences: async () => (await workflowSecretReferences(workspace)).secretReferences,
        })
      : readSource(entry, reader, fold.sinkFor(i, label), { workspace, now, progress: options.progress });
    results.push(await read);
  }
  // discover: declarations found in the repository (DESIGN.md §3); only the telemetry some carry is folded.
  const discovery = await discover(config.discover, workspace);
  const discovered = discoverySource(discovery, fold.sinkFor(results.length, DISCOVER_SOURCE_LABEL));
  if (discovered) results.push(discovered);
  const covering: CoveringSource[] = results.map((result) => ({
    label:
      result.summary.type === DISCOVER_SOURCE_TYPE
        ? DISCOVER_SOURCE_LABEL
        : `${result.summary.type} ${result.summary.path ?? '(API)'}`,
    type: result.summary.type,
    path: result.summary.path,
    kind: result.coverage,
    platform: result.platform,
    windowFrom: result.windowFrom,
    windowTo: result.windowTo,
    generatedAt: result.generatedAt,
    generatedAtFrom: result.summary.generatedAtFrom,
    failed: result.failed,
    blindSpots: result.summary.blindSpots ?? [],
  }));

  // discover: what the repository declares is not telemetry; unclaimed declarations are undeclared subjects.
  const subjects = linkStores(
    addDiscoveredSubjects(config, correlate({ config, fold, sources: covering }), discovery.principals),
  );
  const { findings, verdicts } = evaluate({ subjects, config, sources: covering, now, failOn, owners });
  const summaries: SourceSummary[] = [...results.map((r) => r.summary), ...people.summaries];
  const report = buildReport({
    version: VERSION,
    now,
    config,
    failOn,
    sources: summaries,
    subjects,
    findings,
    verdict: (subject) => {
      const v = verdicts.get(subject.id)!;
      return {
        status: v.status,
        neverUsed: v.neverUsed,
        lastMeaningfulUse: v.lastMeaningfulUse,
        lastUse: v.lastUse,
      };
    },
    credentialVerdict: (subject, id) => {
      const v = verdicts.get(subject.id)?.credentials.get(id);
      return (
        v && {
          status: v.status,
          neverUsed: v.neverUsed,
          lastMeaningfulUse: v.lastMeaningfulUse,
          lastUse: v.lastUse,
        }
      );
    },
  });
  checkReportLimits(report);
  // Telemetry is input a pull request can change: mask and bound it once, before any renderer (docs/security.md).
  return { report: redactReport(report), config, subjects, owners };
}
