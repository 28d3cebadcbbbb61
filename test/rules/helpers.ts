// Hand-built subjects for the rules tests: every field a rule reads, with defaults that judge as
// "active, owned, reviewed, covered by a fresh credential report", so a test states only what differs.
import type { Config, FailOn, Identity, Policy } from '../../src/model/config.js';
import { DEFAULT_POLICY } from '../../src/model/config.js';
import type { CoveringSource, CredentialState, Subject, UsageStats } from '../../src/model/subject.js';
import { DAY } from '../../src/model/time.js';
import { evaluate } from '../../src/rules/index.js';
import type { OwnerDirectory } from '../../src/rules/owners.js';

export { DAY };
export const NOW = Date.parse('2026-11-25T12:00:00Z');
export const at = (iso: string) => Date.parse(iso);
export const ago = (ms: number) => NOW - ms;

export const REPORT = 'aws-iam-credential-report telemetry/aws/credential-report.csv';
export const AUDIT = 'github-audit-log telemetry/github/audit.json';

export function usage(over: Partial<UsageStats> = {}): UsageStats {
  return {
    events: 0,
    meaningfulEvents: 0,
    loginEvents: 0,
    failedEvents: 0,
    interactiveEvents: 0,
    interactive: [],
    days: [],
    hourOfWeek: new Array(168).fill(0),
    ...over,
  };
}

/** A last-used snapshot (the AWS credential report), generated a day before NOW. */
export function snapshot(over: Partial<CoveringSource> = {}): CoveringSource {
  return {
    label: REPORT,
    type: 'aws-iam-credential-report',
    path: 'telemetry/aws/credential-report.csv',
    kind: 'snapshot',
    platform: 'aws',
    windowFrom: at('2015-04-22T00:00:00Z'),
    windowTo: ago(DAY),
    generatedAt: ago(DAY),
    generatedAtFrom: 'export',
    failed: false,
    blindSpots: [],
    ...over,
  };
}

/** An event log covering [from, to]. */
export function events(from: number, to: number = NOW, over: Partial<CoveringSource> = {}): CoveringSource {
  return {
    label: AUDIT,
    type: 'github-audit-log',
    path: 'telemetry/github/audit.json',
    kind: 'events',
    platform: 'github',
    windowFrom: from,
    windowTo: to,
    generatedAt: to,
    generatedAtFrom: 'config',
    failed: false,
    blindSpots: [],
    ...over,
  };
}

export function credential(id: string, over: Partial<CredentialState> = {}): CredentialState {
  return {
    id,
    principal: 'arn:aws:iam::111122223333:user/svc-ci',
    active: true,
    providerRotated: false,
    createdAt: ago(400 * DAY),
    createdFrom: 'telemetry',
    rotatedAt: ago(30 * DAY),
    usage: usage(),
    sources: [REPORT],
    location: { path: 'lastseen.yml', line: 12 },
    declared: false,
    ...over,
  };
}

export function identity(id: string, over: Partial<Identity> = {}): Identity {
  return {
    id,
    kind: 'service-account',
    platform: 'aws',
    owner: '@acme/platform',
    principals: ['arn:aws:iam::111122223333:user/svc-ci'],
    credentials: [],
    suppress: [],
    reviewed: { by: '@alice', on: ago(10 * DAY) },
    location: { path: 'lastseen.yml', line: 10 },
    ...over,
  };
}

/** A declared subject (identity `ci`) unless `declared: false` is given. */
export function subject(over: Partial<Subject> & { identity?: Identity } = {}): Subject {
  const declared = over.declared ?? true;
  const id = over.id ?? (declared ? 'ci' : 'arn:aws:iam::111122223333:user/svc-ghost');
  const ident = declared ? (over.identity ?? identity(id)) : undefined;
  return {
    id,
    declared,
    identity: ident,
    kind: ident?.kind ?? 'user',
    platform: 'aws',
    owner: declared ? (ident?.owner ?? null) : undefined,
    principals: ['arn:aws:iam::111122223333:user/svc-ci'],
    aliases: ['svc-ci'],
    createdAt: ago(400 * DAY),
    createdFrom: 'telemetry',
    usage: usage(),
    credentials: [],
    coverage: { sources: [snapshot()] },
    location: ident?.location ?? null,
    foundIn: declared ? undefined : 'telemetry',
    ...over,
  };
}

export function policy(over: Partial<Policy> = {}): Policy {
  return { ...DEFAULT_POLICY, ...over };
}

export function config(over: Partial<Config> = {}): Config {
  return {
    version: 1,
    path: 'lastseen.yml',
    workspace: '/work/repo',
    files: ['lastseen.yml'],
    policy: policy(),
    sources: [
      {
        type: 'aws-iam-credential-report',
        path: 'telemetry/aws/credential-report.csv',
        baseDir: '/work/repo',
        options: {},
        location: { path: 'lastseen.yml', line: 4 },
      },
    ],
    people: [],
    discover: { enabled: false, paths: [], baseDir: '/work/repo' },
    identities: [],
    secrets: [],
    ...over,
  };
}

/** Runs the engine over subjects and returns its findings (fail-on high unless given). */
export function findingsOf(
  subjects: Subject[],
  options: { config?: Config; sources?: CoveringSource[]; failOn?: FailOn; owners?: OwnerDirectory } = {},
) {
  const cfg =
    options.config ?? config({ identities: subjects.flatMap((s) => (s.identity ? [s.identity] : [])) });
  const sources = options.sources ?? [
    ...new Map(subjects.flatMap((s) => s.coverage.sources).map((c) => [c.label, c])).values(),
  ];
  return evaluate({
    subjects,
    config: cfg,
    sources,
    now: NOW,
    failOn: options.failOn ?? 'high',
    owners: options.owners,
  }).findings;
}

/** The findings of one rule. */
export function ruleFindings(rule: string, ...args: Parameters<typeof findingsOf>) {
  return findingsOf(...args).filter((f) => f.rule === rule);
}
