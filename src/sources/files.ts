// Finds the files a source entry names (a path or a glob, relative to the file that names it), keeps
// them inside the workspace (symlinks followed), and opens each as a stream, gunzipped when it ends
// in .gz. Used by sources/, and by config/ and discover/ for their own globs.
import {
  closeSync,
  createReadStream,
  promises as fs,
  openSync,
  readSync,
  realpathSync,
  statSync,
} from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { minimatch } from 'minimatch';
import type { Location } from '../model/config.js';
import { InputError } from '../model/errors.js';
import type { SourceFile } from './types.js';
import { zlibModule } from './lazy-modules.js';

export const MAX_GLOB_FILES = 10_000;

/** Workspace-relative path with forward slashes, for messages and reports. */
export function relativeToWorkspace(workspace: string, absolutePath: string): string {
  return path.relative(workspace, absolutePath).split(path.sep).join('/') || '.';
}

/** Throws unless `absolutePath` (symlinks followed, when it exists) lies inside the workspace. */
export function assertInsideWorkspace(workspace: string, absolutePath: string, at?: Location): void {
  const root = safeRealpath(workspace);
  const real = safeRealpath(absolutePath);
  const rel = path.relative(root, real);
  if (isInside(rel)) return;
  const shown = JSON.stringify(displayPath(workspace, absolutePath));
  // The target of a link is not named: where it leads is none of the report's business.
  const lexical = path.relative(path.resolve(workspace), path.resolve(absolutePath));
  const where = isInside(lexical)
    ? `${shown} is a link that leads outside the workspace`
    : `${shown} is outside the workspace`;
  throw new InputError(
    `${where} (${root}); lastseen reads only files inside it. Move the file into the repository or change --workspace.`,
    at,
  );
}

/** A file named `..notes` is inside; `..` and `../notes` are not. */
function isInside(relative: string): boolean {
  return relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}

function displayPath(workspace: string, p: string): string {
  const rel = path.relative(workspace, p);
  return rel.split(path.sep).join('/');
}

function safeRealpath(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    // A path that does not exist yet: resolve its nearest existing parent.
    const parent = path.dirname(p);
    if (parent === p) return p;
    return path.join(safeRealpath(parent), path.basename(p));
  }
}

function hasMagic(pattern: string): boolean {
  return /[*?[\]{}]/.test(pattern);
}

/**
 * Expands `pattern` (relative to `baseDir`) to the files it names, sorted, each inside the workspace.
 * A plain path that does not exist is an error; a glob that matches nothing returns [].
 */
export async function expandPaths(
  pattern: string,
  baseDir: string,
  workspace: string,
  at?: Location,
  maxFiles = MAX_GLOB_FILES,
): Promise<string[]> {
  if (pattern.includes('\0')) throw new InputError('a path may not contain a NUL byte', at);
  const absolutePattern = path.resolve(baseDir, pattern);
  if (!hasMagic(pattern)) {
    assertInsideWorkspace(workspace, absolutePattern, at);
    let stat;
    try {
      stat = statSync(absolutePattern);
    } catch {
      throw new InputError(`${displayPath(workspace, absolutePattern)}: no such file`, at);
    }
    if (!stat.isFile()) throw new InputError(`${displayPath(workspace, absolutePattern)}: not a file`, at);
    return [absolutePattern];
  }
  const posix = absolutePattern.split(path.sep).join('/');
  const segments = posix.split('/');
  const staticSegments: string[] = [];
  for (const segment of segments) {
    if (hasMagic(segment)) break;
    staticSegments.push(segment);
  }
  const root = staticSegments.join('/') || '/';
  assertInsideWorkspace(workspace, root, at);
  const found: string[] = [];
  await walk(root, posix, found, workspace, at, maxFiles);
  return found.sort();
}

async function walk(
  dir: string,
  pattern: string,
  found: string[],
  workspace: string,
  at: Location | undefined,
  maxFiles: number,
): Promise<void> {
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name === 'node_modules' || entry.name === '.git') continue;
    const full = `${dir === '/' ? '' : dir}/${entry.name}`;
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const stat = statSync(full);
        isDir = stat.isDirectory();
        isFile = stat.isFile();
      } catch {
        continue;
      }
      if (isDir) continue; // never follow directory links: they can loop or lead out
    }
    if (isDir) {
      if (minimatch(full, pattern, { partial: true, dot: false })) {
        await walk(full, pattern, found, workspace, at, maxFiles);
      }
    } else if (isFile && minimatch(full, pattern, { dot: false })) {
      assertInsideWorkspace(workspace, full, at);
      found.push(full);
      if (found.length > maxFiles) {
        throw new InputError(
          `the pattern matches more than ${maxFiles} files; narrow it so a scan stays bounded`,
          at,
        );
      }
    }
  }
}

/** The chunks a source file's stream reads (the last one shorter). */
export const STREAM_CHUNK_BYTES = 1 << 20;

/** Opens a file for streaming, gunzipping `.gz`; errors surface when the stream is read. */
export function openSourceFile(absolutePath: string, workspace: string): SourceFile {
  const size = statSync(absolutePath).size;
  return {
    absolutePath,
    path: relativeToWorkspace(workspace, absolutePath),
    size,
    open(): Readable {
      const raw = createReadStream(absolutePath, { highWaterMark: STREAM_CHUNK_BYTES });
      if (!absolutePath.endsWith('.gz')) return raw;
      const gunzip = zlibModule().createGunzip();
      raw.on('error', (error) => gunzip.destroy(error));
      return raw.pipe(gunzip);
    },
  };
}

/** A plain file that can be read at any offset (not gzipped, not an API listing held in memory). */
export function plainFileOnDisk(file: SourceFile): boolean {
  if (file.absolutePath.endsWith('.gz')) return false;
  try {
    const stat = statSync(file.absolutePath);
    return stat.isFile() && stat.size === file.size;
  } catch {
    return false;
  }
}

/**
 * The first `bytes` of a plain file on disk (at most STREAM_CHUNK_BYTES: the first chunk its stream
 * gives, or less), read at once: a reader that only looks at a file's first bytes before reading it
 * through needs no stream for that, which would read and count the lines of a whole chunk. Undefined
 * when the file is not a plain file on disk as listed, or cannot be read (the stream then reports it).
 */
export function fileHead(file: SourceFile, bytes = STREAM_CHUNK_BYTES): Buffer | undefined {
  if (!plainFileOnDisk(file)) return undefined;
  let fd: number | undefined;
  try {
    fd = openSync(file.absolutePath, 'r');
    const buffer = Buffer.allocUnsafe(Math.min(bytes, STREAM_CHUNK_BYTES, file.size));
    let read = 0;
    while (read < buffer.length) {
      const n = readSync(fd, buffer, read, buffer.length - read, read);
      if (n === 0) break;
      read += n;
    }
    return buffer.subarray(0, read);
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
