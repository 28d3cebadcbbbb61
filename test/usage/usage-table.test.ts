// The fold's packed table (usage-table.ts): rows as UsageAccumulator would fold the same events, across
// growth and a hand-over to another thread.
import { describe, expect, it } from 'vitest';
import { UsageAccumulator } from '../../src/usage/accumulator.js';
import { UsageTable } from '../../src/usage/usage-table.js';

const HOUR = 3_600_000;
// Monday 2026-11-23 09:00 UTC: hour 9 of the week's profile (Monday 00:00 is hour 0).
const MONDAY_9 = Date.UTC(2026, 10, 23, 9);

describe('UsageTable', () => {
  it('keeps its rows across growth and a hand-over to another thread', () => {
    const table = new UsageTable(1);
    const busy = table.addRow();
    for (let i = 0; i < 1000; i++)
      table.record(busy, MONDAY_9 + (i % 4) * 7 * 24 * HOUR, true, false, true, -1);
    table.record(busy, MONDAY_9 + HOUR, true, false, true, -1);
    const hours = (row: number, from: UsageTable): number[] =>
      Array.from(from.summary(row, 'p', undefined, []).hourOfWeek!);
    // Grown (a second and a third row), and rebuilt from its state as another thread would.
    const quiet = table.addRow();
    const third = table.addRow();
    table.record(quiet, MONDAY_9, true, false, true, -1);
    table.record(third, MONDAY_9 - 400 * 24 * HOUR, true, false, true, -1);
    const moved = new UsageTable(0, structuredClone(table.state()));
    expect([hours(busy, moved)[9], hours(busy, moved)[10], hours(quiet, moved)[9]]).toEqual([1000, 1, 1]);
    moved.record(busy, MONDAY_9, true, false, true, -1);
    expect(hours(busy, moved)[9]).toBe(1001);
    expect(moved.summary(third, 'p', undefined, []).events).toBe(1);
  });

  it('applies batched events in the order they came, samples and ties included', () => {
    // Over a thousand events on three rows, many at the same instant: which five interactive samples a
    // row keeps depends on the order of equal times, as in UsageAccumulator.
    const table = new UsageTable(1);
    const rows = [table.addRow(), table.addRow(), table.addRow()];
    const accs = rows.map(() => new UsageAccumulator());
    const details = ['web UI in Firefox', 'web UI in Chrome', 'web UI in Safari'];
    let seed = 11;
    for (let i = 0; i < 1100; i++) {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      const r = seed % 3;
      const at = MONDAY_9 + ((seed >>> 4) % 40) * HOUR;
      const detail = (seed >>> 12) % 4 === 0 ? -1 : (seed >>> 14) % 3;
      const ok = (seed >>> 16) % 9 !== 0;
      const login = (seed >>> 18) % 7 === 0;
      table.record(rows[r], at, ok, login, ok && !login, detail);
      accs[r].record(at, ok, login, ok && !login, detail === -1 ? undefined : details[detail], 'test');
    }
    for (const [k, row] of rows.entries()) {
      const fromTable = new UsageAccumulator();
      fromTable.addSummary(table.summary(row, 'p', undefined, details), 'test');
      expect(fromTable.toStats()).toEqual(accs[k].toStats());
    }
  });

  it('counts past 65,535 events in one hour of the week, across a hand-over', () => {
    const table = new UsageTable(1);
    const busy = table.addRow();
    for (let i = 0; i < 70_000; i++) table.record(busy, MONDAY_9, true, false, true, -1);
    table.record(busy, MONDAY_9 + HOUR, true, false, true, -1);
    const moved = new UsageTable(0, structuredClone(table.state()));
    for (let i = 0; i < 65_536; i++) moved.record(busy, MONDAY_9, true, false, true, -1);
    const hours = Array.from(moved.summary(busy, 'p', undefined, []).hourOfWeek!);
    expect([hours[9], hours[10], hours.reduce((a, b) => a + b, 0)]).toEqual([135_536, 1, 135_537]);
  });

  it('folds a row as UsageAccumulator does', () => {
    const table = new UsageTable(1);
    const acc = new UsageAccumulator();
    const events: [number, boolean, boolean, boolean][] = [
      [MONDAY_9, true, false, true],
      [MONDAY_9 - 40 * 24 * HOUR, true, true, false],
      [MONDAY_9 + 5 * HOUR, false, false, false],
      [MONDAY_9 + 30 * HOUR, true, false, true],
    ];
    const row = table.addRow();
    for (const [at, ok, login, meaningful] of events) {
      table.record(row, at, ok, login, meaningful, -1);
      acc.record(at, ok, login, meaningful, undefined, 'test');
    }
    const fromTable = new UsageAccumulator();
    fromTable.addSummary(table.summary(row, 'p', undefined, []), 'test');
    const { hourOfWeek: a, ...stats } = fromTable.toStats();
    const { hourOfWeek: b, ...expected } = acc.toStats();
    expect(stats).toEqual(expected);
    expect(a).toEqual(b);
  });
});
