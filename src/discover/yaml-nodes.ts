// Small helpers over the yaml package's node tree: every discovered declaration needs the line its
// node starts on, and workflows and manifests are read as nodes (not plain data) to keep positions.
import { isMap, isScalar, isSeq, LineCounter, parseAllDocuments } from 'yaml';
import type { Document, Node, YAMLMap } from 'yaml';

/** Aliases expanded per file: enough for real manifests, too few for a billion-laughs document. */
const MAX_ALIAS_COUNT = 100;

export interface YamlFile {
  text: string;
  documents: Document.Parsed[];
  lineCounter: LineCounter;
}

/** Parses every document of a YAML stream; documents with errors are left out, their first error returned. */
export function parseYamlStream(text: string): {
  file: YamlFile;
  errors: { line: number; reason: string }[];
} {
  const lineCounter = new LineCounter();
  const parsed = parseAllDocuments(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
  const all = Array.isArray(parsed) ? parsed : [];
  const errors: { line: number; reason: string }[] = [];
  const documents: Document.Parsed[] = [];
  for (const doc of all) {
    if (doc.errors.length > 0) {
      const first = doc.errors[0];
      errors.push({ line: lineCounter.linePos(first.pos[0]).line, reason: first.message.split('\n')[0] });
      continue;
    }
    documents.push(doc);
  }
  return { file: { text, documents, lineCounter }, errors };
}

/** 1-based line where a node starts. */
export function lineOf(file: YamlFile, node: Node | null | undefined, fallback = 1): number {
  const start = node?.range?.[0];
  return start === undefined ? fallback : file.lineCounter.linePos(start).line;
}

/** The value node at `key` of a map node, or undefined. */
export function child(node: unknown, key: string): Node | undefined {
  if (!isMap(node)) return undefined;
  const value = (node as YAMLMap).get(key, true);
  return (value ?? undefined) as Node | undefined;
}

/** The string value of a scalar node (numbers and booleans written as text), or undefined. */
export function text(node: unknown): string | undefined {
  if (!isScalar(node)) return undefined;
  const value = node.value;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/** The items of a sequence node (empty for anything else). */
export function items(node: unknown): Node[] {
  return isSeq(node) ? (node.items as Node[]) : [];
}

/** The key/value pairs of a map node, keys as text. */
export function entries(node: unknown): [string, Node | undefined, Node][] {
  if (!isMap(node)) return [];
  const out: [string, Node | undefined, Node][] = [];
  for (const pair of node.items) {
    const key = text(pair.key);
    if (key !== undefined) out.push([key, (pair.value ?? undefined) as Node | undefined, pair.key as Node]);
  }
  return out;
}

/** Plain data of a node, aliases expanded within a small budget (undefined when over it). */
export function toData(doc: Document.Parsed): unknown {
  try {
    return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    return undefined;
  }
}
