// `type: aws-iam-credential-report` — the IAM credential report (DESIGN.md §3): one CSV row per IAM
// user with its password, two access keys and two signing certificates. Also reads the saved
// `aws iam get-credential-report` response, whose GeneratedTime is the report's own generation time.
//
// The report's sentinels are read as AWS documents them: `N/A` is "not applicable" (no such credential,
// or never used), `no_information` is a password never used since tracking began, `not_supported` is
// the root account's password fields. A sentinel that cannot tell "never" from "before tracking
// began" gives unknown, not never (§3 rule 4).
import { Readable } from 'node:stream';
import type { CredentialFact, PrincipalFact, RecordSink } from '../model/records.js';
import { InputError } from '../model/errors.js';
import { forEachCsvRow, headerIndex } from './csv.js';
import { perSource, RecentIds } from './dedupe.js';
import { MAX_DOCUMENT_BYTES } from './json.js';
import { parseTime } from './parse-time.js';
import type { ReadContext, SourceReader } from './types.js';

/** AWS began recording access-key last use on 2015-04-22 and password last use on 2014-10-20. */
export const KEY_TRACKING_START = Date.UTC(2015, 3, 22);
export const PASSWORD_TRACKING_START = Date.UTC(2014, 9, 20);

const ROOT_USER = '<root_account>';
const REQUIRED = ['user', 'arn', 'user_creation_time'];
const CERT_REASON = 'AWS does not record when a signing certificate is used';
const KEY_REASON =
  'N/A for a key created before AWS began tracking access-key use on 2015-04-22: never used, or last used before then';
const PASSWORD_REASON =
  'no_information for a password set before AWS began tracking sign-ins on 2014-10-20: never used, or last used before then';
/** The end of the span AWS lost password sign-ins in (2018-05-23 14:08 PDT). */
const PASSWORD_GAP_END = Date.UTC(2018, 4, 23, 21, 8);
const PASSWORD_GAP =
  'AWS password last-used data misses sign-ins from 2018-05-03 22:50 PDT to 2018-05-23 14:08 PDT (a service issue)';

class RowError extends Error {}

/** A cell of the current row, by column name; '' for a column the report does not have. */
type Cell = (column: string) => string;

function time(cell: Cell, column: string): number | undefined {
  const text = cell(column);
  if (text === '' || text === 'N/A' || text === 'not_supported' || text === 'no_information')
    return undefined;
  const t = parseTime(text);
  if (t === undefined) throw new RowError(`${column} is not a time`);
  return t;
}

function flag(cell: Cell, column: string): boolean | undefined {
  const text = cell(column).toLowerCase();
  if (text === 'true') return true;
  if (text === 'false') return false;
  if (text === '' || text === 'not_supported' || text === 'n/a') return undefined;
  throw new RowError(`${column} is neither true nor false`);
}

function readRow(cell: Cell, line: number, ctx: ReadContext): void {
  const user = cell('user');
  const arn = cell('arn');
  if (!arn.startsWith('arn:')) throw new RowError('arn is not an ARN');
  const root = user === ROOT_USER;
  const createdAt = time(cell, 'user_creation_time');
  const credentials: CredentialFact[] = [];

  // Password: the row's own flag; the root account's flag is not_supported, so its sign-ins decide.
  const passwordEnabled = flag(cell, 'password_enabled');
  const passwordUsed = time(cell, 'password_last_used');
  if (passwordEnabled === true || (root && passwordUsed !== undefined)) {
    const changed = time(cell, 'password_last_changed');
    const fact: CredentialFact = {
      principal: arn,
      credential: 'password',
      credentialKind: 'password',
      active: true,
      line,
    };
    if (changed !== undefined) fact.rotatedAt = changed;
    const expires = time(cell, 'password_next_rotation');
    if (expires !== undefined) fact.expiresAt = expires;
    // A last use before the gap ended, or a password that existed then, may hide a sign-in during it.
    if ((passwordUsed ?? changed ?? createdAt ?? Infinity) < PASSWORD_GAP_END) {
      ctx.coverage.blindSpot(PASSWORD_GAP);
    }
    if (passwordUsed !== undefined) fact.lastUsedAt = passwordUsed;
    else if (cell('password_last_used') === 'no_information') {
      const since = Math.max(changed ?? -Infinity, createdAt ?? -Infinity);
      if (since >= PASSWORD_TRACKING_START) fact.lastUsedAt = null;
      else fact.lastUsedUnknownReason = PASSWORD_REASON;
    }
    credentials.push(fact);
  }

  for (const n of [1, 2]) {
    const prefix = `access_key_${n}`;
    const active = flag(cell, `${prefix}_active`) === true;
    const rotated = time(cell, `${prefix}_last_rotated`);
    // An inactive key that was never created reads N/A everywhere: nothing to report.
    if (!active && rotated === undefined) continue;
    const fact: CredentialFact = {
      principal: arn,
      credential: prefix,
      credentialKind: 'access-key',
      active,
      line,
    };
    if (!active) fact.state = 'inactive';
    if (rotated !== undefined) {
      // last_rotated is when the key was created: keys are rotated by replacing them.
      fact.createdAt = rotated;
      fact.rotatedAt = rotated;
    }
    const used = time(cell, `${prefix}_last_used_date`);
    if (used !== undefined) fact.lastUsedAt = used;
    else if (rotated !== undefined && rotated >= KEY_TRACKING_START) fact.lastUsedAt = null;
    else fact.lastUsedUnknownReason = KEY_REASON;
    credentials.push(fact);
  }

  for (const n of [1, 2]) {
    const prefix = `cert_${n}`;
    const active = flag(cell, `${prefix}_active`) === true;
    const rotated = time(cell, `${prefix}_last_rotated`);
    if (!active && rotated === undefined) continue;
    const fact: CredentialFact = {
      principal: arn,
      credential: prefix,
      credentialKind: 'certificate',
      active,
      line,
    };
    if (!active) fact.state = 'inactive';
    if (rotated !== undefined) {
      fact.createdAt = rotated;
      fact.rotatedAt = rotated;
    }
    fact.lastUsedUnknownReason = CERT_REASON;
    credentials.push(fact);
  }

  const principal: PrincipalFact = {
    principal: arn,
    aliases: root ? [] : [user],
    kind: root ? 'root' : 'iam-user',
    line,
  };
  if (root) principal.outOfScope = true;
  if (createdAt !== undefined) principal.createdAt = createdAt;
  // A password removed after use still shows when the user last signed in with it.
  let lastUsed = passwordUsed ?? -Infinity;
  for (const fact of credentials)
    if (typeof fact.lastUsedAt === 'number') lastUsed = Math.max(lastUsed, fact.lastUsedAt);
  if (lastUsed > -Infinity) principal.lastUsedAt = lastUsed;

  const { sink, coverage } = ctx;
  sink.principal(principal);
  for (const fact of credentials) sink.credential(fact);
  // The password is for the AWS console: its use is a person at a browser, whoever the user is meant to
  // be (human-use). The time is already use through lastUsedAt; the event only carries that it was a
  // sign-in, once however many overlapping reports repeat it.
  if (
    passwordUsed !== undefined &&
    !perSource(ctx, 'console', () => new RecentIds()).seen(`${arn} ${passwordUsed}`)
  ) {
    sink.usage({
      principal: arn,
      credential: 'password',
      at: passwordUsed,
      action: 'ConsoleLogin',
      meaningful: false,
      login: true,
      interactive: true,
      ok: true,
      line,
      detail: 'AWS console sign-in with the password',
    });
  }
  for (const t of [createdAt, lastUsed, ...credentials.map((fact) => fact.rotatedAt)]) {
    if (typeof t === 'number' && Number.isFinite(t)) coverage.observe(t);
  }
  if (credentials.some((fact) => fact.credentialKind === 'certificate')) coverage.blindSpot(CERT_REASON);
}

/** Reads the report CSV from `stream`; throws InputError when the header is not a credential report's. */
async function readReport(stream: Readable, ctx: ReadContext): Promise<void> {
  const { sink } = ctx;
  let index: Map<string, number> | undefined;
  let width = 0;
  let fields: string[] = [];
  const cell: Cell = (column) => {
    const i = index?.get(column);
    return i === undefined ? '' : (fields[i] ?? '').trim();
  };
  await forEachCsvRow(stream, {
    row(row, line) {
      if (!index) {
        index = headerIndex(row);
        const missing = REQUIRED.filter((column) => !index?.has(column));
        if (missing.length > 0) {
          throw new InputError(
            `${ctx.file.path} is not an IAM credential report: its header has no ${missing.join(', ')} column` +
              ' (produce it with `aws iam get-credential-report`)',
            ctx.entry.location,
          );
        }
        width = row.length;
        return;
      }
      if (row.length !== width) {
        sink.reject(line, `${row.length} fields where the header has ${width}`);
        return;
      }
      fields = row;
      try {
        readRow(cell, line, ctx);
        sink.accept();
      } catch (error) {
        if (!(error instanceof RowError)) throw error;
        sink.reject(line, error.message);
      }
    },
    error(line, reason) {
      sink.reject(line, reason);
    },
  });
}

/** The saved API response: {"Content": base64 CSV, "GeneratedTime": ..., "ReportFormat": "text/csv"}. */
async function readApiResponse(ctx: ReadContext): Promise<void> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of ctx.file.open() as AsyncIterable<Buffer>) {
    size += chunk.length;
    // One JSON document, held whole: bounded like any other (a real report is megabytes, not gigabytes).
    if (size > MAX_DOCUMENT_BYTES) {
      ctx.sink.reject(1, `a JSON document over ${MAX_DOCUMENT_BYTES} bytes; save the report as CSV instead`);
      return;
    }
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  let response: { Content?: unknown; GeneratedTime?: unknown };
  try {
    response = JSON.parse(text) as typeof response;
  } catch {
    ctx.sink.reject(1, 'not valid JSON, and not a credential report CSV');
    return;
  }
  if (typeof response?.Content !== 'string') {
    ctx.sink.reject(
      1,
      'a JSON file without the report\'s "Content" (expected `aws iam get-credential-report` output)',
    );
    return;
  }
  const generated =
    typeof response.GeneratedTime === 'string' ? parseTime(response.GeneratedTime) : undefined;
  if (generated !== undefined) ctx.coverage.setGeneratedAt(generated);
  // Rows of the embedded CSV are not lines of this file: each is reported on the line of "Content".
  const contentLine = text.slice(0, Math.max(0, text.indexOf('"Content"'))).split('\n').length;
  const sink: RecordSink = {
    ...ctx.sink,
    reject: (row, reason) => ctx.sink.reject(contentLine, `row ${row} of the report in "Content": ${reason}`),
  };
  await readReport(Readable.from([Buffer.from(response.Content, 'base64')]), { ...ctx, sink });
}

async function firstCharacter(ctx: ReadContext): Promise<string> {
  const stream = ctx.file.open();
  let head = '';
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    head += chunk.toString('utf8', 0, Math.min(chunk.length, 64));
    if (head.replace(/^\uFEFF/, '').trim() !== '') break;
  }
  stream.destroy();
  return head
    .replace(/^\uFEFF/, '')
    .trimStart()
    .charAt(0);
}

export const awsIamCredentialReportReader: SourceReader = {
  type: 'aws-iam-credential-report',
  platform: 'aws',
  coverage: 'snapshot',
  async read(ctx) {
    // Last-used fields reach back to when AWS began tracking them: the report observes use since then.
    ctx.coverage.setWindowFrom(PASSWORD_TRACKING_START);
    if ((await firstCharacter(ctx)) === '{') await readApiResponse(ctx);
    else await readReport(ctx.file.open(), ctx);
  },
};
