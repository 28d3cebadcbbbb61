-- sql/athena-cloudtrail-summary.sql in DuckDB's dialect, for test/sql/ (and anyone holding CloudTrail in
-- DuckDB or a local Parquet copy). Logically identical; only the dialect differs:
--   from_iso8601_timestamp(x)  → CAST(x AS TIMESTAMPTZ)
--   regexp_like(s, p)          → regexp_matches(s, p)
--   regexp_replace(s, p, '$1') → regexp_replace(s, p, '\1', 'g')   (DuckDB replaces the first match unless 'g')
--   format_datetime(t, 'yyyy-MM-dd HH:mm:ss.SSS') → strftime(t, '%Y-%m-%d %H:%M:%S.%g')
-- `cloudtrail_logs` is a table or view with the columns of the Athena table (test/sql/ reads JSON lines).
-- Run with the session time zone at UTC (SET TimeZone = 'UTC').
WITH params AS (
  SELECT
    CAST('2026-05-28T00:00:00Z' AS TIMESTAMPTZ) AS window_from,
    CAST('2026-11-24T00:00:00Z' AS TIMESTAMPTZ) AS window_to
),
events AS (
  SELECT
    t.eventid AS id,
    CAST(t.eventtime AS TIMESTAMPTZ) AS event_time,
    t.eventname AS action,
    CASE
      WHEN t.useridentity.type = 'AssumedRole' THEN t.useridentity.sessioncontext.sessionissuer.arn
      ELSE t.useridentity.arn
    END AS principal,
    CASE WHEN t.useridentity.accesskeyid LIKE 'AKIA%' THEN t.useridentity.accesskeyid END AS credential,
    t.errorcode IS NULL AS ok
  FROM cloudtrail_logs t
  CROSS JOIN params p
  WHERE CAST(t.eventtime AS TIMESTAMPTZ) >= p.window_from
    AND CAST(t.eventtime AS TIMESTAMPTZ) < p.window_to
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
    ' ' || regexp_replace(lower(regexp_replace(coalesce(u.action, ''), '([a-z0-9])([A-Z])', '\1 \2', 'g')), '[^a-z0-9]+', ' ', 'g') || ' ' AS words
  FROM unique_events u
),
classified AS (
  SELECT principal, credential, event_time, ok,
    ok AND NOT (
      regexp_matches(words, ' (login|logon|logout|logoff|signin|signon|signout|authenticate|authenticated|authentication|reauthenticate|sso|session|sessions) ')
      OR regexp_matches(words, ' (log|logged|sign|signed) (in|on|out|off) ')
      OR regexp_matches(words, ' assume role ')
      OR (regexp_matches(words, ' (token|tokens|credential|credentials) ')
          AND regexp_matches(words, ' (refresh|refreshed|renew|renewed|issue|issued|exchange|exchanged|mint|minted|grant|granted|generate|generated|request|requested|lookup|create|created) | lookup self '))
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
    count(DISTINCT CASE WHEN meaningful THEN CAST(event_time AT TIME ZONE 'UTC' AS DATE) END) AS active_days
  FROM classified
  GROUP BY principal
  UNION ALL
  SELECT principal, credential,
    min(CASE WHEN ok THEN event_time END),
    max(CASE WHEN ok THEN event_time END),
    max(CASE WHEN meaningful THEN event_time END),
    count(*),
    sum(CASE WHEN meaningful THEN 1 ELSE 0 END),
    count(DISTINCT CASE WHEN meaningful THEN CAST(event_time AT TIME ZONE 'UTC' AS DATE) END)
  FROM classified
  WHERE credential IS NOT NULL
  GROUP BY principal, credential
)
SELECT
  s.principal,
  s.credential,
  strftime(s.first_use AT TIME ZONE 'UTC', '%Y-%m-%d %H:%M:%S.%g') AS first_use,
  strftime(s.last_use AT TIME ZONE 'UTC', '%Y-%m-%d %H:%M:%S.%g') AS last_use,
  strftime(s.last_meaningful_use AT TIME ZONE 'UTC', '%Y-%m-%d %H:%M:%S.%g') AS last_meaningful_use,
  s.events,
  s.meaningful_events,
  s.active_days,
  strftime(p.window_from AT TIME ZONE 'UTC', '%Y-%m-%d %H:%M:%S.%g') AS window_from,
  strftime(p.window_to AT TIME ZONE 'UTC', '%Y-%m-%d %H:%M:%S.%g') AS window_to
FROM summary s
CROSS JOIN params p
ORDER BY s.principal, s.credential;
