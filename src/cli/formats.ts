// Output formats that have their own renderer module, loaded on demand.
import type { Report } from '../model/report.js';
import { InputError } from '../model/errors.js';

/** Renders `sarif` and `html`. */
export async function renderExtraFormat(format: string, report: Report): Promise<string> {
  if (format === 'sarif') {
    const [{ renderSarifText }, { FRAMEWORKS, RULE_METADATA }] = await Promise.all([
      import('../report/sarif.js'),
      import('../rules/metadata.js'),
    ]);
    return renderSarifText(report, { rules: RULE_METADATA, frameworks: FRAMEWORKS });
  }
  if (format === 'html') {
    const { renderHtml } = await import('../report/html.js');
    return renderHtml(report);
  }
  throw new InputError(`--format ${format} is not available in this build`);
}
