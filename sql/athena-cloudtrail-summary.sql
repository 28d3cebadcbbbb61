-- lastseen summary of CloudTrail, for Amazon Athena (engine v3). DESIGN.md §8, docs/scale.md.
--
-- Folds the CloudTrail events of a window into the `lastseen-summary` CSV: one row per principal
-- (empty `credential`: all its events) and one per long-term access key (`AKIA…`: that key's events),
-- with principal, credential, first_use, last_use, last_meaningful_use, events, meaningful_events,
-- active_days, window_from, window_to. Download the result as CSV and point a `lastseen-summary`
-- source at it (docs/sources/lastseen-summary.md).
--
-- The rules are lastseen's (DESIGN.md §3):
--   principal  the IAM user's ARN; an assumed role's sessions count for the role (its ARN);
--              AWS service events (no identity ARN) are nobody's.
--   duplicates one record per eventid (overlapping trails deliver the same event twice).
--   use        a call without errorcode. first_use / last_use span those; logins included.
--   meaningful a successful call whose name is not a login, session start or token issue, by the
--              words of the name as src/sources/action-kind.ts splits them (ConsoleLogin,
--              GetSessionToken, AssumeRole… are not use).
--   events     every event, failed ones included; active_days: UTC days with a meaningful event.
--
-- Edit the window below. `cloudtrail_logs` is the table of the Athena documentation's DDL
-- ("Creating the table for CloudTrail logs in Athena"); with partition projection, add your partition
-- columns to the WHERE clause so Athena reads only the window's objects.
-- sql/duckdb/cloudtrail-summary.sql is this query in DuckDB's dialect, which test/sql/ runs.
WITH params AS (
  SELECT
    from_iso8601_timestamp('2026-05-28T00:00:00Z') AS window_from,
    from_iso8601_timestamp('2026-11-24T00:00:00Z') AS window_to
),
events AS (
  SELECT
    t.eventid AS id,
    from_iso8601_timestamp(t.eventtime) AS event_time,
    t.eventname AS action,
    CASE
      WHEN t.useridentity.type = 'AssumedRole' THEN t.useridentity.sessioncontext.sessionissuer.arn
      ELSE t.useridentity.arn
    END AS principal,
    CASE WHEN t.useridentity.accesskeyid LIKE 'AKIA%' THEN t.useridentity.accesskeyid END AS credential,
    t.errorcode IS NULL AS ok
  FROM cloudtrail_logs t
  CROSS JOIN params p
  WHERE from_iso8601_timestamp(t.eventtime) >= p.window_from
    AND from_iso8601_timestamp(t.eventtime) < p.window_to
),
unique_events AS (
  SELECT id, event_time, action, principal, credential, ok
  FROM (
    SELECT e.*, row_number() OVER (PARTITION BY e.id ORDER BY e.event_time) AS copy_number
    FROM events e
    WHERE e.principal IS NOT NULL
  )
  WHERE id IS NULL OR copy_number = 1
),
named AS (
  -- The action's words: camelCase split, lower case, anything else a separator ("get session token").
  SELECT u.*,
    ' ' || regexp_replace(lower(regexp_replace(coalesce(u.action, ''), '([a-z0-9])([A-Z])', '$1 $2')), '[^a-z0-9]+', ' ') || ' ' AS words
  FROM unique_events u
),
classified AS (
  SELECT principal, credential, event_time, ok,
    ok AND NOT (
      regexp_like(words, ' (login|logon|logout|logoff|signin|signon|signout|authenticate|authenticated|authentication|reauthenticate|sso|session|sessions) ')
      OR regexp_like(words, ' (log|logged|sign|signed) (in|on|out|off) ')
      OR regexp_like(words, ' assume role ')
      OR (regexp_like(words, ' (token|tokens|credential|credentials) ')
          AND regexp_like(words, ' (refresh|refreshed|renew|renewed|issue|issued|exchange|exchanged|mint|minted|grant|granted|generate|generated|request|requested|lookup|create|created) | lookup self '))
    ) AS meaningful
  FROM named
),
summary AS (
  SELECT principal, '' AS credential,
    min(CASE WHEN ok THEN event_time END) AS first_use,
    max(CASE WHEN ok THEN event_time END) AS last_use,
    max(CASE WHEN meaningful THEN event_time END) AS last_meaningful_use,
    count(*) AS events,
    sum(CASE WHEN meaningful THEN 1 ELSE 0 END) AS meaningful_events,
    count(DISTINCT CASE WHEN meaningful THEN date(event_time AT TIME ZONE 'UTC') END) AS active_days
  FROM classified
  GROUP BY principal
  UNION ALL
  SELECT principal, credential,
    min(CASE WHEN ok THEN event_time END),
    max(CASE WHEN ok THEN event_time END),
    max(CASE WHEN meaningful THEN event_time END),
    count(*),
    sum(CASE WHEN meaningful THEN 1 ELSE 0 END),
    count(DISTINCT CASE WHEN meaningful THEN date(event_time AT TIME ZONE 'UTC') END)
  FROM classified
  WHERE credential IS NOT NULL
  GROUP BY principal, credential
)
SELECT
  s.principal,
  s.credential,
  format_datetime(s.first_use AT TIME ZONE 'UTC', 'yyyy-MM-dd HH:mm:ss.SSS') AS first_use,
  format_datetime(s.last_use AT TIME ZONE 'UTC', 'yyyy-MM-dd HH:mm:ss.SSS') AS last_use,
  format_datetime(s.last_meaningful_use AT TIME ZONE 'UTC', 'yyyy-MM-dd HH:mm:ss.SSS') AS last_meaningful_use,
  s.events,
  s.meaningful_events,
  s.active_days,
  format_datetime(p.window_from AT TIME ZONE 'UTC', 'yyyy-MM-dd HH:mm:ss.SSS') AS window_from,
  format_datetime(p.window_to AT TIME ZONE 'UTC', 'yyyy-MM-dd HH:mm:ss.SSS') AS window_to
FROM summary s
CROSS JOIN params p
ORDER BY s.principal, s.credential;
