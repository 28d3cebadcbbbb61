// The lifecycle sections of `lastseen explain`: whether the owner is still here, the use per week,
// when in the week it is used against its schedule, and the `stores:` links in both directions.
import { parseStores, storesChain } from '../correlate/links.js';
import type { OwnerDirectory, OwnerLookup } from '../correlate/owners.js';
import type { Config } from '../model/config.js';
import type { Subject } from '../model/subject.js';
import { DAY, formatDuration } from '../model/time.js';
import { sparkline } from '../report/sparkline.js';
import { expectedHoursOfWeek } from '../rules/cron.js';
import { declaredOwner } from '../rules/owners.js';
import { inactivityThreshold, policyFor } from '../rules/verdict.js';

const DAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const WEEKS = 26;

function date(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}

/** How the owner resolves, or why it could not be checked. */
export function ownerStatus(subject: Subject, owners: OwnerDirectory | undefined): OwnerLookup | null {
  const owner = declaredOwner(subject.identity ? subject.identity.owner : subject.owner);
  if (owner === null) return null;
  return owners?.lookup(owner) ?? { status: 'unknown', detail: 'no `people:` directory is configured' };
}

/** Lines under `owner`: what the directory says of them, and who could take over. */
export function ownerLines(lookup: OwnerLookup | null): string[] {
  if (!lookup) return [];
  const from = lookup.source ? ` (${lookup.source})` : '';
  const sinceDate = lookup.since === undefined ? undefined : date(lookup.since);
  const since = sinceDate === undefined || lookup.detail?.includes(sinceDate) ? '' : `, since ${sinceDate}`;
  const name = lookup.name ? `${lookup.name}: ` : '';
  const said = `${lookup.detail ?? ''}${since}`;
  const line = {
    present: `here: ${name}${said}${from}`,
    left: `HAS LEFT: ${name}${said}${from}`,
    absent: `resolves to nobody: ${said}${from}`,
    unknown: `not checked: ${said || 'no directory can tell'}`,
  }[lookup.status];
  const out = [`                ${line}`];
  if (lookup.successor)
    out.push(`                could be taken over by ${lookup.successor.owner} (${lookup.successor.reason})`);
  return out;
}

/** The weekly timeline: a sparkline, and under it the days of use per week as digits. */
export function timelineLines(weeks: readonly (number | null)[], now: number): string[] {
  const digits = weeks.map((w) => (w === null ? ' ' : String(w))).join('');
  return [
    `  timeline (days with meaningful use per week, last ${WEEKS} weeks, oldest first; blank = not observed)`,
    `    ${sparkline(weeks)}  ${date(now - WEEKS * 7 * DAY)} → ${date(now)}`,
    `    ${digits}`,
  ];
}

/** Cadence, schedule and the hour-of-week profile, with the hours its schedule does not explain marked. */
export function cadenceLines(subject: Subject, config: Config, now: number): string[] {
  const identity = subject.identity;
  const out: string[] = [];
  if (identity?.cadence) {
    const threshold = inactivityThreshold(policyFor(config.policy, identity), identity.cadence);
    out.push(
      `  cadence       ${identity.cadence} (inactive after ${formatDuration(threshold)} without meaningful use)`,
    );
  }
  let expected: Set<number> | undefined;
  if (identity?.schedule) {
    const { cron, tz, tolerance } = identity.schedule;
    out.push(`  schedule      "${cron}" ${tz ?? 'UTC'}, ±${formatDuration(tolerance)}`);
    try {
      expected = expectedHoursOfWeek(identity.schedule, now);
    } catch {
      expected = undefined;
    }
  }
  const hours = subject.usage.hourOfWeek;
  if (!hours.some((n) => n > 0)) return out;
  const marks = expected ? '; ^ = used outside its schedule' : '';
  if (out.length) out.push('');
  out.push(`  when it is used (meaningful use per UTC hour 00–23, per weekday${marks})`);
  for (let d = 0; d < 7; d++) {
    const day = hours.slice(d * 24, d * 24 + 24);
    out.push(`    ${DAY_NAMES[d]} ${sparkline(day)}`);
    if (!expected) continue;
    const outside = day.map((n, h) => (n > 0 && !expected.has(d * 24 + h) ? '^' : ' ')).join('');
    if (outside.trim()) out.push(`        ${outside.trimEnd()}`);
  }
  return out;
}

/** The identities that hold one of `id`'s credentials. */
export function holdersOf(id: string, config: Config): Config['identities'] {
  return config.identities.filter((i) => i.stores !== undefined && parseStores(i.stores).identity === id);
}

/** What the subject holds (`stores:`, followed to the end) and which identities hold its credentials. */
export function linkLines(subject: Subject, config: Config): string[] {
  const out: string[] = [];
  const identity = subject.identity;
  if (identity?.stores) {
    const chain = storesChain(identity, config.identities);
    const end = chain[chain.length - 1];
    const declared = config.identities.some((i) => i.id === end);
    out.push(
      `    holds         ${identity.stores}${chain.length > 2 ? ` (via ${chain.slice(1).join(' → ')})` : ''}`,
    );
    out.push(
      declared
        ? '                  its rotation and use are judged by the credential it holds (see credentials)'
        : `                  ${end} is not declared in this inventory: the link is not followed, it is judged on its own`,
    );
  }
  for (const holder of holdersOf(subject.id, config))
    out.push(`    held by       ${holder.id} (stores: ${holder.stores})`);
  return out.length ? ['', '  links', ...out] : [];
}
