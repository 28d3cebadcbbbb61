// The DuckDB side of the benchmark: the same per-principal aggregation lastseen does (first use, last
// use, event count once duplicate `_document_id`s are removed, and the longest idle gap via a window
// function), over the same file, with DuckDB's own reader and its default threads (one per core).
// Usage: node bench/duckdb.mjs <file.jsonl|file.csv> <out.tsv>
import { writeFileSync } from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';

const [file, out] = process.argv.slice(2);
const quoted = `'${file.replaceAll("'", "''")}'`;
const source = file.endsWith('.csv')
  ? `read_csv(${quoted}, header = true, types = {'@timestamp': 'BIGINT', '_document_id': 'VARCHAR', 'actor': 'VARCHAR'})`
  : `read_json(${quoted}, format = 'newline_delimited', columns = {'@timestamp': 'BIGINT', '_document_id': 'VARCHAR', 'actor': 'VARCHAR'})`;

// A GitHub App's `<slug>[bot]` is the principal `app:<slug>`, as lastseen names it.
const sql = `
WITH events AS (
  SELECT DISTINCT _document_id, actor, "@timestamp" AS ts
  FROM ${source}
  WHERE actor IS NOT NULL AND actor <> ''
),
principals AS (
  SELECT CASE WHEN suffix(actor, '[bot]') THEN 'app:' || actor[1:-6] ELSE actor END AS principal, ts
  FROM events
),
gaps AS (
  SELECT principal, ts, ts - lag(ts) OVER (PARTITION BY principal ORDER BY ts) AS gap FROM principals
)
SELECT principal, min(ts) AS first_use, max(ts) AS last_use, count(*) AS events, coalesce(max(gap), 0) AS longest_gap
FROM gaps GROUP BY principal ORDER BY principal`;

const instance = await DuckDBInstance.create(':memory:');
const connection = await instance.connect();
const result = await connection.runAndReadAll(sql);
const lines = result.getRows().map((row) => row.map(String).join('\t'));
writeFileSync(out, `principal\tfirst_use\tlast_use\tevents\tlongest_gap\n${lines.join('\n')}\n`);
