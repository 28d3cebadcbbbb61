// `lastseen init`: a starting inventory from what telemetry shows. Every principal becomes an identity
// with `owner: null` so that the first scan asks for owners instead of guessing them.
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Document, YAMLSeq } from 'yaml';
import { DEFAULT_DISCOVER_PATHS, loadConfig, findConfigPath } from '../config/index.js';
import { DEFAULT_POLICY, type Config, type SourceEntry } from '../model/config.js';
import type { Subject } from '../model/subject.js';
import { formatDuration, iso } from '../model/time.js';
import { InputError } from '../model/errors.js';
import { scan } from '../scan.js';
import { relativeToWorkspace } from '../sources/files.js';
import { liveContextFromEnv } from '../sources/github/context.js';
import { INIT_HELP } from './help.js';
import { COMMON_OPTIONS, type Io } from './main.js';
import { parseNow } from './now.js';

const IDENTITY_KINDS = [
  'service-account',
  'api-token',
  'deploy-key',
  'secret',
  'oauth-app',
  'github-app',
  'bot-user',
  'licence',
  'workload',
];

/** A readable identity id from a principal id: `arn:…:user/svc-ci` → `svc-ci`. */
export function slugFor(principal: string): string {
  let base = principal;
  if (base.startsWith('arn:')) base = base.split(/[/:]/).pop() ?? base;
  else if (base.startsWith('system:serviceaccount:')) base = base.split(':').slice(2).join('-');
  else if (base.includes('@')) base = base.split('@')[0];
  else if (/^[a-z-]+:/.test(base)) base = base.slice(base.indexOf(':') + 1);
  const slug = base
    .toLowerCase()
    .replace(/\[bot\]$/, '-bot')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'identity';
}

export async function initCommand(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      ...COMMON_OPTIONS,
      output: { type: 'string', short: 'o' },
      source: { type: 'string', short: 's', multiple: true },
      repo: { type: 'string' },
    },
  });
  if (values.help) {
    io.stdout(INIT_HELP);
    return 0;
  }
  const workspace = path.resolve(io.cwd, values.workspace ?? '.');
  const output = path.resolve(io.cwd, values.output ?? 'lastseen.yml');
  if (existsSync(output)) {
    throw new InputError(
      `${path.relative(io.cwd, output) || output} already exists; init never overwrites a file (use --output to write elsewhere)`,
    );
  }
  const now = values.now === undefined ? Date.now() : parseNow(values.now);

  let config: Config;
  if (values.source && values.source.length > 0) {
    config = {
      version: 1,
      path: '(command line)',
      workspace,
      files: [],
      policy: DEFAULT_POLICY,
      sources: values.source.map((spec, i) => sourceFromFlag(spec, i, io.cwd)),
      people: [],
      discover: { enabled: true, paths: [...DEFAULT_DISCOVER_PATHS], baseDir: workspace },
      identities: [],
      secrets: [],
    };
  } else {
    const found =
      values.config === undefined
        ? findConfigPath(workspace)
        : path.relative(workspace, path.resolve(io.cwd, values.config));
    if (found === undefined) {
      throw new InputError(
        'init needs telemetry to read: give --source <type>=<path> (repeatable), or --config with sources',
      );
    }
    config = { ...(await loadConfig({ workspace, config: found })), identities: [] };
  }
  const github = liveContextFromEnv(io.env, values.repo === undefined ? {} : { repository: values.repo });
  const { subjects } = await scan({ workspace, loaded: config, now, failOn: 'none', github });

  const doc = new Document({ version: 1 });
  doc.commentBefore =
    ' Written by lastseen init. Fill in every owner (@org/team, @user or an e-mail), a purpose, and\n' +
    ' remove what is not yours. Schema: https://github.com/lastseen/lastseen/blob/main/schema/lastseen.schema.json';
  const outDir = path.dirname(output);
  doc.set(
    'sources',
    config.sources.map((entry) => {
      const absolute = path.resolve(entry.baseDir, entry.path ?? '.');
      const out: Record<string, unknown> = { type: entry.type };
      if (entry.path !== undefined) out.path = path.relative(outDir, absolute).split(path.sep).join('/');
      for (const [key, value] of Object.entries(entry.options)) out[key] = value;
      // What the entry covers, so a scan of the written file judges as this one did.
      if (entry.window !== undefined) out.window = formatDuration(entry.window);
      if (entry.since !== undefined) out.since = iso(entry.since);
      if (entry.until !== undefined) out.until = iso(entry.until);
      if (entry.generatedAt !== undefined) out['generated-at'] = iso(entry.generatedAt);
      return out;
    }),
  );
  const discover = discoverFor(config, outDir);
  if (discover !== undefined) doc.set('discover', discover);
  const used = new Set<string>();
  const identities = new YAMLSeq();
  for (const subject of subjects.filter((s) => !s.declared)) {
    let id = slugFor(subject.id);
    for (let n = 2; used.has(id); n++) id = `${slugFor(subject.id)}-${n}`;
    used.add(id);
    const item: Record<string, unknown> = { id };
    if (subject.kind && IDENTITY_KINDS.includes(subject.kind)) item.kind = subject.kind;
    if (subject.platform) item.platform = subject.platform;
    item.owner = null;
    item.principals = [subject.id];
    const node = doc.createNode(item);
    node.commentBefore = ` ${whereFound(subject, outDir, workspace)}`;
    identities.items.push(node);
  }
  doc.set('identities', identities);
  writeFileSync(output, doc.toString({ lineWidth: 0 }));
  io.stderr(
    `lastseen: wrote ${relativeToWorkspace(io.cwd, output)} with ${identities.items.length} identities from ${config.sources.length} sources; fill in their owners\n`,
  );
  return 0;
}

function sourceFromFlag(spec: string, index: number, cwd: string): SourceEntry {
  const eq = spec.indexOf('=');
  if (eq <= 0 || eq === spec.length - 1) {
    throw new InputError(
      `--source ${JSON.stringify(spec)}: expected <type>=<path>, e.g. aws-iam-credential-report=credential-report.csv`,
    );
  }
  return {
    type: spec.slice(0, eq),
    path: spec.slice(eq + 1),
    baseDir: cwd,
    options: {},
    location: { path: `--source #${index + 1}`, line: 1 },
  };
}

/** Where init found a subject, for the comment above its identity. */
function whereFound(subject: Subject, outDir: string, workspace: string): string {
  const at =
    subject.location &&
    `${path.relative(outDir, path.resolve(workspace, subject.location.path)).split(path.sep).join('/')}:${subject.location.line}`;
  if (subject.foundIn === 'discovery' && at) return `declared in ${at}`;
  const seen = subject.coverage.sources.map((source) => source.label);
  return `seen in ${seen.length ? seen.join(', ') : 'telemetry'}${at ? `; declared in ${at}` : ''}`;
}

/** The discover: setting to write when the defaults, from the written file's folder, would read something else. */
function discoverFor(config: Config, outDir: string): unknown {
  const { enabled, paths, baseDir } = config.discover;
  if (!enabled) return false;
  const isDefault =
    paths.length === DEFAULT_DISCOVER_PATHS.length && paths.every((p, i) => p === DEFAULT_DISCOVER_PATHS[i]);
  if (isDefault && path.resolve(baseDir) === path.resolve(outDir)) return undefined;
  return {
    paths: paths.map((pattern) =>
      path.relative(outDir, path.resolve(baseDir, pattern)).split(path.sep).join('/'),
    ),
  };
}
