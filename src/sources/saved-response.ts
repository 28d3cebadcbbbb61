// Helpers shared by the readers of saved cloud API responses (AWS CLI, gcloud, Microsoft Graph). Such a
// response arrives as the API returns it (a bare array, or the documented envelope such as
// {"value": [...]}), as a list of pages, or as one object; these helpers walk any of those down to the
// items, recognise a record read again from an overlapping export, and read fields defensively.
import { createHash } from './lazy-modules.js';
import type { RecordSink } from '../model/records.js';
import type { SourceFile } from './types.js';
import { forEachJsonRecord } from './json.js';
import { parseTimeValue } from './parse-time.js';

/** An item of a saved response, with where it sits inside its JSON record (for messages). */
export interface Item {
  value: unknown;
  /** `value[3]`, `[1].findings[0]`; empty for a record that is itself the item. */
  path: string;
}

/** How deep pages and envelopes may nest before a value is taken as it is. */
const MAX_ENVELOPE_DEPTH = 6;

/** Walks one JSON record (array element, line or document) down to its items. */
export function itemsOf(record: unknown, envelopeKeys: readonly string[]): Item[] {
  const items: Item[] = [];
  const walk = (value: unknown, path: string, depth: number): void => {
    if (depth < MAX_ENVELOPE_DEPTH) {
      if (Array.isArray(value)) {
        value.forEach((element, i) => walk(element, `${path}[${i}]`, depth + 1));
        return;
      }
      if (isObject(value)) {
        for (const key of envelopeKeys) {
          const inner = value[key];
          if (Array.isArray(inner) || isObject(inner)) {
            walk(inner, path === '' ? key : `${path}.${key}`, depth + 1);
            return;
          }
        }
      }
    }
    items.push({ value, path });
  };
  walk(record, '', 0);
  return items;
}

/** Reads every item of a saved response file; `item` must call accept() or reject() once per item. */
export async function forEachItem(
  file: SourceFile,
  sink: RecordSink,
  envelopeKeys: readonly string[],
  item: (value: unknown, line: number, at: string) => void,
): Promise<void> {
  await forEachJsonRecord(() => file.open(), {
    record(value, line) {
      for (const found of itemsOf(value, envelopeKeys)) item(found.value, line, found.path);
    },
    error(line, reason) {
      sink.reject(line, reason);
    },
  });
}

/** A reason prefixed with the item's place inside its record, when it has one. */
export function where(at: string, reason: string): string {
  return at === '' ? reason : `${at.replace(/^\./, '')}: ${reason}`;
}

/**
 * Remembers records by a fingerprint of what they yield, so an identical record read again from an
 * overlapping export is one record. A digest keeps memory per record small and fixed.
 */
export class SeenRecords {
  private readonly seen = new Set<string>();

  /** True the first time this content is offered, false for a repeat. */
  first(content: unknown): boolean {
    const digest = createHash('sha1').update(JSON.stringify(content)).digest('base64');
    if (this.seen.has(digest)) return false;
    this.seen.add(digest);
    return true;
  }
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A non-empty string field, trimmed, or undefined. */
export function text(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/**
 * A time field: absent or null → undefined; present but not a time → an error message.
 * Returns `{ t }` or `{ error }` so the caller can reject with its own context.
 */
export function timeField(record: Record<string, unknown>, field: string): { t?: number; error?: string } {
  const raw = record[field];
  if (raw === undefined || raw === null || raw === '') return {};
  const t = parseTimeValue(raw);
  if (t === undefined) return { error: `${field} is not a time` };
  return { t };
}
