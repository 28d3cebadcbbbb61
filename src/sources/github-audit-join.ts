// Joins the folds of a file's two stretches (the main thread's and the worker's) into the fold one
// thread would have made.
import { UsageTable } from '../usage/usage-table.js';
import type { FoldResult } from './github-audit-fold.js';

/**
 * The fold of a file's first stretch and of the rest after it, as one: what a single thread reading the
 * whole file would have folded. Rows of the second join the first's by principal (and credential),
 * or follow them in their own order of appearance. `lineOffset`: lines before the second stretch.
 */
export function joinFolds(first: FoldResult, second: FoldResult, lineOffset: number): FoldResult {
  const table = new UsageTable(0, first.usage);
  const other = new UsageTable(0, second.usage);
  const details = [...first.details];
  const detailNumbers = new Map(details.map((detail, i) => [detail, i]));
  const renumber = second.details.map((detail) => {
    let n = detailNumbers.get(detail);
    if (n === undefined) {
      n = details.push(detail) - 1;
      detailNumbers.set(detail, n);
    }
    return n;
  });
  const principals = [...first.principals];
  const principalRows = new Map(principals.map((p) => [p.principal, p.row]));
  for (const p of second.principals) {
    let row = principalRows.get(p.principal);
    if (row === undefined) {
      row = table.addRow();
      principalRows.set(p.principal, row);
      principals.push({ ...p, line: p.line + lineOffset, row });
    }
    table.mergeRow(row, other, p.row, renumber);
  }
  const credentials = [...first.credentials];
  const key = (c: { principal: string; credential: string }): string => `${c.principal}\n${c.credential}`;
  const credentialRows = new Map(credentials.map((c) => [key(c), c.row]));
  for (const c of second.credentials) {
    let row = credentialRows.get(key(c));
    if (row === undefined) {
      row = table.addRow();
      credentialRows.set(key(c), row);
      credentials.push({ ...c, row });
    }
    table.mergeRow(row, other, c.row, renumber);
  }
  const reasons = [...first.reasons];
  const reasonNumbers = new Map(reasons.map((reason, i) => [reason, i]));
  const reasonOf = second.reasons.map((reason) => {
    let n = reasonNumbers.get(reason);
    if (n === undefined) {
      n = reasons.push(reason) - 1;
      reasonNumbers.set(reason, n);
    }
    return n;
  });
  return {
    usage: table.state(),
    principals,
    credentials,
    details,
    accepted: first.accepted + second.accepted,
    duplicates: first.duplicates + second.duplicates,
    ignored: first.ignored + second.ignored,
    rejectLines: [...first.rejectLines, ...second.rejectLines.map((line) => line + lineOffset)],
    rejectReasons: [...first.rejectReasons, ...second.rejectReasons.map((n) => reasonOf[n])],
    reasons,
    minAt: Math.min(first.minAt, second.minAt),
    maxAt: Math.max(first.maxAt, second.maxAt),
  };
}
