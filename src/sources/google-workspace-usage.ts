// Google Workspace users, in either of two exports (docs/sources/google-workspace-usage.md): the Reports
// API user usage report (`GET admin/reports/v1/usage/users/all/dates/{date}`, JSON), or the Admin
// console's "Download users" CSV. A snapshot keyed by e-mail (lower case). A sign-in is a login, not
// use (DESIGN.md §3): use is the latest app activity time the report carries (Gmail, Drive, Classroom…).
import type { PrincipalFact } from '../model/records.js';
import { DAY, HOUR } from '../model/time.js';
import { forEachCsvRow, headerIndex } from './csv.js';
import { perSource } from './dedupe.js';
import { excerpt } from './excerpt.js';
import { forEachJsonItem, objectAt, stringAt } from './json-items.js';
import { parseTime, parseTimeValue } from './parse-time.js';
import { where } from './saved-response.js';
import type { ReadContext, SourceFile, SourceReader } from './types.js';

const NO_APP_TIME =
  'the report has no app activity time for this user (Gmail reports interaction only for the last 30 days)';
const CSV_NO_USE = 'the Admin console users export shows sign-ins only, not app use';
/** `app:last_…_time` (what the API returns) or `app:timestamp_last_…` (what the reference lists). */
const APP_TIME = /^([a-z_]+):(last_[a-z_]+_time|timestamp_last_[a-z_]+)$/;
/** Mail arriving updates Gmail's last access, so it says nothing about the person. */
const NOT_USE = new Set(['gmail:last_access_time', 'gmail:timestamp_last_access']);
/** Password and SSO sign-ins: logins, the latest of which is the last login. */
const LOGIN = new Set([
  'accounts:last_login_time',
  'accounts:timestamp_last_login',
  'accounts:last_sso_time',
  'accounts:timestamp_last_sso',
]);
const CREATED = new Set(['accounts:creation_time', 'accounts:timestamp_creation']);
const STATES: [string, string][] = [
  ['accounts:is_suspended', 'suspended'],
  ['accounts:is_disabled', 'disabled'],
  ['accounts:disabled', 'disabled'],
  ['accounts:is_archived', 'archived'],
];
// The report's date is a day in Pacific Standard Time (UTC−8), Google says: its end is 08:00 UTC next day.
const PST_DAY_END = DAY + 8 * HOUR - 1;

export const googleWorkspaceUsage: SourceReader = {
  type: 'google-workspace-usage',
  platform: 'google-workspace',
  coverage: 'snapshot',
  async read(ctx: ReadContext): Promise<void> {
    if (await isJson(ctx.file)) await readUsageReport(ctx);
    else await readUsersCsv(ctx);
  },
};

async function isJson(file: SourceFile): Promise<boolean> {
  const stream = file.open();
  let head = '';
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    head += chunk.toString('utf8');
    if (head.replace(/^\uFEFF/, '').trim() !== '' || head.length > 4096) break;
  }
  stream.destroy();
  const first = head.replace(/^\uFEFF/, '').trimStart()[0];
  return first === '{' || first === '[';
}

async function readUsageReport(ctx: ReadContext): Promise<void> {
  const { sink, coverage } = ctx;
  const seen = perSource(ctx, 'reports', () => new Set<string>());
  coverage.blindSpot(
    'Gmail interaction times cover the last 30 days only; mail arriving is not counted as use',
  );

  await forEachJsonItem(
    ctx.file,
    { envelope: ['usageReports'] },
    {
      reject: (line, reason) => sink.reject(line, reason),
      item(report, { line, path }) {
        const entity = objectAt(report, 'entity');
        const email = entity ? stringAt(entity, 'userEmail')?.toLowerCase() : undefined;
        if (!entity || email === undefined) {
          return sink.reject(line, where(path, 'no entity.userEmail (is this a user usage report?)'));
        }
        const type = stringAt(entity, 'type');
        if (type !== undefined && type !== 'USER')
          return sink.reject(
            line,
            where(path, `entity.type is ${excerpt(type, { quoted: false })}, not USER`),
          );
        const date = stringAt(report, 'date');
        const day = date === undefined ? undefined : parseTime(date);
        if (date !== undefined && day === undefined)
          return sink.reject(line, where(path, 'date is not a date'));

        let lastLoginAt: number | null | undefined;
        let createdAt: number | undefined;
        let lastUsedAt: number | undefined;
        let state: string | undefined;
        const parameters = Array.isArray(report.parameters) ? report.parameters : [];
        for (const parameter of parameters) {
          if (typeof parameter !== 'object' || parameter === null) continue;
          const p = parameter as Record<string, unknown>;
          const name = stringAt(p, 'name');
          if (name === undefined) continue;
          const found = STATES.find(([key]) => key === name);
          if (found && p.boolValue === true) state ??= found[1];
          const appTime = APP_TIME.test(name) && !name.startsWith('accounts:') && !NOT_USE.has(name);
          if (!appTime && !LOGIN.has(name) && !CREATED.has(name)) continue;
          const t = parameterTime(p);
          if (Number.isNaN(t))
            return sink.reject(line, where(path, `${excerpt(name, { quoted: false })} is not a time`));
          if (t === undefined) continue;
          // The epoch (1970-01-01T00:00:00Z) is Google's "never" / "none recorded".
          const value = t <= 0 ? null : t;
          if (LOGIN.has(name)) lastLoginAt = latest(lastLoginAt, value);
          else if (CREATED.has(name)) createdAt = value ?? undefined;
          else if (value !== null && (lastUsedAt === undefined || value > lastUsedAt)) lastUsedAt = value;
        }

        const fact: PrincipalFact = {
          principal: email,
          aliases: [],
          createdAt,
          disabled: state !== undefined,
          line,
        };
        const profileId = stringAt(entity, 'profileId');
        if (profileId) fact.aliases.push(profileId);
        if (state) fact.state = state;
        if (lastLoginAt !== undefined) fact.lastLoginAt = lastLoginAt;
        // Nobody uses Workspace apps without ever signing in: never signed in is never used.
        if (lastUsedAt !== undefined) fact.lastUsedAt = lastUsedAt;
        else if (lastLoginAt === null) fact.lastUsedAt = null;
        else fact.lastUsedUnknownReason = NO_APP_TIME;
        if (day !== undefined) coverage.setGeneratedAt(day - DAY + 1 + PST_DAY_END);
        for (const t of [lastLoginAt, lastUsedAt, createdAt]) if (typeof t === 'number') coverage.observe(t);

        const fingerprint = JSON.stringify([email, date, fact.lastUsedAt, lastLoginAt, state, createdAt]);
        if (seen.has(fingerprint)) return sink.accept('duplicate');
        seen.add(fingerprint);
        sink.principal(fact);
        sink.accept();
      },
    },
  );
}

/** The later of two times, where null ("never") loses to any time and undefined knows nothing. */
function latest(a: number | null | undefined, b: number | null): number | null {
  if (b === null) return a ?? null;
  return typeof a === 'number' && a >= b ? a : b;
}

/** A parameter's time: datetimeValue, or intValue in epoch seconds, milliseconds or microseconds. */
function parameterTime(p: Record<string, unknown>): number | undefined {
  const raw = p.datetimeValue ?? p.intValue ?? p.stringValue;
  if (raw === undefined || raw === null || raw === '') return undefined;
  if (typeof raw === 'string' && /^\d{15,17}$/.test(raw)) return Math.floor(Number(raw) / 1000);
  if (raw === 0 || raw === '0') return 0;
  return parseTimeValue(raw) ?? Number.NaN;
}

async function readUsersCsv(ctx: ReadContext): Promise<void> {
  const { sink, coverage } = ctx;
  const seen = perSource(ctx, 'rows', () => new Set<string>());
  coverage.blindSpot(
    'the Admin console users export writes sign-in times without a zone; lastseen reads them as UTC',
  );
  coverage.blindSpot(CSV_NO_USE);
  let columns: { email?: number; status?: number; lastSignIn?: number } | undefined;

  await forEachCsvRow(ctx.file.open(), {
    error: (line, reason) => sink.reject(line, reason),
    row(fields, line) {
      if (columns === undefined) {
        const index = [...headerIndex(fields).entries()];
        const find = (prefix: string) => index.find(([name]) => name.startsWith(prefix))?.[1];
        columns = { email: find('email address'), status: find('status'), lastSignIn: find('last sign in') };
        return;
      }
      if (columns.email === undefined) {
        return sink.reject(
          line,
          'the header has no "Email Address [Required]" column (is this the Admin console users export?)',
        );
      }
      const email = (fields[columns.email] ?? '').trim().toLowerCase();
      if (email === '') return sink.reject(line, 'no e-mail address');
      const status = columns.status === undefined ? '' : (fields[columns.status] ?? '').trim();
      const signIn = columns.lastSignIn === undefined ? '' : (fields[columns.lastSignIn] ?? '').trim();
      let lastLoginAt: number | null | undefined;
      if (/^never/i.test(signIn)) lastLoginAt = null;
      else if (signIn !== '') {
        lastLoginAt = parseTime(signIn);
        if (lastLoginAt === undefined) return sink.reject(line, 'Last Sign In is not a time');
        coverage.observe(lastLoginAt);
      }

      const fingerprint = JSON.stringify([email, status, signIn]);
      if (seen.has(fingerprint)) return sink.accept('duplicate');
      seen.add(fingerprint);

      const disabled = status !== '' && status.toLowerCase() !== 'active';
      const fact: PrincipalFact = { principal: email, aliases: [], disabled, line };
      if (disabled) fact.state = status.toLowerCase();
      if (lastLoginAt !== undefined) fact.lastLoginAt = lastLoginAt;
      if (lastLoginAt === null) fact.lastUsedAt = null;
      else fact.lastUsedUnknownReason = CSV_NO_USE;
      sink.principal(fact);
      sink.accept();
    },
  });
}
