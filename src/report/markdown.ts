// Markdown for people: the job summary, the PR comment, the tracking issue and `--format markdown`.
// Each has a size budget (GitHub: 1 MiB summary, 65 536-character comment); when the findings do not
// fit, the rest is cut with a note saying how many were left out — rendering never fails on size.
import type { Severity } from '../model/config.js';
import type { Finding, Report } from '../model/report.js';
import { sparkline } from './sparkline.js';

export interface MarkdownOptions {
  /** Maximum length in characters (UTF-16 code units, as GitHub counts comment bodies). */
  budget: number;
  title?: string;
  /** A hidden marker (an HTML comment) placed first, to find the comment again. */
  marker?: string;
  /** In a pull request: findings on lines it did not change are listed as pre-existing. */
  pullRequest?: boolean;
  /** A link to the full report (the run page), shown when something is cut. */
  detailsUrl?: string;
}

const ICON: Record<Severity, string> = { critical: '🟥', high: '🟧', medium: '🟨', low: '🟦' };

/** Escapes text for a Markdown table cell. */
export function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>').replace(/</g, '&lt;');
}

/**
 * Text as a code span in a table cell. Ids come from telemetry a pull request can change: a backtick
 * would end the span (and let the rest render as Markdown), a pipe would split the table row.
 */
export function code(text: string): string {
  return `\`${text
    .replace(/`/g, 'ˋ')
    .replace(/\|/g, '\\|')
    .replace(/[\r\n]+/g, ' ')}\``;
}

function findingRow(finding: Finding, weeks: Map<string, (number | null)[]>): string {
  const where = finding.location ? code(`${finding.location.path}:${finding.location.line}`) : '';
  const subject = finding.credential
    ? `${code(finding.subject)} / ${code(finding.credential)}`
    : code(finding.subject);
  const shape = weeks.get(finding.subject);
  return `| ${ICON[finding.severity]} ${finding.severity} | \`${finding.rule}\` | ${subject} | ${cell(finding.message)}<br>**Fix:** ${cell(finding.remediation)} | ${where} | ${shape?.some((week) => week !== null) ? `\`${sparkline(shape)}\`` : ''} |`;
}

const TABLE_HEAD = [
  '| severity | rule | subject | finding | declared at | last 26 weeks |',
  '|---|---|---|---|---|---|',
];

/** Renders the report as Markdown within `options.budget` characters. */
export function renderMarkdown(report: Report, options: MarkdownOptions): string {
  const s = report.summary;
  const head: string[] = [];
  if (options.marker) head.push(options.marker);
  head.push(`## ${options.title ?? 'lastseen'}`, '');
  const counts = (['critical', 'high', 'medium', 'low'] as const)
    .map((sev) => `${ICON[sev]} ${s.bySeverity[sev]} ${sev}`)
    .join(' · ');
  head.push(
    s.blocking > 0
      ? `**${s.blocking} blocking finding${s.blocking === 1 ? '' : 's'}** (fail-on: \`${report.failOn}\`)`
      : options.pullRequest && s.findings > 0 && !report.findings.some((f) => f.changed && !f.suppressed)
        ? `**All clear:** nothing on the lines this pull request changes (fail-on: \`${report.failOn}\`).`
        : s.findings > 0
          ? `**Nothing blocks** (fail-on: \`${report.failOn}\`)`
          : '**No findings.** Every identity is owned, rotated and used.',
    '',
    `${s.subjects} subjects (${s.byStatus.active} active, ${s.byStatus.inactive} inactive, ${s.byStatus['never-used']} never used, ${s.byStatus.unknown} unknown) · ${s.findings} findings: ${counts}${s.suppressed ? ` · ${s.suppressed} suppressed` : ''}`,
  );
  if (s.reclaimable.length) {
    head.push(
      '',
      `Reclaimable licence spend: ${s.reclaimable.map((r) => `**${r.amount.toLocaleString('en-US')} ${r.currency}/year**`).join(', ')}`,
    );
  }
  head.push('');

  const weeks = new Map(report.subjects.map((subject) => [subject.id, subject.weeks ?? []]));
  const visible = report.findings.filter((f) => !f.suppressed);
  const blocking = visible.filter((f) => f.blocking);
  const rest = visible.filter((f) => !f.blocking);
  const sections: { title: string; findings: Finding[] }[] = [];
  if (blocking.length) sections.push({ title: `Blocking (${blocking.length})`, findings: blocking });
  if (options.pullRequest) {
    // Split by PR scope, so a reviewer sees first what this change is answerable for.
    const onChanged = rest.filter((f) => f.changed);
    const preExisting = rest.filter((f) => !f.changed);
    if (onChanged.length) {
      sections.push({
        title: `Non-blocking, on lines this pull request changes (${onChanged.length})`,
        findings: onChanged,
      });
    }
    if (preExisting.length) {
      const title = `Pre-existing, on lines this pull request does not change (${preExisting.length})`;
      sections.push({ title, findings: preExisting });
    }
  } else if (rest.length) {
    sections.push({ title: `Other findings (${rest.length})`, findings: rest });
  }

  const tail: string[] = [];
  const troubled = report.sources.filter((source) => source.rejected > 0 || source.failure);
  if (troubled.length) {
    tail.push('', '<details><summary>Telemetry problems</summary>', '');
    // Problems share the budget with the findings: a quarter at most, the rest counted (a thousand
    // broken exports must not push the comment past GitHub's limit).
    const room = options.budget / 4;
    let used = 0;
    let listed = 0;
    for (const source of troubled) {
      const why = source.failure
        ? `could not be read: ${source.failure}`
        : `${source.rejected} of ${source.records} records rejected`;
      const lines = [`- ${code(source.type)} ${source.path ? code(source.path) : ''}: ${cell(why)}`];
      for (const error of source.errors.slice(0, 5))
        lines.push(`  - line ${error.line}: ${cell(error.reason)}`);
      const size = lines.join('\n').length + 1;
      if (used + size > room) break;
      tail.push(...lines);
      used += size;
      listed++;
    }
    if (listed < troubled.length) {
      tail.push(
        `- … and ${troubled.length - listed} more sources with problems: the JSON report lists them all`,
      );
    }
    tail.push('', '</details>');
  }
  tail.push('', `<sub>lastseen ${report.tool.version} · evaluated at ${report.now}</sub>`);

  let out = head.join('\n');
  const tailText = tail.join('\n');
  // Most severe first; once one row does not fit, the rest are counted, not shown, so order holds.
  let omitted = 0;
  let full = false;
  for (const section of sections) {
    const sectionHead = `\n### ${section.title}\n\n${TABLE_HEAD.join('\n')}\n`;
    if (full || out.length + sectionHead.length + tailText.length + 400 > options.budget) {
      full = true;
      omitted += section.findings.length;
      continue;
    }
    out += sectionHead;
    for (const finding of section.findings) {
      const row = `${findingRow(finding, weeks)}\n`;
      if (full || out.length + row.length + tailText.length + 400 > options.budget) {
        full = true;
        omitted++;
        continue;
      }
      out += row;
    }
  }
  if (omitted > 0) {
    out += `\n> [!NOTE]\n> ${omitted} more finding${omitted === 1 ? '' : 's'} did not fit here${options.detailsUrl ? `: see [the full report](${options.detailsUrl})` : ''}; the JSON report and SARIF have all of them.\n`;
  }
  return out + tailText + '\n';
}
