// A fold as the `lastseen-summary` CSV (DESIGN.md §8): one row per principal (empty credential) and one
// per credential of it, with the columns the SQL in sql/ writes. The SQL's result is held against this,
// principal by principal (test/sql/), and the benchmark compares other tools with it (bench/).
import { iso } from '../model/time.js';
import type { UsageAccumulator } from './accumulator.js';
import type { UsageFold } from './fold.js';

export const SUMMARY_COLUMNS = [
  'principal',
  'credential',
  'first_use',
  'last_use',
  'last_meaningful_use',
  'events',
  'meaningful_events',
  'active_days',
] as const;

export interface SummaryRow {
  principal: string;
  credential: string;
  firstUse: number | null;
  lastUse: number | null;
  lastMeaningfulUse: number | null;
  events: number;
  meaningfulEvents: number;
  activeDays: number;
}

function row(principal: string, credential: string, usage: UsageAccumulator): SummaryRow {
  const finite = (n: number): number | null => (Number.isFinite(n) ? n : null);
  return {
    principal,
    credential,
    firstUse: finite(usage.firstUse),
    lastUse: finite(usage.lastUse),
    lastMeaningfulUse: finite(usage.lastMeaningfulUse),
    events: usage.events,
    meaningfulEvents: usage.meaningfulEvents,
    activeDays: usage.days.size + usage.unlistedDays,
  };
}

/** The fold's principals and credentials that saw events, sorted by principal, then credential. */
export function summaryRows(fold: UsageFold): SummaryRow[] {
  const rows: SummaryRow[] = [];
  fold.wakeAll();
  for (const entry of fold.principals.values()) {
    if (entry.usage.events > 0) rows.push(row(entry.id, '', entry.usage));
  }
  for (const entry of fold.credentials.values()) {
    if (entry.usage.events > 0) rows.push(row(entry.principal, entry.id, entry.usage));
  }
  const order = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  return rows.sort((a, b) => order(a.principal, b.principal) || order(a.credential, b.credential));
}

function cell(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The rows as CSV text, times in ISO 8601 UTC. */
export function summaryCsv(rows: SummaryRow[]): string {
  const lines = rows.map((r) =>
    [
      r.principal,
      r.credential,
      iso(r.firstUse),
      iso(r.lastUse),
      iso(r.lastMeaningfulUse),
      r.events,
      r.meaningfulEvents,
      r.activeDays,
    ]
      .map(cell)
      .join(','),
  );
  return `${SUMMARY_COLUMNS.join(',')}\n${lines.map((l) => `${l}\n`).join('')}`;
}
