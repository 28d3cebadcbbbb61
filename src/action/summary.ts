// The job summary: the report in Markdown within GitHub's 1 MiB step-summary limit. GitHub counts
// bytes while the Markdown renderer counts characters, so the budget shrinks until the bytes fit.
import type { Report } from '../model/report.js';
import { renderMarkdown } from '../report/markdown.js';

/** Under GitHub's 1 MiB (1,048,576 bytes) per step, with room for the lines the Action appends. */
export const SUMMARY_BYTES = 1_000_000;

/** Renders with the largest character budget whose UTF-8 form fits in `maxBytes`. */
export function fitBytes(render: (budget: number) => string, maxBytes: number): string {
  let budget = maxBytes;
  for (let attempt = 0; attempt < 6; attempt++) {
    const text = render(budget);
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes <= maxBytes) return text;
    budget = Math.floor(budget * (maxBytes / bytes) * 0.98);
  }
  // A UTF-16 code unit is at most 3 UTF-8 bytes, so this always fits.
  return render(Math.floor(maxBytes / 3));
}

export interface SummaryOptions {
  pullRequest: boolean;
  detailsUrl?: string;
  /** Lines about what the Action did (comment, issue, scope notes), appended after the report. */
  notes: string[];
  maxBytes?: number;
}

/** The job summary's Markdown: the report, then the Action's notes. */
export function summaryMarkdown(report: Report, options: SummaryOptions): string {
  const notes = options.notes.length ? `\n${options.notes.map((note) => `- ${note}`).join('\n')}\n` : '';
  const maxBytes = (options.maxBytes ?? SUMMARY_BYTES) - Buffer.byteLength(notes, 'utf8');
  const body = fitBytes(
    (budget) =>
      renderMarkdown(report, {
        budget,
        pullRequest: options.pullRequest,
        ...(options.detailsUrl ? { detailsUrl: options.detailsUrl } : {}),
      }),
    maxBytes,
  );
  return body + notes;
}
