// The fast GitHub audit-log reader's own fold of one stretch of a file: per principal and per token, the
// same UsageAccumulator the pipeline keeps, fed straight from field byte ranges. Values are interned
// from bytes (an actor, an action, a user agent is decoded and classified once), the document id is
// checked in the source's IdWindow without a string, and nothing is built per event. Lines the byte
// scanner does not take on arrive as AuditEvents from the JSON.parse path and fold the same way.
import { UsageTable, type UsageTableState } from '../usage/usage-table.js';
import { ByteKeys } from './byte-keys.js';
import {
  actionTraits,
  browserOf,
  LOGIN,
  MEANINGFUL,
  meaningBits,
  OK,
  principalOf,
  TOKEN_IS_CREDENTIAL,
  type AuditEvent,
} from './github-audit-events.js';
import type { IdWindow } from './id-window.js';
import { FIELD_ENDS, FIELD_STARTS, jsonScanner } from './json-scan-wasm.js';
import { fromEpoch, parseTimeValue } from './parse-time.js';

/** The fields a scanner hands over, as slots of `Fields`. */
export const F = {
  time: 0,
  action: 1,
  actor: 2,
  user: 3,
  documentId: 4,
  hashedToken: 5,
  tokenId: 6,
  accessType: 7,
  userAgent: 8,
  actorIsBot: 9,
  operationType: 10,
} as const;
export const FIELD_COUNT = 11;

/** How a field's value was written. Anything else makes the scanner hand the line to JSON.parse. */
export const ABSENT = 0;
export const TEXT = 1; // a string without escapes; [start, end) is its content
export const DIGITS = 2; // a number of at most 15 digits, no sign, fraction or exponent
export const NULL = 3;
export const TRUE = 4;
export const FALSE = 5;

/** One record's fields: kind, start and end per slot, reused for every line. */
export class Fields {
  readonly kind: Uint8Array;
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** Where they are in the WebAssembly scanner's memory (json-scan-wasm.ts), or -1: arrays of their own. */
  readonly at: number;

  constructor(memory?: ArrayBuffer, at = -1) {
    if (memory) {
      this.at = at;
      this.kind = new Uint8Array(memory, at, FIELD_COUNT);
      this.start = new Int32Array(memory, at + FIELD_STARTS, FIELD_COUNT);
      this.end = new Int32Array(memory, at + FIELD_ENDS, FIELD_COUNT);
    } else {
      this.at = -1;
      this.kind = new Uint8Array(FIELD_COUNT);
      this.start = new Int32Array(FIELD_COUNT);
      this.end = new Int32Array(FIELD_COUNT);
    }
  }
}

/**
 * Table rows a fold of a large file starts with: 16,384 principals and tokens (9.7 MB of address space,
 * paged in as rows are used), so that an organisation's log never copies its table to grow it: each
 * copy pages in fresh memory, and a page fault costs 10–15 µs on a small virtual runner.
 */
export const LARGE_FILE_ROWS = 1 << 14;

const MAX_CACHED = 4096;
const encoder = new TextEncoder();
const AUTHENTICATION = encoder.encode('authentication');
const TRUE_TEXT = encoder.encode('true');
const MOZILLA = encoder.encode('Mozilla/');

/** A fold as plain data: what crosses from a worker to the main thread (the table buffer transferred). */
export interface FoldResult {
  usage: UsageTableState;
  /**
   * Principals in order of first appearance, as columns (ten thousand objects would cost the thread they
   * cross to ~10 ms to rebuild): each one's id, its first line, its table row, and the `<slug>[bot]` actor
   * of an app (undefined for any other principal).
   */
  principals: { ids: string[]; lines: number[]; rows: number[]; appActors: (string | undefined)[] };
  /** Credentials in order of first appearance; `principal` is the holder's index in `principals`. */
  credentials: { principal: number; credential: string; row: number }[];
  /** Interactive details by number ("web UI in Firefox"). */
  details: string[];
  accepted: number;
  duplicates: number;
  ignored: number;
  /** Rejected records: their lines, and reasons by number into `reasons`. */
  rejectLines: number[];
  rejectReasons: number[];
  reasons: string[];
  minAt: number;
  maxAt: number;
}

export class AuditFold {
  accepted = 0;
  duplicates = 0;
  ignored = 0;
  minAt = Infinity;
  maxAt = -Infinity;
  /** Whether result() was taken. */
  finished = false;
  private readonly rejectLines: number[] = [];
  private readonly rejectReasons: number[] = [];
  private readonly reasons = new Map<string, number>();
  private readonly actors: ByteKeys;
  /** Per principal (its actor's number), the line it first appeared on. */
  private readonly principalLines: number[] = [];
  private readonly actions = new ByteKeys();
  private traits = new Uint8Array(64);
  private readonly agents = new ByteKeys();
  /** Per user agent: the number of its interactive detail, or -1 (not a browser). */
  private agentDetail = new Int32Array(64);
  private readonly details: string[] = [];
  private readonly detailNumbers = new Map<string, number>();
  /** Per principal (its actor's number): its row in the table, and its last token's number or -1. */
  private rowOf: Int32Array<ArrayBuffer>;
  private lastToken: Int32Array<ArrayBuffer>;
  private readonly tokens: ByteKeys;
  /** Per token (its number in `tokens`): its holder's number and its row; ids are decoded in result(). */
  private readonly tokenHolders: number[] = [];
  private readonly tokenRows: number[] = [];
  private readonly usage: UsageTable;

  /**
   * `rows`: the table's first capacity (a large file's principals, so that it never grows), and that of
   * the principals' and tokens' keys: a large log meets its principals in its first megabytes, where
   * growing a table is a copy in code V8 has not yet compiled.
   */
  constructor(
    readonly window: IdWindow,
    rows?: number,
  ) {
    this.usage = new UsageTable(rows);
    this.actors = new ByteKeys(rows);
    this.tokens = new ByteKeys(rows);
    this.rowOf = new Int32Array(rows ?? 256);
    this.lastToken = new Int32Array(rows ?? 256);
  }

  /**
   * Forgets everything folded so far, but not the window: the fold goes on as a new fold would, over the
   * window as it is. A worker folds the lines before its share to fill its window ("priming"), then
   * starts over here: its code has then run every path of the fold, and its tables are paged in.
   * Everything is cleared in place, and no field is replaced: a field written after construction would
   * cost the compiled fold its assumptions about a fold's shape (V8 would compile the loop again).
   */
  restart(): void {
    this.accepted = 0;
    this.duplicates = 0;
    this.ignored = 0;
    this.minAt = Infinity;
    this.maxAt = -Infinity;
    this.rejectLines.length = 0;
    this.rejectReasons.length = 0;
    this.reasons.clear();
    this.actors.clear();
    this.principalLines.length = 0;
    // Detail numbers belong to the result: the agents that map to them go with them. Actions' traits do
    // not depend on what was folded, and stay.
    this.agents.clear();
    this.details.length = 0;
    this.detailNumbers.clear();
    this.tokens.clear();
    this.tokenHolders.length = 0;
    this.tokenRows.length = 0;
    this.usage.clear();
  }

  reject(line: number, reason: string): void {
    let n = this.reasons.get(reason);
    if (n === undefined) {
      n = this.reasons.size;
      this.reasons.set(reason, n);
    }
    this.rejectLines.push(line);
    this.rejectReasons.push(n);
  }

  /** Folds one record from its field byte ranges in `bytes` (the semantics of eventFromJson/Csv + emit). */
  record(bytes: Uint8Array, f: Fields, line: number): void {
    const { kind, start, end } = f;
    const timeKind = kind[F.time];
    let at: number | undefined;
    if (timeKind === DIGITS) {
      at = fromEpoch(digits(bytes, start[F.time], end[F.time]));
    } else if (timeKind === TEXT && end[F.time] > start[F.time]) {
      at = epochText(bytes, start[F.time], end[F.time]);
    } else if (timeKind === ABSENT || timeKind === NULL || timeKind === TEXT) {
      return this.reject(line, 'no @timestamp or created_at');
    }
    if (at === undefined) return this.reject(line, '@timestamp is not a time');
    if (!present(f, F.action)) return this.reject(line, 'no action');
    this.fold(bytes, f, at, line);
  }

  /** Folds an event the JSON.parse path built (a line the byte scanner handed over). */
  event(event: AuditEvent, line: number): void {
    // Laid out as text fields over one scratch buffer, so both paths share fold().
    const parts: [number, string | undefined][] = [
      [F.action, event.action],
      [F.actor, event.actor],
      [F.user, event.user],
      [F.documentId, event.documentId],
      [F.hashedToken, event.hashedToken],
      [F.tokenId, event.tokenId],
      [F.accessType, event.accessType],
      [F.userAgent, event.userAgent],
      [F.operationType, event.operationType],
    ];
    const f = new Fields();
    const encoded = parts.map(([, value]) => (value === undefined ? undefined : encoder.encode(value)));
    const bytes = new Uint8Array(encoded.reduce((n, e) => n + (e ? e.length : 0), 0));
    let offset = 0;
    parts.forEach(([slot], i) => {
      const e = encoded[i];
      if (!e) return;
      bytes.set(e, offset);
      f.kind[slot] = TEXT;
      f.start[slot] = offset;
      f.end[slot] = offset + e.length;
      offset += e.length;
    });
    if (event.actorIsBot) f.kind[F.actorIsBot] = TRUE;
    this.fold(bytes, f, event.at, line);
  }

  /** emit() of github-audit-log.ts: duplicates, coverage, the actor, meaningful use, the fold. */
  private fold(bytes: Uint8Array, f: Fields, at: number, line: number): void {
    const { kind, start, end } = f;
    if (present(f, F.documentId) && this.window.seen(bytes, start[F.documentId], end[F.documentId])) {
      this.duplicates++;
      return;
    }
    if (at < this.minAt) this.minAt = at;
    if (at > this.maxAt) this.maxAt = at;
    if (!present(f, F.actor)) {
      // A system event with no actor: part of the log's coverage, but nobody's use.
      this.ignored++;
      return;
    }
    this.accepted++;
    let actor = this.actors.find(bytes, start[F.actor], end[F.actor]);
    if (actor === -1) actor = this.newPrincipal(bytes, start[F.actor], end[F.actor], line);
    let action = this.actions.find(bytes, start[F.action], end[F.action]);
    if (action === -1 && this.actions.size < MAX_CACHED) {
      action = this.actions.add(bytes, start[F.action], end[F.action]);
      if (action === this.traits.length) {
        const grown = new Uint8Array(this.traits.length * 2);
        grown.set(this.traits);
        this.traits = grown;
      }
      this.traits[action] = actionTraits(this.actions.text(action));
    }
    const traits =
      action !== -1 ? this.traits[action] : actionTraits(decode(bytes, start[F.action], end[F.action]));
    const onItself = !present(f, F.user) || same(bytes, f, F.user, F.actor);
    const authentication =
      kind[F.operationType] === TEXT &&
      equals(bytes, start[F.operationType], end[F.operationType], AUTHENTICATION);
    const meaning = meaningBits(traits, onItself, authentication);
    const ok = (meaning & OK) !== 0;
    const login = (meaning & LOGIN) !== 0;
    const meaningful = (meaning & MEANINGFUL) !== 0;
    const programmatic =
      present(f, F.hashedToken) ||
      present(f, F.accessType) ||
      kind[F.actorIsBot] === TRUE ||
      (kind[F.actorIsBot] === TEXT && equals(bytes, start[F.actorIsBot], end[F.actorIsBot], TRUE_TEXT));
    const detail = programmatic || !present(f, F.userAgent) ? -1 : this.interactiveDetail(bytes, f);
    this.usage.record(this.rowOf[actor], at, ok, login, meaningful, detail);
    if ((meaning & TOKEN_IS_CREDENTIAL) !== 0 && present(f, F.tokenId)) {
      // A machine user mostly uses one token: its last one is checked before the table of all.
      const ts = start[F.tokenId];
      const te = end[F.tokenId];
      let token = this.lastToken[actor];
      if (token === -1 || !this.tokens.holds(token, bytes, ts, te)) {
        token = this.tokens.find(bytes, ts, te, actor);
        if (token === -1) {
          token = this.tokens.add(bytes, ts, te, actor);
          this.tokenHolders.push(actor);
          this.tokenRows.push(this.usage.addRow());
        }
        this.lastToken[actor] = token;
      }
      this.usage.record(this.tokenRows[token], at, ok, login, meaningful, detail);
    }
  }

  /**
   * A principal met for the first time: its number, row and line. Its id is decoded when the fold is
   * finished (result): a large log meets its ten thousand principals in its first megabytes, while V8
   * still runs the fold's code slowly, and a decode and a string or two each cost more there than in
   * one loop at the end.
   */
  private newPrincipal(bytes: Uint8Array, start: number, end: number, line: number): number {
    const key = this.actors.add(bytes, start, end);
    const row = this.usage.addRow();
    this.principalLines.push(line);
    if (key === this.rowOf.length) {
      this.rowOf = grown(this.rowOf);
      this.lastToken = grown(this.lastToken);
    }
    this.rowOf[key] = row;
    this.lastToken[key] = -1;
    return key;
  }

  /** The number of the event's interactive detail ("web UI in Firefox"), or -1 when it is not one. */
  private interactiveDetail(bytes: Uint8Array, f: Fields): number {
    const s = f.start[F.userAgent];
    const e = f.end[F.userAgent];
    // Only a browser's agent names a browser (browserOf): git, curl and SDKs are settled by one byte.
    if (e - s < MOZILLA.length || bytes[s] !== MOZILLA[0] || !equals(bytes, s, s + MOZILLA.length, MOZILLA)) {
      return -1;
    }
    let agent = this.agents.find(bytes, s, e);
    if (agent === -1) {
      if (this.agents.size >= MAX_CACHED) return this.detailNumber(webUi(decode(bytes, s, e)));
      agent = this.agents.add(bytes, s, e);
      if (agent === this.agentDetail.length) {
        const grown = new Int32Array(this.agentDetail.length * 2);
        grown.set(this.agentDetail);
        this.agentDetail = grown;
      }
      this.agentDetail[agent] = this.detailNumber(webUi(this.agents.text(agent)));
    }
    return this.agentDetail[agent];
  }

  private detailNumber(detail: string | undefined): number {
    if (detail === undefined) return -1;
    let n = this.detailNumbers.get(detail);
    if (n === undefined) {
      n = this.details.length;
      this.details.push(detail);
      this.detailNumbers.set(detail, n);
    }
    return n;
  }

  /** The principals by number, their ids decoded (see newPrincipal). */
  private principalList(): FoldResult['principals'] {
    const count = this.actors.size;
    const ids: string[] = new Array(count);
    const rows: number[] = new Array(count);
    const appActors: (string | undefined)[] = new Array(count);
    for (let n = 0; n < count; n++) {
      const actor = this.actors.text(n);
      const { principal, app } = principalOf(actor);
      ids[n] = principal;
      rows[n] = this.rowOf[n];
      appActors[n] = app !== undefined ? actor : undefined;
    }
    return { ids, lines: this.principalLines, rows, appActors };
  }

  /** Everything folded, as plain data. The fold is finished: its table now belongs to the result. */
  result(): FoldResult {
    this.finished = true;
    return {
      usage: this.usage.state(),
      // The fold's own lists, not copies: it is finished.
      principals: this.principalList(),
      credentials: this.tokenHolders.map((principal, token) => ({
        principal,
        credential: `token:${this.tokens.text(token)}`,
        row: this.tokenRows[token],
      })),
      details: this.details,
      accepted: this.accepted,
      duplicates: this.duplicates,
      ignored: this.ignored,
      rejectLines: this.rejectLines,
      rejectReasons: this.rejectReasons,
      reasons: [...this.reasons.keys()],
      minAt: this.minAt,
      maxAt: this.maxAt,
    };
  }
}

/** RangeOptions.restart, once the line or row that ends at `next` is folded (and its batch with it). */
export function startOver(fold: AuditFold, next: number, restart: { at: number; then(): void }): void {
  if (next !== restart.at) throw new Error('a line runs across the point where the fold starts over');
  fold.restart();
  restart.then();
}

function grown(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

function webUi(userAgent: string): string | undefined {
  const browser = browserOf(userAgent);
  return browser ? `web UI in ${browser}` : undefined;
}

/** A field with a value text() would keep: a non-empty string, or a number. */
function present(f: Fields, slot: number): boolean {
  const k = f.kind[slot];
  return k === DIGITS || (k === TEXT && f.end[slot] > f.start[slot]);
}

function same(bytes: Uint8Array, f: Fields, a: number, b: number): boolean {
  const length = f.end[a] - f.start[a];
  if (length !== f.end[b] - f.start[b]) return false;
  const sa = f.start[a];
  const sb = f.start[b];
  for (let k = 0; k < length; k++) if (bytes[sa + k] !== bytes[sb + k]) return false;
  return true;
}

function equals(bytes: Uint8Array, start: number, end: number, expected: Uint8Array): boolean {
  if (end - start !== expected.length) return false;
  for (let k = 0; k < expected.length; k++) if (bytes[start + k] !== expected[k]) return false;
  return true;
}

function digits(bytes: Uint8Array, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) n = n * 10 + (bytes[i] - 48);
  return n;
}

/** parseTimeValue of a string field: 10–13 digits are epoch seconds or ms; anything else parses as text. */
function epochText(bytes: Uint8Array, start: number, end: number): number | undefined {
  const length = end - start;
  if (length >= 10 && length <= 13) {
    let all = true;
    for (let i = start; i < end && all; i++) all = bytes[i] >= 48 && bytes[i] <= 57;
    if (all) return fromEpoch(digits(bytes, start, end));
  }
  return parseTimeValue(decode(bytes, start, end));
}

const decoder = new TextDecoder();
function decode(bytes: Uint8Array, start: number, end: number): string {
  return decoder.decode(bytes.subarray(start, end));
}

/** Records scanned and not yet folded, at most this many: their bytes stay in the chunk's buffer. */
const BATCH_RECORDS = 32;

/**
 * Records scanned from one buffer (JSON lines, CSV rows), folded a batch at a time, in order. Scanning a
 * few dozen records, then folding them, keeps the scanner's loops apart from the fold's lookups, which
 * mostly wait for memory: together in one loop each record's lookups wait on their own, apart several
 * overlap (~10% faster). A scanner flushes before its buffer changes or is read into again, before a
 * record it does not fold itself, and when it stops.
 */
export class RecordBatch {
  /**
   * In the WebAssembly scanner's memory when there is one, where it writes them. Every batch of a thread
   * uses the same places: a batch is always folded before its reader waits for more bytes (its records'
   * bytes would not outlive the wait either), and readers only run one at a time between waits.
   */
  private readonly fields = Array.from({ length: BATCH_RECORDS }, (_, k) => {
    const scanner = jsonScanner();
    return scanner ? new Fields(scanner.buffer, scanner.fieldsAt(k)) : new Fields();
  });
  private readonly lines = new Int32Array(BATCH_RECORDS);
  private size = 0;
  /** The buffer the batch's records are in. */
  bytes: Uint8Array | undefined;

  constructor(private readonly fold: AuditFold) {}

  /** The fields the next record is scanned into. */
  next(): Fields {
    return this.fields[this.size];
  }

  /** Keeps the record just scanned into next(), at `line`; folds the batch when it is full. */
  add(line: number): void {
    this.lines[this.size++] = line;
    if (this.size === BATCH_RECORDS) this.flush(this.bytes);
  }

  /** Folds the records held, in order; the records added next are in `bytes`. */
  flush(bytes: Uint8Array | undefined): void {
    const { fold, fields, lines } = this;
    const held = this.bytes;
    for (let k = 0; k < this.size; k++) fold.record(held!, fields[k], lines[k]);
    this.size = 0;
    this.bytes = bytes;
  }
}
