// The owner directory (DESIGN.md §2, §3 "people"): resolves an owner as written — `@org/team`,
// `@user`, an e-mail — against the people exports and the GitHub organisation, and says whether it is
// present, has left (since when, and who could take over), resolves to nobody, or cannot be told.
// A directory speaks only for the forms of owner it has data for: an export without a team column
// knows nothing of teams, an unreadable member list knows nothing at all. Pure: a function of what
// sources/people.ts read and the evaluation time.
import type { OrgMembership } from '../sources/github/members.js';
import type { People, PeopleExport, Person } from '../sources/people.js';

export type OwnerStatus =
  /** A current person, or a team that exists. */
  | 'present'
  /** A person who has left: status terminated/inactive/deactivated/suspended/left, or past their end date. */
  | 'left'
  /** The directory is authoritative for this form of owner and has no such person or team. */
  | 'absent'
  /** Cannot tell: no directory for this form, the directory was unreachable (403), and so on. */
  | 'unknown';

export interface OwnerLookup {
  status: OwnerStatus;
  /** What the directory said, for the message: "status terminated", "end date 2026-09-30". */
  detail?: string;
  /** Which directory said it, as the report labels sources. */
  source?: string;
  /** When they left, when known. */
  since?: number;
  /** The person's name, when the directory knows it. */
  name?: string;
  /** Who could take over from an owner who has left: their manager, or their team. */
  successor?: { owner: string; reason: string };
}

export interface OwnerDirectory {
  lookup(owner: string): OwnerLookup;
}

/** Statuses that mean the person has left (DESIGN.md §3), with the IdPs' words for the same. */
export const LEFT_STATUSES = new Set([
  'terminated',
  'inactive',
  'deactivated',
  'deprovisioned',
  'suspended',
  'left',
  'disabled',
  'offboarded',
]);

/** How far up the management chain a successor is looked for. */
const MAX_MANAGER_LEVELS = 5;

export type OwnerForm =
  | { kind: 'team'; org: string; team: string }
  | { kind: 'user'; login: string }
  | { kind: 'email'; email: string }
  | { kind: 'other' };

/** The recognised forms of owner (DESIGN.md §2); anything else cannot be checked. */
export function ownerForm(owner: string): OwnerForm {
  const text = owner.trim();
  const team = /^@([A-Za-z0-9][A-Za-z0-9-]*)\/([^\s/]+)$/.exec(text);
  if (team) return { kind: 'team', org: team[1], team: team[2] };
  const user = /^@([A-Za-z0-9][A-Za-z0-9-]*)$/.exec(text);
  if (user) return { kind: 'user', login: user[1].toLowerCase() };
  if (/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(text)) return { kind: 'email', email: text.toLowerCase() };
  return { kind: 'other' };
}

/** A team as GitHub slugs it: "Platform Engineering" → platform-engineering; an org prefix is dropped. */
export function teamSlug(name: string): string {
  return name
    .trim()
    .replace(/^@?[^/\s]+\//, '')
    .toLowerCase()
    .replace(/[^a-z0-9_.-]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function isoDate(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}

/** Whether a person has left at `now`, and what says so. */
export function standingOf(person: Person, now: number): { left: boolean; detail: string; since?: number } {
  const status = person.status?.toLowerCase();
  if (status !== undefined && LEFT_STATUSES.has(status)) {
    const since = person.endDate ?? person.statusChanged;
    return { left: true, detail: `status ${person.status}`, ...(since !== undefined && { since }) };
  }
  if (person.endDate !== undefined && person.endDate < now) {
    return { left: true, detail: `end date ${isoDate(person.endDate)}`, since: person.endDate };
  }
  const leaving = person.endDate === undefined ? '' : `, leaving on ${isoDate(person.endDate)}`;
  return { left: false, detail: `${person.status ? `status ${person.status}` : 'current'}${leaving}` };
}

interface Entry {
  person: Person;
  label: string;
  left: boolean;
  detail: string;
  since?: number;
}

interface ExportIndex {
  label: string;
  byEmail: Map<string, Entry[]>;
  byLogin: Map<string, Entry[]>;
  byTeam: Map<string, Entry[]>;
  /** Person key, e-mail, login and name: how a manager column may name someone. */
  byAny: Map<string, Entry[]>;
  speaks: { email: boolean; login: boolean; team: boolean };
}

function add(map: Map<string, Entry[]>, key: string | undefined, entry: Entry): void {
  if (key === undefined || key === '') return;
  const list = map.get(key);
  if (list) list.push(entry);
  else map.set(key, [entry]);
}

function indexExport(source: PeopleExport, now: number): ExportIndex {
  const index: ExportIndex = {
    label: source.label,
    byEmail: new Map(),
    byLogin: new Map(),
    byTeam: new Map(),
    byAny: new Map(),
    speaks: {
      email: source.roles.has('email') || source.people.some((p) => p.email !== undefined),
      login: source.roles.has('login'),
      team: source.roles.has('team'),
    },
  };
  for (const person of source.people) {
    const entry: Entry = { person, label: source.label, ...standingOf(person, now) };
    add(index.byEmail, person.email?.toLowerCase(), entry);
    add(index.byLogin, person.login?.toLowerCase(), entry);
    for (const team of person.teams) add(index.byTeam, teamSlug(team), entry);
    for (const key of [person.person, person.email, person.login, person.name])
      add(index.byAny, key?.toLowerCase(), entry);
  }
  return index;
}

/** Of several rows for one person (a rehire), the current one; else the latest to leave. */
function pick(entries: Entry[]): Entry {
  return (
    entries.find((e) => !e.left) ??
    [...entries].sort((a, b) => (b.since ?? -Infinity) - (a.since ?? -Infinity))[0]
  );
}

/** How the directory names a person as an owner: e-mail, else `@login`, else the export's key. */
function ownerText(person: Person): string {
  return person.email ?? (person.login ? `@${person.login}` : person.person);
}

class Directory implements OwnerDirectory {
  private readonly exports: ExportIndex[];
  private readonly cache = new Map<string, OwnerLookup>();

  constructor(
    exports: PeopleExport[],
    private readonly organisations: OrgMembership[],
    now: number,
  ) {
    this.exports = exports.filter((e) => !e.failed).map((e) => indexExport(e, now));
  }

  lookup(owner: string): OwnerLookup {
    let answer = this.cache.get(owner);
    if (!answer) this.cache.set(owner, (answer = this.resolve(owner)));
    return answer;
  }

  private resolve(owner: string): OwnerLookup {
    const form = ownerForm(owner);
    if (form.kind === 'other') return { status: 'unknown', detail: 'not an @org/team, @user or e-mail' };
    const answers: OwnerLookup[] = [];
    for (const index of this.exports) answers.push(this.fromExport(index, form));
    for (const org of this.organisations) answers.push(fromOrganisation(org, form));
    // One directory that saw them leave outweighs another that still lists them (an org seat not yet removed).
    for (const status of ['left', 'present', 'absent'] as const) {
      const found = answers.find((a) => a.status === status);
      if (found) return found;
    }
    const why = answers.map((a) => a.detail).filter(Boolean);
    return {
      status: 'unknown',
      detail: why.length ? why.join('; ') : 'no directory can check this form of owner',
    };
  }

  private fromExport(index: ExportIndex, form: Exclude<OwnerForm, { kind: 'other' }>): OwnerLookup {
    const unknown: OwnerLookup = { status: 'unknown' };
    if (form.kind === 'team') {
      if (!index.speaks.team) return unknown;
      const members = index.byTeam.get(teamSlug(form.team)) ?? [];
      if (!members.length)
        return { status: 'absent', detail: `no one is in team ${form.team}`, source: index.label };
      const current = members.filter((e) => !e.left);
      if (current.length)
        return {
          status: 'present',
          detail: `team ${form.team}: ${current.length} current ${current.length === 1 ? 'member' : 'members'}`,
          source: index.label,
        };
      const since = Math.max(...members.map((e) => e.since ?? -Infinity));
      return {
        status: 'left',
        detail: `every member of team ${form.team} has left (${members.length})`,
        source: index.label,
        ...(Number.isFinite(since) && { since }),
      };
    }
    const speaks = form.kind === 'email' ? index.speaks.email : index.speaks.login;
    if (!speaks) return unknown;
    const found = form.kind === 'email' ? index.byEmail.get(form.email) : index.byLogin.get(form.login);
    if (!found) {
      const what = form.kind === 'email' ? `e-mail ${form.email}` : `login ${form.login}`;
      return { status: 'absent', detail: `no person with ${what}`, source: index.label };
    }
    const entry = pick(found);
    const answer: OwnerLookup = {
      status: entry.left ? 'left' : 'present',
      detail: entry.detail,
      source: entry.label,
    };
    if (entry.person.name) answer.name = entry.person.name;
    if (entry.since !== undefined) answer.since = entry.since;
    if (entry.left) {
      const successor = this.successorOf(entry.person);
      if (successor) answer.successor = successor;
    }
    return answer;
  }

  private findAnywhere(key: string): Entry | undefined {
    const found = this.exports.flatMap((index) => index.byAny.get(key.toLowerCase().replace(/^@/, '')) ?? []);
    return found.length ? pick(found) : undefined;
  }

  /** The nearest current manager up the chain, else the person's team. */
  private successorOf(person: Person): OwnerLookup['successor'] {
    const who = ownerText(person);
    let current = person;
    const gone: string[] = [];
    for (let level = 0; level < MAX_MANAGER_LEVELS && current.manager; level++) {
      const manager = this.findAnywhere(current.manager);
      if (!manager) {
        if (level === 0)
          return { owner: current.manager, reason: `manager of ${who}, as the export names them` };
        break;
      }
      if (!manager.left) {
        const reason = gone.length
          ? `next manager above ${who}: ${gone.join(', ')} left too`
          : `manager of ${who}`;
        return { owner: ownerText(manager.person), reason };
      }
      gone.push(ownerText(manager.person));
      if (manager.person === current) break;
      current = manager.person;
    }
    const team = person.teams[0];
    if (team === undefined) return undefined;
    const org = this.organisations.find((o) => o.teams?.has(teamSlug(team)));
    return org
      ? { owner: `@${org.org}/${org.teams!.get(teamSlug(team))!.slug}`, reason: `team of ${who}` }
      : { owner: `team ${team}`, reason: `team of ${who}` };
  }
}

function fromOrganisation(org: OrgMembership, form: Exclude<OwnerForm, { kind: 'other' }>): OwnerLookup {
  const source = org.label;
  if (form.kind === 'email') return { status: 'unknown' };
  if (form.kind === 'user') {
    if (!org.members) return { status: 'unknown', detail: `${source} could not be read` };
    return org.members.has(form.login)
      ? { status: 'present', detail: `a member of the GitHub organisation ${org.org}`, source }
      : { status: 'left', detail: `not a member of the GitHub organisation ${org.org}`, source };
  }
  if (form.org.toLowerCase() !== org.org.toLowerCase()) return { status: 'unknown' };
  if (!org.teams) return { status: 'unknown', detail: `${source} could not be read` };
  const slug = teamSlug(form.team);
  const team = org.teams.get(slug) ?? [...org.teams.values()].find((t) => teamSlug(t.name) === slug);
  if (!team)
    return { status: 'absent', detail: `no team ${form.team} in the GitHub organisation ${org.org}`, source };
  if (team.members !== undefined && team.members.length === 0) {
    return { status: 'absent', detail: `the team ${org.org}/${team.slug} has no members`, source };
  }
  const count =
    team.members === undefined
      ? ''
      : `: ${team.members.length} ${team.members.length === 1 ? 'member' : 'members'}`;
  return { status: 'present', detail: `GitHub team ${org.org}/${team.slug}${count}`, source };
}

/** The directory over everything `people:` read; undefined when no people entry is configured. */
export function buildOwnerDirectory(
  people: Pick<People, 'exports' | 'organisations'>,
  now: number,
): OwnerDirectory | undefined {
  if (!people.exports.length && !people.organisations.length) return undefined;
  return new Directory(people.exports, people.organisations, now);
}
