// Writes a report to a file. A report of a large scan is megabytes of JSON or SARIF: written whole,
// Node first encodes it into one buffer as large as the text (fresh memory, paged in at 10–15 µs a page
// on a small virtual runner). Written a slice at a time through one reused buffer, it costs no more
// memory than the slice, and the file is the same bytes.
import { closeSync, openSync, writeSync } from 'node:fs';

/** UTF-16 code units encoded at a time: at most three UTF-8 bytes each, so the buffer always holds them. */
const SLICE = 1 << 14;

/** Writes `text` to `file` as UTF-8, replacing it. */
export function writeText(file: string, text: string): void {
  const fd = openSync(file, 'w');
  try {
    const buffer = Buffer.allocUnsafe(SLICE * 3);
    for (let at = 0; at < text.length;) {
      let end = Math.min(text.length, at + SLICE);
      // Never between the two halves of a surrogate pair: each half alone would be written as U+FFFD.
      const last = text.charCodeAt(end - 1);
      if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
      const bytes = buffer.write(text.slice(at, end), 'utf8');
      for (let written = 0; written < bytes;) written += writeSync(fd, buffer, written, bytes - written);
      at = end;
    }
  } finally {
    closeSync(fd);
  }
}
