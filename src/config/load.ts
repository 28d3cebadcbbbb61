// Loads lastseen.yml as DESIGN.md §2 describes: find it, parse it with positions, validate it against
// the schema, pull in the files it includes, normalise everything, and check what spans files
// (unique identity ids, `stores` references). Secret-looking values are collected, never echoed.
import { realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Config, Identity, Location, SecretInConfig, SourceEntry } from '../model/config.js';
import { ConfigurationError, InputError } from '../model/errors.js';
import { assertInsideWorkspace, expandPaths } from '../sources/files.js';
import { normaliseDiscover, normaliseIdentities, normalisePolicy, normaliseSources } from './normalise.js';
import { findSecrets } from './secrets.js';
import { closest } from './suggest.js';
import type { FileRole } from './schema.js';
import { validateInventory } from './validate.js';
import { locate, readYamlFile, type ParsedFile } from './yaml.js';

/** Where lastseen looks for the inventory when none is named, in order, relative to the workspace. */
export const CONFIG_LOOKUP: readonly string[] = ['lastseen.yml', '.github/lastseen.yml'];

/** Included files per inventory: a glob that matches more is a mistake, not a team layout. */
export const MAX_INCLUDED_FILES = 1_000;
/** All inventory files together; each is also capped on its own (MAX_CONFIG_BYTES). */
export const MAX_INVENTORY_BYTES = 20 * 1024 * 1024;

export interface LoadOptions {
  /** Every input path must resolve inside it. */
  workspace: string;
  /** The config file, absolute or relative to the workspace; else the lookup of CONFIG_LOOKUP. */
  config?: string;
}

/** The first of CONFIG_LOOKUP that exists in the workspace (workspace-relative), or undefined. */
export function findConfigPath(workspace: string): string | undefined {
  for (const candidate of CONFIG_LOOKUP) {
    try {
      if (statSync(path.resolve(workspace, candidate)).isFile()) return candidate;
    } catch {
      // not there: try the next place
    }
  }
  return undefined;
}

/** Loads, validates and normalises the inventory. Throws ConfigurationError/InputError for user mistakes. */
export async function loadConfig(options: LoadOptions): Promise<Config> {
  const workspace = path.resolve(options.workspace);
  let isDirectory = false;
  try {
    isDirectory = statSync(workspace).isDirectory();
  } catch {
    // reported below
  }
  if (!isDirectory) throw new InputError(`the workspace ${workspace} is not a folder`);
  const configPath = path.resolve(workspace, options.config ?? lookup(workspace));
  assertInsideWorkspace(workspace, configPath);

  const main = await readInventory(configPath, workspace, 'main');
  const data = main.data as Record<string, unknown>;
  const files = [main];
  const loaded = new Set([realPath(configPath)]);
  for (const { pattern, at } of includePatterns(main)) {
    const found = await expandPaths(pattern, path.dirname(configPath), workspace, at, MAX_INCLUDED_FILES);
    for (const absolutePath of found) {
      const real = realPath(absolutePath);
      // A glob such as *.yml may match the main file or one matched before: read each file once.
      if (loaded.has(real)) continue;
      loaded.add(real);
      if (loaded.size > MAX_INCLUDED_FILES) {
        throw new ConfigurationError(
          `include names more than ${MAX_INCLUDED_FILES} files, expected fewer`,
          at,
        );
      }
      files.push(await readInventory(absolutePath, workspace, 'included', at));
      if (files.reduce((total, file) => total + file.text.length, 0) > MAX_INVENTORY_BYTES) {
        throw new InputError(
          `the included files come to more than ${MAX_INVENTORY_BYTES / 1024 / 1024} MiB, expected a smaller inventory`,
          at,
        );
      }
    }
  }

  const sources: SourceEntry[] = [];
  const people: SourceEntry[] = [];
  const identities: Identity[] = [];
  const secrets: SecretInConfig[] = [];
  for (const file of files) {
    const raw = file.data as Record<string, Record<string, unknown>[] | undefined>;
    for (const key of ['sources', 'people'] as const) {
      const entries = normaliseSources(file, raw[key], key);
      entries.forEach((entry, i) => {
        if (entry.path !== undefined)
          checkInside(entry.path, entry.baseDir, workspace, locate(file, [key, i, 'path']));
      });
      append(key === 'sources' ? sources : people, entries);
    }
    append(identities, normaliseIdentities(file, raw.identities));
    append(secrets, findSecrets(file));
  }
  checkUniqueIds(identities);
  checkStores(identities, files);
  const discover = normaliseDiscover(main, data.discover);
  discover.paths.forEach((pattern, i) =>
    checkInside(pattern, discover.baseDir, workspace, locate(main, ['discover', 'paths', i])),
  );

  return {
    version: 1,
    path: main.path,
    workspace,
    files: files.map((file) => file.path),
    policy: normalisePolicy(main, data.policy as Record<string, unknown> | undefined),
    sources,
    people,
    discover,
    identities,
    secrets,
  };
}

/** push(...items) passes every item as an argument, and a big inventory has more than a call allows. */
function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

function lookup(workspace: string): string {
  const found = findConfigPath(workspace);
  if (found === undefined) {
    throw new InputError(
      `no inventory found: looked for ${CONFIG_LOOKUP.join(' and ')} in ${workspace}; ` +
        'create one with `lastseen init`, or name it with --config',
    );
  }
  return found;
}

/** Links to one file count as that file, so it is read once. */
function realPath(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}

/** Refuses, at load time and on its own line, a source or discovery path that leaves the workspace. */
function checkInside(pattern: string, baseDir: string, workspace: string, at: Location): void {
  const fixed: string[] = [];
  for (const segment of pattern.split(/[\\/]/)) {
    if (/[*?[\]{}]/.test(segment)) break;
    fixed.push(segment);
  }
  assertInsideWorkspace(workspace, path.resolve(baseDir, fixed.join('/')), at);
}

async function readInventory(
  absolutePath: string,
  workspace: string,
  role: FileRole,
  at?: Location,
): Promise<ParsedFile> {
  const file = await readYamlFile(absolutePath, workspace, at);
  await validateInventory(file, role);
  return file;
}

function includePatterns(file: ParsedFile): { pattern: string; at: Location }[] {
  const include = (file.data as { include?: string | string[] }).include;
  if (include === undefined) return [];
  if (typeof include === 'string') return [{ pattern: include, at: locate(file, ['include']) }];
  return include.map((pattern, i) => ({ pattern, at: locate(file, ['include', i]) }));
}

function where(location: Location): string {
  return `${location.path}:${location.line}${location.column ? `:${location.column}` : ''}`;
}

function checkUniqueIds(identities: Identity[]): void {
  const byId = new Map<string, Identity>();
  for (const identity of identities) {
    const first = byId.get(identity.id);
    if (first) {
      throw new ConfigurationError(
        `identity id ${JSON.stringify(identity.id)} is declared twice, at ${where(first.location)} and here, expected unique ids`,
        identity.location,
      );
    }
    byId.set(identity.id, identity);
  }
}

/**
 * `stores:` may name an identity declared in another repository's inventory, so an unknown name is
 * fine; one a typo away from a declared id is almost surely that id misspelt, and would hide the link.
 */
function checkStores(identities: Identity[], files: ParsedFile[]): void {
  const ids = identities.map((identity) => identity.id);
  const known = new Set(ids);
  for (const identity of identities) {
    if (identity.stores === undefined) continue;
    const target = identity.stores.split('/')[0];
    const suggestion = known.has(target) ? undefined : closest(target, ids);
    if (suggestion === undefined) continue;
    const file = files.find((candidate) => candidate.path === identity.location.path)!;
    const index = (file.data as { identities: { id: string }[] }).identities.findIndex(
      (raw) => raw.id === identity.id,
    );
    throw new ConfigurationError(
      `identities[${index}].stores names ${JSON.stringify(target)}, which is not declared, did you mean "${suggestion}"?`,
      locate(file, ['identities', index, 'stores']),
    );
  }
}
