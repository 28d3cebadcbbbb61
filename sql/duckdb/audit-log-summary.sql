-- sql/bigquery-audit-summary.sql in DuckDB's dialect, for test/sql/. Logically identical; only the
-- dialect differs:
--   TIMESTAMP '… +00'               → CAST('…' AS TIMESTAMPTZ)
--   REGEXP_CONTAINS(s, r'p')        → regexp_matches(s, 'p')
--   REGEXP_REPLACE(s, r'p', r'\1') → regexp_replace(s, 'p', '\1', 'g')
--   REGEXP_EXTRACT(s, r'p')         → nullif(regexp_extract(s, 'p', 1), '')
--   DATE(t, 'UTC')                  → CAST(t AT TIME ZONE 'UTC' AS DATE)
--   FORMAT_TIMESTAMP('%Y-%m-%d %H:%M:%E3S', t, 'UTC') → strftime(t AT TIME ZONE 'UTC', '%Y-%m-%d %H:%M:%S.%g')
-- `cloudaudit_logs` stands for the wildcard table: the columns of the BigQuery export.
-- Run with the session time zone at UTC (SET TimeZone = 'UTC').
WITH params AS (
  SELECT
    CAST('2026-05-28T00:00:00Z' AS TIMESTAMPTZ) AS window_from,
    CAST('2026-11-24T00:00:00Z' AS TIMESTAMPTZ) AS window_to
),
events AS (
  SELECT
    t.insertId AS id,
    t.timestamp AS event_time,
    t.protopayload_auditlog.methodName AS action,
    LOWER(t.protopayload_auditlog.authenticationInfo.principalEmail) AS principal,
    nullif(regexp_extract(t.protopayload_auditlog.authenticationInfo.serviceAccountKeyName, '/keys/([^/]+)$', 1), '') AS credential,
    COALESCE(t.protopayload_auditlog.status.code, 0) = 0 AS ok
  FROM cloudaudit_logs t
  CROSS JOIN params p
  WHERE t.timestamp >= p.window_from
    AND t.timestamp < p.window_to
),
unique_events AS (
  SELECT id, event_time, action, principal, credential, ok
  FROM (
    SELECT e.*, ROW_NUMBER() OVER (PARTITION BY e.id ORDER BY e.event_time) AS copy_number
    FROM events e
    WHERE e.principal IS NOT NULL
  )
  WHERE id IS NULL OR copy_number = 1
),
named AS (
  -- The action's words: camelCase split, lower case, anything else a separator ("generate access token").
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
    MIN(CASE WHEN ok THEN event_time END) AS first_use,
    MAX(CASE WHEN ok THEN event_time END) AS last_use,
    MAX(CASE WHEN meaningful THEN event_time END) AS last_meaningful_use,
    COUNT(*) AS events,
    SUM(CASE WHEN meaningful THEN 1 ELSE 0 END) AS meaningful_events,
    COUNT(DISTINCT CASE WHEN meaningful THEN CAST(event_time AT TIME ZONE 'UTC' AS DATE) END) AS active_days
  FROM classified
  GROUP BY principal
  UNION ALL
  SELECT principal, credential,
    MIN(CASE WHEN ok THEN event_time END),
    MAX(CASE WHEN ok THEN event_time END),
    MAX(CASE WHEN meaningful THEN event_time END),
    COUNT(*),
    SUM(CASE WHEN meaningful THEN 1 ELSE 0 END),
    COUNT(DISTINCT CASE WHEN meaningful THEN CAST(event_time AT TIME ZONE 'UTC' AS DATE) END)
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
