-- lastseen summary of Cloud Audit Logs, for BigQuery. DESIGN.md §8, docs/scale.md.
--
-- Folds the audit log entries of a window, as a log sink exports them to BigQuery
-- (cloudaudit_googleapis_com_activity, cloudaudit_googleapis_com_data_access, …), into the
-- `lastseen-summary` CSV: one row per principal (empty `credential`: all its entries) and one per
-- service-account key (the key id: that key's entries), with principal, credential, first_use,
-- last_use, last_meaningful_use, events, meaningful_events, active_days, window_from, window_to.
-- Download the result as CSV and point a `lastseen-summary` source at it
-- (docs/sources/lastseen-summary.md).
--
-- The rules are lastseen's (DESIGN.md §3):
--   principal  authenticationInfo.principalEmail, lower case (e-mails compare case-insensitively);
--              entries without one (system events) are nobody's.
--   credential the key id at the end of authenticationInfo.serviceAccountKeyName.
--   duplicates one record per insertId.
--   use        an entry whose status code is absent or 0. first_use / last_use span those.
--   meaningful a successful call whose method is not a login, session start or token issue, by the
--              words of its name as src/sources/action-kind.ts splits them (GenerateAccessToken,
--              SignJwt's token minting… are not use).
--   events     every entry, failed ones included; active_days: UTC days with a meaningful entry.
--
-- Edit the window and the dataset below. The wildcard reads every audit log table of the dataset
-- (date-sharded tables too: add `AND _TABLE_SUFFIX BETWEEN …` to read only the window's shards).
-- Data-access logs are off by default for most services: without them, reads are not seen.
-- sql/duckdb/audit-log-summary.sql is this query in DuckDB's dialect, which test/sql/ runs.
WITH params AS (
  SELECT
    TIMESTAMP '2026-05-28 00:00:00+00' AS window_from,
    TIMESTAMP '2026-11-24 00:00:00+00' AS window_to
),
events AS (
  SELECT
    t.insertId AS id,
    t.timestamp AS event_time,
    t.protopayload_auditlog.methodName AS action,
    LOWER(t.protopayload_auditlog.authenticationInfo.principalEmail) AS principal,
    REGEXP_EXTRACT(t.protopayload_auditlog.authenticationInfo.serviceAccountKeyName, r'/keys/([^/]+)$') AS credential,
    COALESCE(t.protopayload_auditlog.status.code, 0) = 0 AS ok
  FROM `my-project.audit_logs.cloudaudit_googleapis_com_*` t
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
    ' ' || REGEXP_REPLACE(LOWER(REGEXP_REPLACE(COALESCE(u.action, ''), r'([a-z0-9])([A-Z])', r'\1 \2')), r'[^a-z0-9]+', ' ') || ' ' AS words
  FROM unique_events u
),
classified AS (
  SELECT principal, credential, event_time, ok,
    ok AND NOT (
      REGEXP_CONTAINS(words, r' (login|logon|logout|logoff|signin|signon|signout|authenticate|authenticated|authentication|reauthenticate|sso|session|sessions) ')
      OR REGEXP_CONTAINS(words, r' (log|logged|sign|signed) (in|on|out|off) ')
      OR REGEXP_CONTAINS(words, r' assume role ')
      OR (REGEXP_CONTAINS(words, r' (token|tokens|credential|credentials) ')
          AND REGEXP_CONTAINS(words, r' (refresh|refreshed|renew|renewed|issue|issued|exchange|exchanged|mint|minted|grant|granted|generate|generated|request|requested|lookup|create|created) | lookup self '))
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
    COUNT(DISTINCT CASE WHEN meaningful THEN DATE(event_time, 'UTC') END) AS active_days
  FROM classified
  GROUP BY principal
  UNION ALL
  SELECT principal, credential,
    MIN(CASE WHEN ok THEN event_time END),
    MAX(CASE WHEN ok THEN event_time END),
    MAX(CASE WHEN meaningful THEN event_time END),
    COUNT(*),
    SUM(CASE WHEN meaningful THEN 1 ELSE 0 END),
    COUNT(DISTINCT CASE WHEN meaningful THEN DATE(event_time, 'UTC') END)
  FROM classified
  WHERE credential IS NOT NULL
  GROUP BY principal, credential
)
SELECT
  s.principal,
  s.credential,
  FORMAT_TIMESTAMP('%Y-%m-%d %H:%M:%E3S', s.first_use, 'UTC') AS first_use,
  FORMAT_TIMESTAMP('%Y-%m-%d %H:%M:%E3S', s.last_use, 'UTC') AS last_use,
  FORMAT_TIMESTAMP('%Y-%m-%d %H:%M:%E3S', s.last_meaningful_use, 'UTC') AS last_meaningful_use,
  s.events,
  s.meaningful_events,
  s.active_days,
  FORMAT_TIMESTAMP('%Y-%m-%d %H:%M:%E3S', p.window_from, 'UTC') AS window_from,
  FORMAT_TIMESTAMP('%Y-%m-%d %H:%M:%E3S', p.window_to, 'UTC') AS window_to
FROM summary s
CROSS JOIN params p
ORDER BY s.principal, s.credential;
