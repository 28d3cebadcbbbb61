// Turns one mapped row (csv) or record (jsonl) into normalised records, the same way for both:
// `at:` rows are events, `use:`/`login:`/`created:` rows are one principal's (or credential's) state.
import type { CredentialFact, PrincipalFact } from '../model/records.js';
import type { Mapping, Role } from './mapping.js';
import { UNUSABLE_STATUSES } from './mapping.js';
import { isAuthLike } from './action-kind.js';
import { parseTimeValue } from './parse-time.js';
import type { ReadContext } from './types.js';

/** A record the mapping cannot read; the reader rejects it with its line and this message. */
export class RecordError extends Error {}

/** Looks a role's value up in the current record: a column's text, or a JSON value at a dot path. */
export type RoleValue = (role: Role) => unknown;

export class MappedEmitter {
  // In event mode a principal's created/status travel on every row: emit a fact only when they change,
  // so memory and output grow with principals, not events.
  private readonly lastState = new Map<string, string>();

  constructor(
    private readonly mapping: Mapping,
    private readonly ctx: ReadContext,
  ) {}

  /** Emits one record's facts or event. Throws RecordError for a record that cannot be read. */
  emit(value: RoleValue, line: number): void {
    const { columns } = this.mapping;
    const principal = this.text(value('principal'));
    if (principal === undefined)
      throw new RecordError(`no principal in ${JSON.stringify(columns.principal)}`);
    const credential = columns.credential ? this.text(value('credential')) : undefined;
    const created = columns.created ? this.time('created', value('created')) : null;
    const status = columns.status ? this.text(value('status')) : undefined;
    const unusable = status === undefined ? undefined : UNUSABLE_STATUSES.has(status.toLowerCase());
    if (this.mapping.mode === 'events') {
      this.emitEvent(value, line, principal, credential);
      const state = `${created ?? ''}|${status ?? ''}`;
      if ((created !== null || status !== undefined) && this.lastState.get(principal) !== state) {
        this.lastState.set(principal, state);
        this.ctx.sink.principal(principalFact(principal, line, created, status, unusable));
      }
      return;
    }
    const use = columns.use ? this.time('use', value('use')) : undefined;
    const login = columns.login ? this.time('login', value('login')) : undefined;
    if (credential !== undefined) {
      const fact: CredentialFact = { principal, credential, active: unusable !== true, line };
      if (created !== null) fact.createdAt = created;
      if (use !== undefined) fact.lastUsedAt = use;
      if (unusable) fact.state = status?.toLowerCase();
      this.ctx.sink.credential(fact);
      if (login !== undefined) this.ctx.sink.principal({ principal, aliases: [], lastLoginAt: login, line });
      return;
    }
    const fact = principalFact(principal, line, created, status, unusable);
    if (use !== undefined) fact.lastUsedAt = use;
    if (login !== undefined) fact.lastLoginAt = login;
    this.ctx.sink.principal(fact);
  }

  private emitEvent(value: RoleValue, line: number, principal: string, credential: string | undefined): void {
    const at = this.time('at', value('at'));
    if (at === null) throw new RecordError(`no time in ${JSON.stringify(this.mapping.columns.at)}`);
    const action = this.mapping.columns.action ? this.text(value('action')) : undefined;
    const login = action !== undefined && isAuthLike(action) && !this.mapping.isMeaningful(action);
    this.ctx.sink.usage({
      principal,
      ...(credential !== undefined && { credential }),
      at,
      ...(action !== undefined && { action }),
      meaningful: this.mapping.isMeaningful(action ?? ''),
      ...(login && { login: true }),
      ok: true,
      line,
    });
  }

  /** A value as trimmed text, or undefined when absent or one of the `never` values. */
  text(raw: unknown): string | undefined {
    if (raw === undefined || raw === null || typeof raw === 'object') return undefined;
    const text = (typeof raw === 'string' ? raw : String(raw)).trim();
    return this.mapping.never.has(text.toLowerCase()) ? undefined : text;
  }

  /** A time (ISO text or epoch number), null for "no value"; never echoes a value it cannot read. */
  time(role: Role, raw: unknown): number | null {
    const t = typeof raw === 'number' ? parseTimeValue(raw) : this.textTime(raw);
    if (t === null) return null;
    if (t === undefined) throw new RecordError(`${JSON.stringify(this.mapping.columns[role])} is not a time`);
    this.ctx.coverage.observe(t);
    return t;
  }

  private textTime(raw: unknown): number | null | undefined {
    if (typeof raw === 'object' && raw !== null) return undefined;
    const text = this.text(raw);
    return text === undefined ? null : parseTimeValue(text);
  }
}

function principalFact(
  principal: string,
  line: number,
  created: number | null,
  status: string | undefined,
  unusable: boolean | undefined,
): PrincipalFact {
  const fact: PrincipalFact = { principal, aliases: [], line };
  if (created !== null) fact.createdAt = created;
  if (unusable !== undefined) fact.disabled = unusable;
  if (unusable) fact.state = status?.toLowerCase();
  return fact;
}
