// Finds the items of a saved API response on top of saved-response.ts (an array, the documented
// envelope, a list of pages), adding what the GitHub and SaaS readers need besides: an object keyed by
// the repository's full name for per-repository endpoints (DESIGN.md §3), and a saved error body
// (GitHub's {"message", "documentation_url"}, Slack's {"ok": false, "error"}) reported as such instead of
// as a malformed item. Containers are not records; each item is, so a reader calls accept() or reject()
// once per item and records = accepted + rejected holds.
import { forEachJsonRecord } from './json.js';
import { parseTimeValue } from './parse-time.js';
import { isObject, itemsOf, where } from './saved-response.js';
import type { SourceFile } from './types.js';

/** How a reader's items are wrapped. */
export interface ItemShape {
  /** Keys of the documented envelope whose array holds the items ("secrets", "installations"). */
  envelope?: readonly string[];
  /** Accept {"owner/repo": <response>} for per-repository endpoints. */
  keyedByRepository?: boolean;
}

/** Where an item sits, for messages and for readers that need the repository. */
export interface ItemPlace {
  line: number;
  /** The repository full name when the file is keyed by repository. */
  repository?: string;
  /** Where the item sits inside its JSON record ("[3]", "octo/app[2]"); empty for a whole record. */
  path: string;
}

export interface ItemHandlers {
  item(value: Record<string, unknown>, place: ItemPlace): void;
  reject(line: number, reason: string): void;
}

const REPOSITORY = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;

/** Streams `file` and calls `handlers.item` for every item of the response, however it is wrapped. */
export async function forEachJsonItem(
  file: SourceFile,
  shape: ItemShape,
  handlers: ItemHandlers,
): Promise<void> {
  const envelope = shape.envelope ?? [];
  const offer = (value: unknown, place: ItemPlace): void => {
    if (!isObject(value)) {
      handlers.reject(place.line, where(place.path, `expected an object, found ${describe(value)}`));
      return;
    }
    const apiError = errorMessage(value);
    if (apiError !== undefined) {
      handlers.reject(place.line, where(place.path, `the saved response is an API error: ${apiError}`));
      return;
    }
    handlers.item(value, place);
  };
  await forEachJsonRecord(() => file.open(), {
    record(record, line) {
      for (const found of itemsOf(record, envelope)) {
        const repositories = shape.keyedByRepository ? repositoryKeys(found.value) : undefined;
        if (repositories === undefined) {
          offer(found.value, { line, path: found.path });
          continue;
        }
        const byRepository = found.value as Record<string, unknown>;
        for (const repository of repositories) {
          for (const inner of itemsOf(byRepository[repository], envelope)) {
            const path =
              inner.path === '' || inner.path.startsWith('[')
                ? repository + inner.path
                : `${repository}.${inner.path}`;
            offer(inner.value, { line, repository, path });
          }
        }
      }
    },
    error(line, reason) {
      handlers.reject(line, reason);
    },
  });
}

function repositoryKeys(value: unknown): string[] | undefined {
  if (!isObject(value)) return undefined;
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((k) => REPOSITORY.test(k)) ? keys : undefined;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

/** GitHub ({"message", "documentation_url"}) and Slack ({"ok": false, "error"}) error bodies. */
function errorMessage(value: Record<string, unknown>): string | undefined {
  if (typeof value.message === 'string' && typeof value.documentation_url === 'string')
    return value.message.slice(0, 120);
  if (value.ok === false && typeof value.error === 'string') return value.error.slice(0, 120);
  return undefined;
}

/** The object at `key`, when it is one. */
export function objectAt(value: Record<string, unknown>, key: string): Record<string, unknown> | undefined {
  const v = value[key];
  return isObject(v) ? v : undefined;
}

/** A non-empty string, or a finite number written as a string (API ids come as either). */
export function idAt(value: Record<string, unknown>, key: string): string | undefined {
  const v = value[key];
  if (typeof v === 'string' && v.trim() !== '') return v.trim();
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return undefined;
}

/** A non-empty string. */
export function stringAt(value: Record<string, unknown>, key: string): string | undefined {
  const v = value[key];
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}

/**
 * A time field: epoch ms; null when the field is null (the API's "never"); undefined when it is absent
 * or empty; NaN when it holds something that is not a time (the caller rejects the item, naming `key`).
 */
export function timeAt(value: Record<string, unknown>, key: string): number | null | undefined {
  const v = value[key];
  if (v === null) return null;
  if (v === undefined || v === '') return undefined;
  return parseTimeValue(v) ?? Number.NaN;
}
