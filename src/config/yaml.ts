// Reads one inventory file into a YAML document that remembers where every node came from, so each
// error and each declaration can point at its own line. Hostile input is bounded here: file size,
// binary content, alias expansion and nesting depth all fail with a ConfigurationError, never a crash.
import { promises as fs } from 'node:fs';
import { Composer, isAlias, isMap, isPair, isScalar, isSeq, Lexer, LineCounter, Parser } from 'yaml';
import type { CST, Document, Node } from 'yaml';
import type { Location } from '../model/config.js';
import { ConfigurationError, InputError } from '../model/errors.js';
import { excerpt, safeReason } from '../sources/excerpt.js';
import { relativeToWorkspace } from '../sources/files.js';

export const MAX_CONFIG_BYTES = 5 * 1024 * 1024;
/** Aliases expanded per file: enough for shared anchors, too few for a billion-laughs document. */
export const MAX_ALIAS_COUNT = 100;
/** An inventory needs six levels; anything far deeper is a mistake or an attack. */
export const MAX_DEPTH = 32;
/**
 * Items of a list inside an entry (principals, credentials, suppress). The schema validator's work
 * grows with the square of the errors in one such list, so a hostile one must stay short.
 */
export const MAX_NESTED_LIST = 10_000;

export type PathSegment = string | number;

export interface ParsedFile {
  absolutePath: string;
  /** Relative to the workspace, forward slashes. */
  path: string;
  text: string;
  doc: Document.Parsed;
  lineCounter: LineCounter;
  /** The document as plain data, aliases expanded. */
  data: unknown;
  /** Comments, which the document keeps apart from values (a token pasted there leaks all the same). */
  comments: YamlComment[];
}

export interface YamlComment {
  offset: number;
  source: string;
}

/** Reads and parses `absolutePath`; every problem is an InputError or ConfigurationError with a place. */
export async function readYamlFile(
  absolutePath: string,
  workspace: string,
  at?: Location,
): Promise<ParsedFile> {
  const path = relativeToWorkspace(workspace, absolutePath);
  let bytes: Buffer;
  try {
    const stat = await fs.stat(absolutePath);
    if (!stat.isFile()) throw new InputError(`${path}: not a file`, at);
    if (stat.size > MAX_CONFIG_BYTES) throw tooLarge(path, at);
    bytes = await fs.readFile(absolutePath);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EACCES'
          ? 'permission denied'
          : `cannot be read (${code ?? 'unknown error'})`;
    throw new InputError(`${path}: ${reason}`, at);
  }
  if (bytes.length > MAX_CONFIG_BYTES) throw tooLarge(path, at);
  return parseYamlText(decode(bytes, path), path, absolutePath);
}

function tooLarge(path: string, at?: Location): InputError {
  return new InputError(
    `${path}: larger than ${MAX_CONFIG_BYTES / 1024 / 1024} MiB; an inventory this big is not plausible`,
    at,
  );
}

function decode(bytes: Buffer, path: string): string {
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    const before = bytes.subarray(0, nul).toString('utf8');
    throw new ConfigurationError(
      'contains a NUL byte, expected a YAML text file',
      positionIn(before, before.length, path),
    );
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const lenient = bytes.toString('utf8');
    throw new ConfigurationError(
      'is not valid UTF-8, expected a YAML text file',
      positionIn(lenient, lenient.indexOf('\uFFFD'), path),
    );
  }
  // A byte-order mark is invisible in editors: drop it so columns match what the user sees.
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function positionIn(text: string, offset: number, path: string): Location {
  const upTo = text.slice(0, Math.max(0, offset));
  const lines = upTo.split('\n');
  return { path, line: lines.length, column: lines[lines.length - 1].length + 1 };
}

/** Parses YAML text (already decoded) with the same bounds and errors as a file. */
export function parseYamlText(text: string, path: string, absolutePath = path): ParsedFile {
  const lineCounter = new LineCounter();
  const comments: YamlComment[] = [];
  // YAML 1.2 core schema: no timestamp type, so dates stay strings and are parsed by us; `yes` stays text.
  const composer = new Composer({
    version: '1.2',
    schema: 'core',
    // Duplicate keys are found by checkDuplicateKeys: the library's own check compares each key with
    // every earlier one, and a mapping of 20,000 keys then takes minutes.
    uniqueKeys: false,
    strict: true,
    merge: false,
  });
  const tokens = withComments(boundedParse(text, lineCounter, path), comments);
  const [doc, extra] = composer.compose(tokens, true, text.length);
  if (extra) {
    throw new ConfigurationError(
      'holds more than one YAML document (---), expected one',
      offsetIn(lineCounter, path, extra.range[0]),
    );
  }
  const problem = doc.errors[0] ?? doc.warnings[0];
  if (problem) {
    const { line, col } = lineCounter.linePos(problem.pos[0]);
    const location: Location = { path, line, column: col };
    throw new ConfigurationError(yamlMessage(problem.code, problem.message, text, problem.pos[0]), location);
  }
  const file: ParsedFile = { absolutePath, path, text, doc, lineCounter, data: undefined, comments };
  checkDepth(file);
  checkDuplicateKeys(file);
  try {
    file.data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (error instanceof RangeError)
      throw new ConfigurationError('is nested too deeply to read', { path, line: 1, column: 1 });
    throw new ConfigurationError(
      `expands aliases (*name) more than ${MAX_ALIAS_COUNT} times, expected a plain inventory`,
      { path, line: 1, column: 1 },
    );
  }
  return file;
}

function yamlMessage(code: string, message: string, text: string, offset: number): string {
  if (code === 'DUPLICATE_KEY') {
    const key = /^\s*("[^"\n]*"|'[^'\n]*'|[^:#\n]+?)\s*:/.exec(text.slice(offset, offset + 200))?.[1];
    // The key is text from the file: a token pasted as a key must not come back in the message.
    return `duplicate key${key ? ` ${excerpt(key.replace(/^["']|["']$/g, ''))}` : ''}, expected each key once in a mapping`;
  }
  if (code === 'TAG_RESOLVE_FAILED') {
    const tag = /^Unresolved tag: (.*?)\.?$/.exec(message)?.[1] ?? '?';
    return `Unresolved tag: ${excerpt(tag, { quoted: false })}, expected plain values without YAML tags`;
  }
  if (/call stack/i.test(message)) return 'is nested too deeply to read';
  return `invalid YAML: ${safeReason(message.replace(/\s+/g, ' ').replace(/\.$/, ''))}`;
}

/** Nesting the parser builds before checkDepth can see it: far above MAX_DEPTH, far below a crash. */
const MAX_PARSE_DEPTH = 1_000;

/**
 * Parser.parse, fed one lexical token at a time so that nesting is bounded while the text is read:
 * the parser holds a stack entry per open level, and 5 MiB of `[` (or of `- ` on one line) would
 * otherwise exhaust memory before any check ran. Flow brackets and, in block context, the `-` and `?`
 * indicators on one line are the only ways to open many levels without many lines.
 */
function* boundedParse(text: string, lineCounter: LineCounter, path: string): Generator<CST.Token> {
  const parser = new Parser(lineCounter.addNewLine);
  lineCounter.addNewLine(0);
  let flow = 0;
  let onLine = 0;
  for (const lexeme of new Lexer().lex(text)) {
    if (lexeme === '[' || lexeme === '{') flow++;
    else if (lexeme === ']' || lexeme === '}') flow = Math.max(0, flow - 1);
    else if (lexeme === '\n' || lexeme === '\r\n') onLine = 0;
    else if (flow === 0 && (lexeme === '-' || lexeme === '?')) onLine++;
    if (flow + onLine > MAX_PARSE_DEPTH) {
      throw new ConfigurationError(
        `is nested more than ${MAX_DEPTH} levels deep, expected the shallow layout of lastseen.yml`,
        offsetIn(lineCounter, path, parser.offset),
      );
    }
    yield* parser.next(lexeme);
  }
  yield* parser.end();
}

/** Passes CST tokens through to the composer, noting every comment on the way (one parse, not two). */
function* withComments(tokens: Iterable<CST.Token>, out: YamlComment[]): Generator<CST.Token> {
  for (const token of tokens) {
    const stack: unknown[] = [token];
    while (stack.length > 0) {
      const item = stack.pop();
      if (item === null || typeof item !== 'object') continue;
      const { type, offset, source } = item as { type?: unknown; offset?: unknown; source?: unknown };
      if (type === 'comment' && typeof offset === 'number' && typeof source === 'string') {
        out.push({ offset, source });
        continue;
      }
      // One push per child: a flat list of 100k items is too many arguments for push(...items).
      for (const child of Array.isArray(item) ? item : Object.values(item)) stack.push(child);
    }
    yield token;
  }
}

function offsetIn(lineCounter: LineCounter, path: string, offset: number): Location {
  const { line, col } = lineCounter.linePos(offset);
  return { path, line, column: col };
}

/** Rejects a mapping that names a key twice, at the first such key in the file; linear in the document. */
function checkDuplicateKeys(file: ParsedFile): void {
  let first: { key: string; node: Node; offset: number } | undefined;
  const stack: unknown[] = [file.doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!isMap(node) && !isSeq(node)) continue;
    const seen = new Set<string>();
    for (const item of node.items) {
      if (!isPair(item)) {
        stack.push(item);
        continue;
      }
      const key = keyText(item.key);
      const offset = (item.key as Node | null)?.range?.[0] ?? 0;
      if (seen.has(key) && (first === undefined || offset < first.offset)) {
        first = { key, node: item.key as Node, offset };
      }
      seen.add(key);
      stack.push(item.key, item.value);
    }
  }
  if (first) {
    throw new ConfigurationError(
      `duplicate key ${excerpt(first.key)}, expected each key once in a mapping`,
      nodeLocation(file, first.node),
    );
  }
}

/**
 * Rejects documents nested deeper than MAX_DEPTH, or with an entry's list longer than MAX_NESTED_LIST,
 * iteratively, before anything recurses over them.
 */
function checkDepth(file: ParsedFile): void {
  const stack: { node: unknown; depth: number }[] = [{ node: file.doc.contents, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (!isMap(node) && !isSeq(node)) continue;
    if (depth >= MAX_DEPTH) {
      throw new ConfigurationError(
        `is nested more than ${MAX_DEPTH} levels deep, expected the shallow layout of lastseen.yml`,
        nodeLocation(file, node),
      );
    }
    // Depth 1 holds the top-level lists (identities, sources), which may be long.
    if (isSeq(node) && depth >= 2 && node.items.length > MAX_NESTED_LIST) {
      throw new ConfigurationError(
        `holds a list of ${node.items.length} items, expected at most ${MAX_NESTED_LIST} here`,
        nodeLocation(file, node),
      );
    }
    for (const item of node.items) {
      if (isPair(item)) {
        stack.push({ node: item.key, depth: depth + 1 }, { node: item.value, depth: depth + 1 });
      } else {
        stack.push({ node: item, depth: depth + 1 });
      }
    }
  }
}

/** The place where `node` starts, or the start of the file. */
export function nodeLocation(file: ParsedFile, node: unknown): Location {
  const range = (node as Node | null | undefined)?.range;
  if (!range) return { path: file.path, line: 1, column: 1 };
  const { line, col } = file.lineCounter.linePos(range[0]);
  return { path: file.path, line, column: col };
}

/** The location of an offset in the file. */
export function offsetLocation(file: ParsedFile, offset: number): Location {
  const { line, col } = file.lineCounter.linePos(offset);
  return { path: file.path, line, column: col };
}

interface Found {
  node: unknown;
  /** The key node of the last mapping step, when the path ended in a mapping. */
  key?: unknown;
}

/** Walks the document along a data path (as ajv reports it), following aliases. */
export function findNode(file: ParsedFile, at: readonly PathSegment[]): Found | undefined {
  let found: Found = { node: file.doc.contents };
  for (const segment of at) {
    let node = found.node;
    if (isAlias(node)) node = node.resolve(file.doc);
    if (isMap(node)) {
      const pair = node.items.find((item) => keyText(item.key) === String(segment));
      if (!pair) return undefined;
      found = { node: pair.value, key: pair.key };
    } else if (isSeq(node)) {
      const item = node.items[Number(segment)];
      if (item === undefined) return undefined;
      found = { node: item };
    } else {
      return undefined;
    }
  }
  return found;
}

/** The text a mapping key stands for, the way toJS turns it into a property name. */
export function keyText(key: unknown): string {
  if (isScalar(key)) return String(key.value);
  return String(key);
}

/**
 * Where the node at `at` is. `part: 'key'` points at the mapping key instead of its value (an unknown
 * key's own line). Falls back to the nearest ancestor that exists.
 */
export function locate(
  file: ParsedFile,
  at: readonly PathSegment[],
  part: 'value' | 'key' = 'value',
): Location {
  for (let length = at.length; length >= 0; length--) {
    const found = findNode(file, at.slice(0, length));
    if (!found) continue;
    const preferKey = part === 'key' && length === at.length;
    const node = preferKey && found.key ? found.key : found.node;
    const range = (node as Node | null | undefined)?.range;
    // An empty value (`owner:`) has a zero-width range after the colon: point at its key instead.
    if (range && range[1] > range[0]) return nodeLocation(file, node);
    if (found.key) return nodeLocation(file, found.key);
    if (range) return nodeLocation(file, node);
  }
  return { path: file.path, line: 1, column: 1 };
}
