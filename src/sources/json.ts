// Streams JSON exports in the three shapes vendors write: a top-level array (each element is a
// record, parsed one at a time), JSON lines (each line is a record; a broken line is one rejected
// record, not the end of the file), or one document (a pretty-printed envelope such as
// {"value": [...]} or {"total_count": 2, "secrets": [...]}), which is parsed whole up to a size limit.
import type { Readable } from 'node:stream';
import { jsonErrorOffset } from './json-error.js';
import { forEachLine, MAX_LINE_BYTES } from './lines.js';
import { markIncomplete } from './tracked-file.js';

export const MAX_DOCUMENT_BYTES = 256 * 1024 * 1024;
export const MAX_DEPTH = 256;

export interface JsonHandlers {
  /** One record: an array element, a line, or the whole document. */
  record(value: unknown, line: number): void;
  error(line: number, reason: string): void;
}

export type JsonShape = 'array' | 'lines' | 'document';

/** Reads records from a JSON export, whichever of the three shapes it is. Returns the shape found. */
export async function forEachJsonRecord(open: () => Readable, handlers: JsonHandlers): Promise<JsonShape> {
  const shape = await sniff(open());
  if (shape === 'array') await streamArray(open(), handlers);
  else if (shape === 'lines') await streamLines(open(), handlers);
  else await readDocument(open(), handlers);
  return shape;
}

/** Which of the three shapes a JSON export is, from its first bytes (forEachJsonRecord decides so). */
export async function sniff(stream: Readable): Promise<JsonShape> {
  let head = '';
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    head += chunk.toString('utf8');
    if (head.length >= SNIFF_CHARS) break;
  }
  stream.destroy();
  return shapeOf(head);
}

/** The characters sniff reads at least (or the whole file). */
export const SNIFF_CHARS = 65536;

/**
 * shapeOf's decision from the start of the text alone, when that settles it whatever follows: an array,
 * or a first line that ends within it and is an object or not JSON's; undefined otherwise.
 */
export function shapeOfStart(start: string): JsonShape | undefined {
  const text = start.replace(/^\uFEFF/, '').trimStart();
  if (text[0] === '[') return 'array';
  const newline = text.indexOf('\n');
  if (newline === -1) return undefined;
  if (text[0] !== '{' || parsesAsObject(text.slice(0, newline).trim())) return 'lines';
  return undefined;
}

/** sniff's decision on the text it read: the file's first chunks, decoded one by one. */
export function shapeOf(head: string): JsonShape {
  const settled = shapeOfStart(head);
  if (settled) return settled;
  const text = head.replace(/^\uFEFF/, '').trimStart();
  const newline = text.indexOf('\n');
  // A first line longer than the sniffed head: a long JSON line (a pretty-printed document starts short).
  if (newline === -1) return 'lines';
  // A broken first line of JSON lines, followed by an unindented record that parses on its own line,
  // is still JSON lines; a pretty-printed document indents what follows its opening brace.
  const rest = text.slice(newline + 1).split('\n', 3);
  const next = rest.find((line) => line.trim() !== '');
  if (next !== undefined && next.startsWith('{') && parsesAsObject(next.trim())) return 'lines';
  return 'document';
}

function parsesAsObject(text: string): boolean {
  if (!text.startsWith('{')) return false;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null;
  } catch {
    return false;
  }
}

async function streamLines(stream: Readable, handlers: JsonHandlers): Promise<void> {
  await forEachLine(stream, {
    line(text, n) {
      const t = text.trim();
      if (t === '') return;
      try {
        handlers.record(JSON.parse(t), n);
      } catch (error) {
        handlers.error(n, `not valid JSON: ${jsonReason(error)}`);
      }
    },
    tooLong(n, bytes) {
      handlers.error(n, `line of ${bytes} bytes is over the ${MAX_LINE_BYTES}-byte limit`);
    },
  });
}

async function readDocument(stream: Readable, handlers: JsonHandlers): Promise<void> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_DOCUMENT_BYTES) {
      stream.destroy();
      const reason = `a single JSON document over ${MAX_DOCUMENT_BYTES} bytes; export it as JSON lines`;
      markIncomplete(stream, 1, reason);
      handlers.error(1, reason);
      return;
    }
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    // One document: an error anywhere loses all of it.
    const line = lineOfJsonError(text, error);
    markIncomplete(stream, line, 'not valid JSON');
    handlers.error(line, `not valid JSON: ${jsonReason(error)}`);
    return;
  }
  handlers.record(value, 1);
}

/** Streams the elements of a top-level array, tracking strings and depth over raw bytes. */
async function streamArray(stream: Readable, handlers: JsonHandlers): Promise<void> {
  let line = 1;
  let depth = 0; // 0 = outside the array, 1 = between elements, >1 = inside an element
  let inString = false;
  let escaped = false;
  let parts: Buffer[] = [];
  let partBytes = 0;
  let elementLine = 0;
  let inElement = false;
  let scalarElement = false;
  let closed = false;
  let tooBig = false;
  let first = true;

  const finish = (): void => {
    const text = Buffer.concat(parts).toString('utf8');
    parts = [];
    partBytes = 0;
    inElement = false;
    scalarElement = false;
    if (tooBig) {
      tooBig = false;
      handlers.error(elementLine, `array element over ${MAX_LINE_BYTES} bytes`);
      return;
    }
    try {
      handlers.record(JSON.parse(text), elementLine);
    } catch (error) {
      handlers.error(elementLine, `not valid JSON: ${jsonReason(error)}`);
    }
  };

  for await (const chunk of stream as AsyncIterable<Buffer>) {
    let start = 0;
    if (first) {
      first = false;
      if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) start = 3;
    }
    let segmentStart = inElement ? start : -1;
    for (let i = start; i < chunk.length; i++) {
      const b = chunk[i];
      if (b === 10) line++;
      if (closed) continue;
      if (inString) {
        if (escaped) escaped = false;
        else if (b === 92) escaped = true;
        else if (b === 34) {
          inString = false;
          if (scalarElement && depth === 1) {
            append(chunk.subarray(segmentStart, i + 1));
            segmentStart = -1;
            finish();
          }
        }
        continue;
      }
      if (depth === 0) {
        // Between arrays: `gh api --paginate` writes one array per page, back to back.
        if (b === 91) depth = 1;
        else if (!(b === 32 || b === 10 || b === 13 || b === 9)) {
          markIncomplete(stream, line, 'unexpected data after the JSON array');
          handlers.error(line, 'unexpected data after the JSON array');
          closed = true;
        }
        continue;
      }
      if (depth === 1 && !inElement) {
        if (b === 32 || b === 10 || b === 13 || b === 9 || b === 44) continue;
        if (b === 93) {
          depth = 0;
          continue;
        }
        inElement = true;
        elementLine = line;
        segmentStart = i;
        if (b === 123 || b === 91) depth++;
        else {
          scalarElement = true;
          if (b === 34) inString = true;
        }
        continue;
      }
      if (b === 34) inString = true;
      else if (b === 123 || b === 91) {
        depth++;
        if (depth > MAX_DEPTH) {
          markIncomplete(stream, line, `nesting deeper than ${MAX_DEPTH} levels`);
          handlers.error(line, `nesting deeper than ${MAX_DEPTH} levels`);
          closed = true;
          parts = [];
          inElement = false;
        }
      } else if (b === 125 || b === 93) {
        if (scalarElement && depth === 1) {
          // A scalar element ends at the array's closing bracket.
          append(chunk.subarray(segmentStart, i));
          segmentStart = -1;
          finish();
          depth = 0;
          continue;
        }
        depth--;
        if (depth === 1 && inElement) {
          append(chunk.subarray(segmentStart, i + 1));
          segmentStart = -1;
          finish();
        }
      } else if (b === 44 && scalarElement && depth === 1) {
        append(chunk.subarray(segmentStart, i));
        segmentStart = -1;
        finish();
      }
    }
    if (inElement && segmentStart !== -1) append(chunk.subarray(segmentStart));
  }
  if (!closed && (inElement || depth > 0)) {
    const reason = 'the JSON array ends before it is closed (truncated file?)';
    markIncomplete(stream, inElement ? elementLine : line, reason);
    handlers.error(inElement ? elementLine : line, reason);
  }

  function append(piece: Buffer): void {
    if (tooBig) return;
    partBytes += piece.length;
    if (partBytes > MAX_LINE_BYTES) {
      tooBig = true;
      parts = [];
      return;
    }
    parts.push(Buffer.from(piece));
  }
}

/** Why JSON.parse failed, without quoting the data. */
export function jsonReason(error: unknown): string {
  let reason = error instanceof Error ? error.message : String(error);
  // Node quotes a slice of the input in some messages; keep only the explanation, never the data.
  if (reason.endsWith(' is not valid JSON')) {
    const quoted = reason.search(/,? (?:\.\.\.)?"/);
    reason = quoted > 0 ? reason.slice(0, quoted) : 'malformed value';
  }
  // Node 22+ appends "(line 1 column 82)": the record's own line is reported already, and the same
  // input should give the same report on every supported Node.
  reason = reason.replace(/ \(line \d+ column \d+\)$/, '');
  return reason.slice(0, 120);
}

function lineOfJsonError(text: string, error: unknown): number {
  const m = /position (\d+)/.exec(error instanceof Error ? error.message : '');
  let pos = m ? Number(m[1]) : jsonErrorOffset(text);
  if (pos < 0) return 1;
  pos = Math.min(pos, text.length);
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < pos; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
