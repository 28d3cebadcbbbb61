// The SQL that folds CloudTrail (Athena) and Cloud Audit Logs (BigQuery) into the lastseen-summary CSV
// (DESIGN.md §8) is held against lastseen's own streaming fold of the same events, principal by
// principal: its DuckDB twin runs over a fixture, its CSV goes through the lastseen-summary reader, and
// every principal and credential must fold to the same first use, last use, last meaningful use,
// events, meaningful events and active days as the events folded one by one.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import type { SourceEntry } from '../../src/model/config.js';
import type { UsageEvent } from '../../src/model/records.js';
import { isAuthLike } from '../../src/sources/action-kind.js';
import { lastseenSummaryReader } from '../../src/sources/lastseen-summary.js';
import { readSource } from '../../src/sources/read.js';
import { UsageFold } from '../../src/usage/fold.js';
import { summaryCsv, summaryRows, type SummaryRow } from '../../src/usage/summary.js';
import { FIXTURES } from '../helpers/collect.js';
import { tempDir } from '../sources/github-audit-fast.helpers.js';

const SQL = path.resolve(import.meta.dirname, '../../sql');
const WINDOW = { from: Date.parse('2026-05-28T00:00:00Z'), to: Date.parse('2026-11-24T00:00:00Z') };
const fixture = (name: string): string => path.join(FIXTURES, 'sql', name);
const jsonLines = <T>(name: string): T[] =>
  readFileSync(fixture(name), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as T);

/** The CloudTrail record fields the query reads. */
interface CloudTrailRecord {
  eventID: string;
  eventTime: string;
  eventName: string;
  errorCode?: string;
  userIdentity: {
    type: string;
    arn?: string;
    accessKeyId?: string;
    sessionContext?: { sessionIssuer?: { arn?: string } };
  };
}

/** The exported audit log entry fields the query reads. */
interface AuditEntry {
  insertId: string;
  timestamp: string;
  protopayload_auditlog: {
    methodName: string;
    authenticationInfo?: { principalEmail?: string; serviceAccountKeyName?: string };
    status?: { code?: number };
  };
}

/** Runs one of the DuckDB twins over a fixture exposed as the table the query reads. */
async function runDuckDb(query: string, view: string): Promise<string> {
  const connection = await (await DuckDBInstance.create(':memory:')).connect();
  await connection.run("SET TimeZone = 'UTC'");
  await connection.run(view);
  const result = await connection.runAndReadAll(readFileSync(path.join(SQL, 'duckdb', query), 'utf8'));
  const cell = (v: unknown): string => (v === null || v === undefined ? '' : String(v));
  const columns = result.columnNames();
  const rows = result.getRows().map((row) => row.map(cell).join(','));
  return `${columns.join(',')}\n${rows.join('\n')}\n`;
}

/** The SQL's CSV read back by the lastseen-summary reader, as summary rows. */
async function throughReader(csv: string): Promise<SummaryRow[]> {
  const dir = tempDir();
  writeFileSync(path.join(dir, 'summary.csv'), csv);
  const fold = new UsageFold();
  const entry: SourceEntry = {
    type: 'lastseen-summary',
    path: 'summary.csv',
    baseDir: dir,
    options: {},
    location: { path: 'lastseen.yml', line: 1 },
  };
  const result = await readSource(entry, lastseenSummaryReader, fold.sinkFor(0, 'sql'), {
    workspace: dir,
    now: WINDOW.to,
  });
  expect(result.summary.rejected).toBe(0);
  expect(result.summary.window).toEqual({
    from: new Date(WINDOW.from).toISOString(),
    to: new Date(WINDOW.to).toISOString(),
  });
  return summaryRows(fold);
}

/** lastseen's own fold of events already classified by the rules the SQL states (DESIGN.md §3). */
function foldEvents(events: (UsageEvent & { id?: string })[]): SummaryRow[] {
  const fold = new UsageFold();
  const sink = fold.sinkFor(0, 'events');
  const seen = new Set<string>();
  for (const { id, ...event } of events) {
    if (event.at < WINDOW.from || event.at >= WINDOW.to) continue;
    if (id !== undefined && seen.has(id)) continue;
    if (id !== undefined) seen.add(id);
    sink.usage(event);
  }
  return summaryRows(fold);
}

function classify(action: string, ok: boolean): Pick<UsageEvent, 'ok' | 'meaningful' | 'login' | 'action'> {
  const auth = isAuthLike(action);
  return { action, ok, meaningful: ok && !auth, ...(ok && auth && { login: true }) };
}

/** The Athena or BigQuery query with its dialect turned into DuckDB's, as sql/duckdb/ states it. */
function toDuckDb(sql: string): string {
  return sql
    .slice(sql.indexOf('WITH params AS'))
    .replace(/from_iso8601_timestamp\(('[^']*'|t\.eventtime)\)/g, 'CAST($1 AS TIMESTAMPTZ)')
    .replace(/TIMESTAMP '(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d)\+00'/g, "CAST('$1T$2Z' AS TIMESTAMPTZ)")
    .replace(/`[^`]*cloudaudit_googleapis_com_\*`/g, 'cloudaudit_logs')
    .replace(/REGEXP_EXTRACT\(([^,]*), r'([^']*)'\)/g, "nullif(regexp_extract($1, '$2', 1), '')")
    .replace(/(regexp_replace|REGEXP_REPLACE)\(/g, 'regexp_replace(')
    .replace(/LOWER\(/g, 'lower(')
    .replace(/COALESCE\(u\.action/g, 'coalesce(u.action')
    .replace(/, r?'\$1 \$2'\)/g, ", '\\1 \\2', 'g')")
    .replace(/, r'\\1 \\2'\)/g, ", '\\1 \\2', 'g')")
    .replace(/, r?'\[\^a-z0-9\]\+', ' '\)/g, ", '[^a-z0-9]+', ' ', 'g')")
    .replace(/r'\(\[a-z0-9\]\)\(\[A-Z\]\)'/g, "'([a-z0-9])([A-Z])'")
    .replace(/(regexp_like|REGEXP_CONTAINS)\(words, r?'/g, "regexp_matches(words, '")
    .replace(
      /date\(event_time AT TIME ZONE 'UTC'\)|DATE\(event_time, 'UTC'\)/g,
      "CAST(event_time AT TIME ZONE 'UTC' AS DATE)",
    )
    .replace(
      /format_datetime\(([\w.]+) AT TIME ZONE 'UTC', 'yyyy-MM-dd HH:mm:ss.SSS'\)/g,
      "strftime($1 AT TIME ZONE 'UTC', '%Y-%m-%d %H:%M:%S.%g')",
    )
    .replace(
      /FORMAT_TIMESTAMP\('%Y-%m-%d %H:%M:%E3S', ([\w.]+), 'UTC'\)/g,
      "strftime($1 AT TIME ZONE 'UTC', '%Y-%m-%d %H:%M:%S.%g')",
    );
}

describe('SQL summaries', () => {
  it('keeps each DuckDB twin logically identical to its Athena or BigQuery query', () => {
    const twin = (name: string): string => {
      const text = readFileSync(path.join(SQL, 'duckdb', name), 'utf8');
      return text.slice(text.indexOf('WITH params AS'));
    };
    // Case aside (BigQuery's upper-case functions), the queries are the same text once dialect is mapped.
    const lower = (s: string): string => s.replace(/\b[A-Z_]+\(/g, (f) => f.toLowerCase());
    expect(lower(toDuckDb(readFileSync(path.join(SQL, 'athena-cloudtrail-summary.sql'), 'utf8')))).toBe(
      lower(twin('cloudtrail-summary.sql')),
    );
    expect(lower(toDuckDb(readFileSync(path.join(SQL, 'bigquery-audit-summary.sql'), 'utf8')))).toBe(
      lower(twin('audit-log-summary.sql')),
    );
  });

  it('folds CloudTrail as lastseen does, principal by principal (Athena)', async () => {
    const csv = await runDuckDb(
      'cloudtrail-summary.sql',
      `CREATE VIEW cloudtrail_logs AS SELECT * FROM read_json('${fixture('cloudtrail-events.jsonl')}',
        format = 'newline_delimited',
        columns = {eventID: 'VARCHAR', eventTime: 'VARCHAR', eventSource: 'VARCHAR', eventName: 'VARCHAR',
          errorCode: 'VARCHAR', userIdentity: 'STRUCT(type VARCHAR, arn VARCHAR, accessKeyId VARCHAR,
          sessionContext STRUCT(sessionIssuer STRUCT(type VARCHAR, arn VARCHAR)))'})`,
    );
    const events = jsonLines<CloudTrailRecord>('cloudtrail-events.jsonl').flatMap((record) => {
      const identity = record.userIdentity;
      const principal =
        identity.type === 'AssumedRole' ? identity.sessionContext?.sessionIssuer?.arn : identity.arn;
      if (!principal) return [];
      const key = identity.accessKeyId;
      return [
        {
          id: record.eventID,
          principal,
          ...(key?.startsWith('AKIA') && { credential: key }),
          at: Date.parse(record.eventTime),
          ...classify(record.eventName, record.errorCode === undefined),
        },
      ];
    });
    const expected = foldEvents(events);
    expect(await throughReader(csv)).toEqual(expected);
    // What a user would check in the summary itself.
    const deployer = expected.find(
      (r) => r.principal.endsWith('user/svc-ci-deployer') && r.credential === '',
    )!;
    expect(deployer).toMatchObject({
      firstUse: Date.parse('2026-06-01T02:00:00Z'),
      lastUse: Date.parse('2026-11-23T02:10:00Z'),
      lastMeaningfulUse: Date.parse('2026-11-23T02:00:00Z'),
      events: 7,
      meaningfulEvents: 4,
      activeDays: 3,
    });
    expect(expected.map((r) => `${r.principal} ${r.credential}`)).toEqual([
      'arn:aws:iam::111122223333:role/etl-reader ',
      'arn:aws:iam::111122223333:root ',
      'arn:aws:iam::111122223333:user/alice ',
      'arn:aws:iam::111122223333:user/alice AKIAEXAMPLEKEY000003',
      'arn:aws:iam::111122223333:user/bad-actor ',
      'arn:aws:iam::111122223333:user/svc-ci-deployer ',
      'arn:aws:iam::111122223333:user/svc-ci-deployer AKIAEXAMPLEKEY000001',
      'arn:aws:iam::111122223333:user/svc-ci-deployer AKIAEXAMPLEKEY000002',
    ]);
  });

  it('folds Cloud Audit Logs as lastseen does, principal by principal (BigQuery)', async () => {
    const csv = await runDuckDb(
      'audit-log-summary.sql',
      `CREATE VIEW cloudaudit_logs AS SELECT * FROM read_json('${fixture('audit-log-events.jsonl')}',
        format = 'newline_delimited',
        columns = {timestamp: 'TIMESTAMPTZ', insertId: 'VARCHAR', protopayload_auditlog: 'STRUCT(methodName VARCHAR,
          authenticationInfo STRUCT(principalEmail VARCHAR, serviceAccountKeyName VARCHAR), status STRUCT(code BIGINT))'})`,
    );
    const events = jsonLines<AuditEntry>('audit-log-events.jsonl').flatMap((entry) => {
      const payload = entry.protopayload_auditlog;
      const email = payload.authenticationInfo?.principalEmail;
      if (!email) return [];
      const key = /\/keys\/([^/]+)$/.exec(payload.authenticationInfo?.serviceAccountKeyName ?? '')?.[1];
      return [
        {
          id: entry.insertId,
          principal: email,
          ...(key !== undefined && { credential: key }),
          // Microseconds in the log, milliseconds in lastseen (parseTime keeps three digits).
          at: Date.parse(entry.timestamp.replace(/(\.\d{3})\d+/, '$1')),
          ...classify(payload.methodName, !payload.status?.code),
        },
      ];
    });
    const expected = foldEvents(events);
    expect(await throughReader(csv)).toEqual(expected);
    expect(
      expected.find((r) => r.principal === 'etl-loader@acme-data.iam.gserviceaccount.com' && !r.credential),
    ).toEqual({
      principal: 'etl-loader@acme-data.iam.gserviceaccount.com',
      credential: '',
      firstUse: Date.parse('2026-06-02T03:04:05.123Z'),
      lastUse: Date.parse('2026-11-21T08:00:00Z'),
      lastMeaningfulUse: Date.parse('2026-11-20T12:00:00Z'),
      events: 6,
      meaningfulEvents: 4,
      activeDays: 3,
    });
  });

  it('tells logins and token issue from use by the words of a name, as isAuthLike does', async () => {
    const names = [
      'ConsoleLogin',
      'GetSessionToken',
      'AssumeRole',
      'AssumeRoleWithSAML',
      'AssumeRoleWithWebIdentity',
      'GetFederationToken',
      'CreateAccessKey',
      'UpdateAccessKey',
      'GetCallerIdentity',
      'PutObject',
      'CreateToken',
      'RefreshToken',
      'Federate',
      'GetRoleCredentials',
      'ListAccountRoles',
      'Logout',
      'SignIn',
      'SAMLLogin',
      'google.login.LoginService.loginSuccess',
      'GenerateAccessToken',
      'SignJwt',
      'GenerateIdToken',
      'v1.compute.instances.insert',
      'auth/token/lookup-self',
      'user.session.start',
      'log_in',
      'signed-out',
      'oauth2.token.exchange',
      'CreateSession',
      'DescribeSessions',
      '',
    ];
    const values = names
      .map((name, i) => `('e${i}', '2026-06-01T00:00:00Z', '${name}', {'type': 'IAMUser', 'arn': 'p${i}'})`)
      .join(',');
    const csv = await runDuckDb(
      'cloudtrail-summary.sql',
      `CREATE VIEW cloudtrail_logs AS SELECT id AS eventid, t AS eventtime, n AS eventname,
        NULL::VARCHAR AS errorcode,
        {'type': u.type, 'arn': u.arn, 'accesskeyid': NULL::VARCHAR,
         'sessioncontext': {'sessionissuer': {'type': NULL::VARCHAR, 'arn': NULL::VARCHAR}}} AS useridentity
        FROM (VALUES ${values}) v(id, t, n, u)`,
    );
    const meaningful = new Map(
      csv
        .trim()
        .split('\n')
        .slice(1)
        .map((row) => row.split(','))
        .map((cells) => [Number(cells[0].slice(1)), cells[6] === '1']),
    );
    expect(names.map((name, i) => [name, meaningful.get(i)])).toEqual(
      names.map((name) => [name, !isAuthLike(name)]),
    );
  });

  it('writes the CSV that the summary reader reads', () => {
    const csv = summaryCsv([
      {
        principal: 'svc',
        credential: '',
        firstUse: 0,
        lastUse: 86_400_000,
        lastMeaningfulUse: null,
        events: 2,
        meaningfulEvents: 0,
        activeDays: 0,
      },
    ]);
    expect(csv).toBe(
      'principal,credential,first_use,last_use,last_meaningful_use,events,meaningful_events,active_days\n' +
        'svc,,1970-01-01T00:00:00.000Z,1970-01-02T00:00:00.000Z,,2,0,0\n',
    );
  });
});
