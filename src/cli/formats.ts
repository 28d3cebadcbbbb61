// Output formats that have their own renderer module, loaded on demand.
import type { Report } from '../model/report.js';
import { InputError } from '../model/errors.js';

/** Renders `sarif` and `html`. */
export async function renderExtraFormat(format: string, report: Report): Promise<string> {
  void report;
  throw new InputError(`--format ${format} is not available in this build`);
}
