// `type: github-audit-log` — an organization's audit log as GitHub exports it (DESIGN.md §3): the web
// UI's JSON or CSV export, the REST API's pages saved as JSON (one array, `gh api --paginate`'s arrays
// back to back, or an array of pages), or a stream's JSON lines. One event is one record.
//
// Duplicates (same `_document_id`) are counted once. Overlapping exports and re-fetched API pages put
// a duplicate near its original, so lastseen remembers the last RECENT_IDS document ids of a source
// (a bounded window, about 5 MB): memory stays flat however long the log is. A duplicate further
// apart than that is counted twice; times are unaffected, only the event counts.
//
// With a sink that takes summaries (the pipeline's fold), JSON lines and CSV exports take the fast path
// of github-audit-fast.ts: the same records, folded in place (docs/scale.md).
import type { SourceEntry } from '../model/config.js';
import { InputError } from '../model/errors.js';
import { DAY } from '../model/time.js';
import { forEachCsvRow, headerIndex } from './csv.js';
import {
  eventFromCsv,
  eventFromJson,
  FIRST_PARTY_APPS,
  meaningOf,
  principalOf,
  type AuditEvent,
  type CsvColumns,
} from './github-audit-events.js';
import { readFast, type FastState } from './github-audit-fast.js';
import { IdWindow } from './id-window.js';
import { fileHead } from './files.js';
import { forEachJsonRecord, shapeOf, shapeOfStart, sniff, type JsonShape } from './json.js';
import type { ReadContext, SourceReader } from './types.js';

export const RECENT_IDS = 1 << 16;
const RETENTION = 180 * DAY;

/** The last `capacity` distinct ids seen: a bounded memory of what was already counted. */
export class RecentIds extends IdWindow {
  constructor(capacity = RECENT_IDS) {
    super(capacity);
  }

  /** True when `id` was seen recently; remembers it otherwise. */
  seenBefore(id: string): boolean {
    return this.seenText(id);
  }
}

/** Shared by one entry's files (the fast reader keeps the same, see FastState). */
interface SourceState extends FastState {
  recent: RecentIds;
  files: Set<string>;
}

// One entry's files share one window of ids. A file read a second time means a new scan: start over.
const states = new WeakMap<SourceEntry, SourceState>();

function stateFor(ctx: ReadContext): SourceState {
  let state = states.get(ctx.entry);
  if (!state || state.files.has(ctx.file.path)) {
    const recent = new RecentIds();
    state = { recent, window: recent, apps: new Set(), users: new Set(), files: new Set() };
    states.set(ctx.entry, state);
  }
  state.files.add(ctx.file.path);
  return state;
}

function emit(event: AuditEvent, line: number, ctx: ReadContext, state: SourceState): void {
  const { sink } = ctx;
  if (event.documentId !== undefined && state.recent.seenBefore(event.documentId)) {
    sink.accept('duplicate');
    return;
  }
  ctx.coverage.observe(event.at);
  if (event.actor === '') {
    // A system event with no actor: part of the log's coverage, but nobody's use.
    sink.accept('ignored');
    return;
  }
  const meaning = meaningOf(event);
  const { principal, app } = principalOf(event.actor);
  if (app !== undefined && !state.apps.has(principal)) {
    state.apps.add(principal);
    sink.principal({
      principal,
      aliases: [event.actor],
      kind: 'github-app',
      ...(FIRST_PARTY_APPS.has(app) && { outOfScope: true }),
      line,
    });
  }
  if (app === undefined && !state.users.has(principal)) {
    // A user account is a person or a machine user, and the audit log cannot tell which: it becomes a
    // subject only when an identity claims it (kind: bot-user), never an undeclared one by itself.
    state.users.add(principal);
    sink.principal({ principal, aliases: [], kind: 'user', outOfScope: true, line });
  }
  sink.usage({
    principal,
    ...(meaning.tokenIsCredential && event.tokenId !== undefined && { credential: `token:${event.tokenId}` }),
    at: event.at,
    action: event.action,
    meaningful: meaning.meaningful,
    ...(meaning.login && { login: true }),
    ...(meaning.interactive !== undefined && { interactive: true, detail: meaning.interactive }),
    ok: meaning.ok,
    line,
  });
  sink.accept();
}

async function readJson(ctx: ReadContext, state: SourceState): Promise<void> {
  const one = (record: unknown, line: number): void => {
    if (typeof record !== 'object' || record === null || Array.isArray(record)) {
      ctx.sink.reject(line, 'not an audit log event (expected a JSON object)');
      return;
    }
    const event = eventFromJson(record as Record<string, unknown>);
    if (typeof event === 'string') ctx.sink.reject(line, event);
    else emit(event, line, ctx, state);
  };
  await forEachJsonRecord(() => ctx.file.open(), {
    record(value, line) {
      // A saved list of API pages: each page is an array of events.
      if (Array.isArray(value)) for (const item of value) one(item, line);
      else one(value, line);
    },
    error(line, reason) {
      ctx.sink.reject(line, reason);
    },
  });
}

async function readCsv(ctx: ReadContext, state: SourceState): Promise<void> {
  let columns: CsvColumns | undefined;
  await forEachCsvRow(ctx.file.open(), {
    row(row, line) {
      if (!columns) {
        columns = csvColumns(row, ctx);
        return;
      }
      const event = eventFromCsv(row, columns);
      if (typeof event === 'string') ctx.sink.reject(line, event);
      else emit(event, line, ctx, state);
    },
    error(line, reason) {
      ctx.sink.reject(line, reason);
    },
  });
}

/** The export's columns lastseen reads; throws InputError for a CSV that is not an audit log export. */
export function csvColumns(header: string[], ctx: ReadContext): CsvColumns {
  const index = headerIndex(header);
  const action = index.get('action');
  const actor = index.get('actor');
  const timestamp = index.get('@timestamp');
  const createdAt = index.get('created_at');
  if (action === undefined || actor === undefined || (timestamp === undefined && createdAt === undefined)) {
    throw new InputError(
      `${ctx.file.path} is not a GitHub audit log CSV export: its header needs action, actor and @timestamp or created_at`,
      ctx.entry.location,
    );
  }
  return {
    timestamp,
    createdAt,
    action,
    actor,
    user: index.get('user'),
    documentId: index.get('_document_id'),
    hashedToken: index.get('hashed_token'),
    tokenId: index.get('token_id'),
    accessType: index.get('programmatic_access_type'),
    userAgent: index.get('user_agent'),
    actorIsBot: index.get('actor_is_bot'),
    operationType: index.get('operation_type'),
  };
}

/**
 * Whether the export is JSON (its first non-blank character opens an array or an object), from the first
 * 256 bytes of each chunk its stream gives until one is not blank. `head`: the file's first bytes, read
 * already (fileHead).
 */
async function isJson(ctx: ReadContext, head: Buffer | undefined): Promise<boolean> {
  const blank = (text: string): boolean => text.replace(/^\uFEFF/, '').trim() === '';
  let start = head ? head.toString('utf8', 0, Math.min(head.length, 256)) : '';
  // Blank up to there in a longer file: the stream reads on, as below.
  if (!head || (blank(start) && head.length < ctx.file.size)) {
    start = '';
    const stream = ctx.file.open();
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      start += chunk.toString('utf8', 0, Math.min(chunk.length, 256));
      if (!blank(start)) break;
    }
    stream.destroy();
  }
  const first = start
    .replace(/^\uFEFF/, '')
    .trimStart()
    .charAt(0);
  return first === '[' || first === '{';
}

/** The bytes read first to tell how to read a file: most exports' first line ends within them. */
const HEAD_BYTES = 1 << 16;

/**
 * Whether the export is JSON, and whether the fast reader takes it: with a sink that takes summaries,
 * JSON lines and CSV are folded in place (github-audit-fast.ts). A plain file's first bytes decide, read
 * at once rather than through two streams of it.
 */
export async function howToRead(ctx: ReadContext): Promise<{ json: boolean; fast: boolean }> {
  const head = fileHead(ctx.file, HEAD_BYTES);
  const json = await isJson(ctx, head);
  return { json, fast: !!ctx.sink.summary && (!json || (await shape(ctx, head)) === 'lines') };
}

/** sniff (json.ts) of the export: from its first bytes when they settle it, else as sniff reads it. */
async function shape(ctx: ReadContext, head: Buffer | undefined): Promise<JsonShape> {
  const settled = head && shapeOfStart(head.toString('utf8'));
  if (settled) return settled;
  // The stream's whole first chunk: sniff decides on it alone (a mebibyte is more than SNIFF_CHARS
  // characters), or on all of a shorter file.
  const chunk = head && (head.length === ctx.file.size ? head : fileHead(ctx.file));
  return chunk ? shapeOf(chunk.toString('utf8')) : sniff(ctx.file.open());
}

export const githubAuditLogReader: SourceReader = {
  type: 'github-audit-log',
  platform: 'github',
  coverage: 'events',
  async read(ctx) {
    const { coverage, entry } = ctx;
    coverage.blindSpot(
      'GitHub keeps Git events (clone, fetch, push) for 7 days, and exports them only as JSON',
    );
    coverage.blindSpot(
      'read-only REST and GraphQL requests are not audit log events: a token that only reads leaves none',
    );
    const span = entry.since !== undefined ? (entry.until ?? ctx.now) - entry.since : entry.window;
    if (span !== undefined && span > RETENTION) {
      coverage.blindSpot('the window is longer than the 180 days GitHub keeps organization audit log events');
    }
    const state = stateFor(ctx);
    const { json, fast } = await howToRead(ctx);
    if (fast) {
      const columns = (header: string[]): CsvColumns => csvColumns(header, ctx);
      if (await readFast(ctx, state, json ? 'json' : 'csv', columns)) return;
    }
    if (json) await readJson(ctx, state);
    else await readCsv(ctx, state);
  },
};
