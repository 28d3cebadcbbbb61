// What read.ts needs to know about how far a file was read. A file that stops early (a truncated
// .gz, a quote never closed that swallows the rest, a JSON array cut short) or that changes while it
// is read cannot prove that anyone was idle: its silence may be the part that was never read. The
// streaming helpers mark such a stream; the framework counts lines so an early end has a line too.
import { statSync } from 'node:fs';
import { pipeline, Transform, type Readable } from 'node:stream';
import type { SourceFile } from './types.js';

interface Incomplete {
  line: number;
  reason: string;
}

const incompleteStreams = new WeakMap<object, Incomplete>();

/** Called by a streaming helper that stops before the end of `stream`: the rest of the file is lost. */
export function markIncomplete(stream: Readable, line: number, reason: string): void {
  if (!incompleteStreams.has(stream)) incompleteStreams.set(stream, { line, reason });
}

/** A file whose streams count their lines and remember whether a helper gave up on them. */
export interface TrackedFile {
  file: SourceFile;
  /** The line the most recently opened stream had reached (1-based): where an early end happened. */
  line(): number;
  /** The first place a helper stopped reading early, if one did. */
  incomplete(): Incomplete | undefined;
  /** Why the file is not the one that was opened (size or modification time moved), if it changed. */
  changed(): string | undefined;
}

/** Wraps `file` so that every stream it opens is tracked. */
export function trackFile(file: SourceFile, onDisk: boolean): TrackedFile {
  const before = onDisk ? fingerprint(file.absolutePath) : undefined;
  let current: LineCounter | undefined;
  const opened: LineCounter[] = [];
  const tracked: SourceFile = {
    ...file,
    open(): Readable {
      const counter = new LineCounter();
      // pipeline: an error of the source reaches the reader, and a reader that stops early (a sniff of
      // the first bytes) closes the file behind it.
      pipeline(file.open(), counter, () => {});
      current = counter;
      opened.push(counter);
      return counter;
    },
  };
  return {
    file: tracked,
    line: () => (current ? current.lines + 1 : 1),
    incomplete() {
      for (const stream of opened) {
        const mark = incompleteStreams.get(stream);
        if (mark) return mark;
      }
      return undefined;
    },
    changed() {
      if (before === undefined) return undefined;
      const after = fingerprint(file.absolutePath);
      if (after === undefined) return 'it was removed while it was read';
      if (after.size !== before.size)
        return `its size went from ${before.size} to ${after.size} bytes while it was read`;
      if (after.mtimeMs !== before.mtimeMs) return 'it was modified while it was read';
      return undefined;
    },
  };
}

function fingerprint(absolutePath: string): { size: number; mtimeMs: number } | undefined {
  try {
    const { size, mtimeMs } = statSync(absolutePath);
    return { size, mtimeMs };
  } catch {
    return undefined;
  }
}

class LineCounter extends Transform {
  lines = 0;

  override _transform(
    chunk: Buffer,
    _encoding: BufferEncoding,
    done: (error?: Error | null, data?: Buffer) => void,
  ): void {
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) this.lines++;
    done(null, chunk);
  }
}
