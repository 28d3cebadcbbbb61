// `lastseen explain <id>`: everything behind one subject's verdicts, for the person who must decide.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { InputError } from '../model/errors.js';
import type { OwnerDirectory } from '../correlate/owners.js';
import type { Config } from '../model/config.js';
import type { Finding, SubjectReport } from '../model/report.js';
import { maskText, redactValue } from '../report/redact.js';
import type { Subject } from '../model/subject.js';
import { DAY, iso } from '../model/time.js';
import { scan } from '../scan.js';
import {
  cadenceLines,
  holdersOf,
  linkLines,
  ownerLines,
  ownerStatus,
  timelineLines,
} from './explain-lifecycle.js';
import { COMMON_OPTIONS, type Io } from './main.js';
import { EXPLAIN_HELP } from './help.js';
import { parseNow } from './now.js';

export async function explainCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { ...COMMON_OPTIONS, json: { type: 'boolean' } },
    allowPositionals: true,
  });
  if (values.help) {
    io.stdout(EXPLAIN_HELP);
    return 0;
  }
  if (positionals.length !== 1)
    throw new InputError('explain takes one identity id or principal id: lastseen explain <id>');
  const wanted = positionals[0];
  const workspace = path.resolve(io.cwd, values.workspace ?? '.');
  const config =
    values.config === undefined ? undefined : path.relative(workspace, path.resolve(io.cwd, values.config));
  const now = values.now === undefined ? Date.now() : parseNow(values.now);
  const result = await scan({ workspace, config, now });
  const lower = wanted.toLowerCase();
  const index = result.report.subjects.findIndex(
    (s) =>
      s.id === wanted || s.principals.includes(wanted) || s.aliases.some((a) => a.toLowerCase() === lower),
  );
  if (index === -1) {
    const ids = result.report.subjects.map((s) => s.id);
    const close = ids.filter((id) => id.includes(wanted) || wanted.includes(id)).slice(0, 5);
    throw new InputError(
      `no subject ${JSON.stringify(wanted)}${close.length ? `; did you mean ${close.join(', ')}?` : ''} (${ids.length} subjects: see lastseen scan --verbose)`,
    );
  }
  const subject = result.report.subjects[index];
  const internal = result.subjects[index];
  const findings = result.report.findings.filter((f) => f.subject === subject.id);
  if (values.json) {
    const lookup = ownerStatus(internal, result.owners);
    const owner = lookup && { ...lookup, since: iso(lookup.since) };
    const days = internal.usage.days.map((d) => new Date(d * DAY).toISOString().slice(0, 10));
    const links = {
      stores: internal.identity?.stores ?? null,
      heldBy: holdersOf(subject.id, result.config).map((i) => i.id),
    };
    io.stdout(
      // What the report does not carry (interactive uses, the owner lookup) is masked like the report.
      `${JSON.stringify(redactValue({ subject, owner, links, findings, hourOfWeek: internal.usage.hourOfWeek, interactive: internal.usage.interactive, days }), null, 2)}\n`,
    );
    return 0;
  }
  const text = renderExplain(subject, internal, findings, now, result.config, result.owners);
  io.stdout(text.split('\n').map(maskText).join('\n'));
  return 0;
}

function renderExplain(
  subject: SubjectReport,
  internal: Subject,
  findings: Finding[],
  now: number,
  config: Config,
  owners: OwnerDirectory | undefined,
): string {
  const out: string[] = [];
  out.push(`${subject.id}${subject.declared ? '' : ' (undeclared)'}`);
  if (subject.location) out.push(`  declared at   ${subject.location.path}:${subject.location.line}`);
  out.push(
    `  kind          ${subject.kind ?? 'unknown'}${subject.platform ? ` on ${subject.platform}` : ''}`,
  );
  out.push(`  owner         ${subject.owner ?? (subject.declared ? 'none (unowned)' : 'n/a: not declared')}`);
  out.push(...ownerLines(ownerStatus(internal, owners)));
  if (internal.identity?.purpose) out.push(`  purpose       ${internal.identity.purpose}`);
  if (internal.identity?.reviewed)
    out.push(
      `  reviewed      by ${internal.identity.reviewed.by} on ${new Date(internal.identity.reviewed.on).toISOString().slice(0, 10)}`,
    );
  out.push(`  principals    ${subject.principals.join(', ') || '(none: judged by its credentials)'}`);
  if (subject.aliases.length) out.push(`  aliases       ${subject.aliases.join(', ')}`);
  out.push('');
  out.push(`  status        ${subject.status}`);
  out.push(
    `  last use      ${subject.lastMeaningfulUse ?? (subject.neverUsed ? 'never' : 'unknown')} (meaningful)`,
  );
  if (subject.lastUse && subject.lastUse !== subject.lastMeaningfulUse)
    out.push(`  last activity ${subject.lastUse} (logins included)`);
  out.push(
    `  events        ${subject.events} (${subject.meaningfulEvents} meaningful, ${internal.usage.loginEvents} logins, ${internal.usage.failedEvents} failed)`,
  );
  out.push('');
  out.push('  coverage');
  if (internal.coverage.sources.length === 0) out.push('    no source covers it');
  for (const source of internal.coverage.sources) {
    const window = `${source.windowFrom ? new Date(source.windowFrom).toISOString().slice(0, 10) : '?'} → ${source.windowTo ? new Date(source.windowTo).toISOString().slice(0, 10) : '?'}`;
    out.push(`    ${source.label} (${source.kind}, ${window})${source.failed ? ' — could not be read' : ''}`);
    for (const spot of source.blindSpots) out.push(`      blind spot: ${spot}`);
  }
  if (internal.coverage.noUsageField) out.push(`    no usage field: ${internal.coverage.noUsageField}`);
  if (subject.credentials.length) {
    out.push('', '  credentials');
    for (const c of subject.credentials) {
      const state = c.active ? 'active' : (c.state ?? 'inactive');
      out.push(
        `    ${c.id}: ${state}, created ${c.createdAt?.slice(0, 10) ?? '?'}${c.rotatedAt ? `, rotated ${c.rotatedAt.slice(0, 10)}` : ''}, expires ${c.expiresAt?.slice(0, 10) ?? 'never/unknown'}, last used ${c.lastMeaningfulUse?.slice(0, 10) ?? (c.neverUsed ? 'never' : 'unknown')}`,
      );
    }
  }
  out.push('', ...timelineLines(subject.weeks ?? [], now));
  const cadence = cadenceLines(internal, config, now);
  if (cadence.length) out.push('', ...cadence);
  if (internal.usage.interactive.length) {
    const shown = internal.usage.interactive.length;
    const more = internal.usage.interactiveEvents > shown ? `, the newest ${shown} shown` : '';
    const count = internal.usage.interactiveEvents;
    out.push('', `  interactive use (${count} ${count === 1 ? 'event' : 'events'}${more})`);
    for (const event of internal.usage.interactive)
      out.push(`    ${new Date(event.at).toISOString()} ${event.detail} (${event.source})`);
  }
  out.push(...linkLines(internal, config));
  out.push('', findings.length ? `  findings (${findings.length})` : '  no findings');
  for (const f of findings) {
    out.push(
      `    ${f.severity.toUpperCase()} ${f.rule}${f.credential ? ` (${f.credential})` : ''}${f.suppressed ? ' [suppressed]' : ''}${f.blocking ? ' [blocking]' : ''}`,
    );
    out.push(`      ${f.message}`);
    out.push(`      → ${f.remediation}`);
  }
  return `${out.join('\n')}\n`;
}
