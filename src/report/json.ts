// The JSON report: the §6 contract, byte-for-byte the same for the same inputs and --now.
import type { Report } from '../model/report.js';

/** Serialises the report; key order is the model's, so output is stable across runs. */
export function renderJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
