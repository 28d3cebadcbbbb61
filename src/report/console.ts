// The console table: what a person running `lastseen scan` in a terminal reads first. Colour only when
// the caller says the output is a TTY and NO_COLOR is not set; plain text otherwise (CI logs, pipes).
import type { Severity } from '../model/config.js';
import type { Finding, Report, SubjectReport } from '../model/report.js';
import { sparkline } from './sparkline.js';

export interface ConsoleOptions {
  color: boolean;
  /** Terminal width; long messages wrap under their row. */
  width?: number;
  /** Show every subject, not just the summary line per status. */
  verbose?: boolean;
}

const SEVERITY_ORDER: Severity[] = ['critical', 'high', 'medium', 'low'];

function paint(enabled: boolean) {
  const wrap = (open: number, close: number) => (text: string) =>
    enabled ? `\u001b[${open}m${text}\u001b[${close}m` : text;
  return {
    bold: wrap(1, 22),
    dim: wrap(2, 22),
    red: wrap(31, 39),
    yellow: wrap(33, 39),
    cyan: wrap(36, 39),
    green: wrap(32, 39),
    magenta: wrap(35, 39),
  };
}

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + ' '.repeat(width - text.length);
}

/** Renders the report as text for a terminal or a log. */
export function renderConsole(report: Report, options: ConsoleOptions): string {
  const c = paint(options.color);
  const severityColour: Record<Severity, (t: string) => string> = {
    critical: (t) => c.bold(c.red(t)),
    high: c.red,
    medium: c.yellow,
    low: c.cyan,
  };
  const lines: string[] = [];
  const s = report.summary;
  lines.push(
    `${c.bold('lastseen')} ${report.tool.version} · ${report.config} · evaluated at ${report.now}`,
    '',
  );

  // Sources first: a finding is only as good as the evidence it rests on.
  lines.push(c.bold('Sources'));
  for (const source of report.sources) {
    const window =
      source.window.from && source.window.to
        ? `${source.window.from.slice(0, 10)} → ${source.window.to.slice(0, 10)}`
        : 'no window';
    const counts = `${source.accepted}/${source.records} records`;
    const rejected = source.rejected > 0 ? c.yellow(` · ${source.rejected} rejected`) : '';
    const failure = source.failure ? c.red(` · ${source.failure}`) : '';
    lines.push(
      `  ${pad(source.type, 26)} ${pad(source.path ?? '(API)', 44)} ${pad(window, 25)} ${counts}${rejected}${failure}`,
    );
    for (const error of source.errors.slice(0, 3)) {
      lines.push(c.dim(`      line ${error.line}: ${error.reason}`));
    }
    if (source.errors.length > 3)
      lines.push(c.dim(`      … ${source.rejected - 3} more rejected records (see the JSON report)`));
  }
  lines.push('');

  lines.push(c.bold('Subjects'));
  const statusLine = (['active', 'inactive', 'never-used', 'unknown'] as const)
    .map((status) => `${s.byStatus[status]} ${status}`)
    .join(' · ');
  lines.push(`  ${s.subjects} subjects: ${statusLine}`);
  const interesting = options.verbose
    ? report.subjects
    : report.subjects.filter((subject) => subject.status !== 'active');
  for (const subject of interesting) lines.push(`  ${subjectLine(subject, c)}`);
  lines.push('');

  const visible = report.findings.filter((f) => !f.suppressed);
  if (visible.length === 0) {
    lines.push(c.green('No findings.'));
  } else {
    lines.push(c.bold(`Findings (${visible.length})`));
    for (const severity of SEVERITY_ORDER) {
      for (const finding of visible.filter((f) => f.severity === severity)) {
        lines.push(...findingLines(finding, severityColour[severity], c, options.width ?? 120));
      }
    }
  }
  lines.push('');
  const bySeverity = SEVERITY_ORDER.map((sev) => `${s.bySeverity[sev]} ${sev}`).join(', ');
  const reclaim = s.reclaimable.length
    ? ` · reclaimable: ${s.reclaimable.map((r) => `${r.amount.toLocaleString('en-US')} ${r.currency}/year`).join(', ')}`
    : '';
  const suppressed = s.suppressed ? ` · ${s.suppressed} suppressed` : '';
  const verdict =
    s.blocking > 0
      ? c.red(c.bold(`${s.blocking} blocking (fail-on: ${report.failOn})`))
      : c.green(`nothing blocks (fail-on: ${report.failOn})`);
  lines.push(`${s.findings} findings (${bySeverity})${suppressed}${reclaim} · ${verdict}`);
  return `${lines.join('\n')}\n`;
}

function subjectLine(subject: SubjectReport, c: ReturnType<typeof paint>): string {
  const last = subject.lastMeaningfulUse
    ? `last used ${subject.lastMeaningfulUse.slice(0, 10)}`
    : subject.neverUsed
      ? 'never used'
      : 'last use unknown';
  const text = pad(subject.status, 11);
  const status =
    subject.status === 'active'
      ? c.green(text)
      : subject.status === 'unknown'
        ? c.magenta(text)
        : c.yellow(text);
  const spark = subject.weeks ? ` ${c.dim(sparkline(subject.weeks))}` : '';
  return `${pad(subject.id, 34)} ${status} ${pad(last, 26)}${spark}${subject.declared ? '' : c.dim(' (undeclared)')}`;
}

function findingLines(
  finding: Finding,
  colour: (t: string) => string,
  c: ReturnType<typeof paint>,
  width: number,
): string[] {
  const where = finding.location ? `${finding.location.path}:${finding.location.line}` : '';
  const subject = finding.credential ? `${finding.subject} / ${finding.credential}` : finding.subject;
  const head = `  ${colour(pad(finding.severity.toUpperCase(), 8))} ${pad(finding.rule, 20)} ${subject}${finding.blocking ? c.red(' [blocking]') : ''}${where ? c.dim(`  ${where}`) : ''}`;
  return [
    head,
    ...wrap(finding.message, width - 6).map((l) => `      ${l}`),
    ...wrap(`→ ${finding.remediation}`, width - 6).map((l) => c.dim(`      ${l}`)),
  ];
}

function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(' ')) {
      if (line && line.length + word.length + 1 > width) {
        out.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    out.push(line);
  }
  return out;
}
