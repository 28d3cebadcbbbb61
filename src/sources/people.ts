// People (DESIGN.md §2 `people:`, §3): the HR or IdP exports that say who can own things and whether
// they are still here, read through a `columns:` mapping (`csv`, or `jsonl` with dot paths for JSON
// lines, arrays and envelopes), and the GitHub organisation's members and teams (`github-members`,
// read live). People are not subjects: correlate/owners.ts builds the directory that resolves owners.
// Every row is accepted or rejected with its line and reason, and each entry's counts go into the
// report's sources like a telemetry source's.
import type { Config, SourceEntry } from '../model/config.js';
import type { RecordSink } from '../model/records.js';
import type { SourceSummary } from '../model/report.js';
import { iso } from '../model/time.js';
import { createClient } from './github/client.js';
import type { LiveContext } from './github/context.js';
import { fetchOrgMembership, teamsNamedBy, type OrgMembership } from './github/members.js';
import { exportReader } from './people-export.js';
import { neverValues, peopleColumns, type PeopleRole, type Person } from './people-mapping.js';
import { readSource } from './read.js';

export { PEOPLE_ROLES, type PeopleRole, type Person } from './people-mapping.js';

export interface PeopleExport {
  kind: 'export';
  /** "type path", as the report lists sources. */
  label: string;
  people: Person[];
  /** The roles the mapping names: the export speaks only for the kinds of owner it has columns for. */
  roles: ReadonlySet<PeopleRole>;
  /** Nothing could be read: it proves nothing. */
  failed: boolean;
}

export interface People {
  exports: PeopleExport[];
  organisations: OrgMembership[];
  /** One per `people:` entry, for the report's sources. */
  summaries: SourceSummary[];
}

export interface PeopleOptions {
  workspace: string;
  now: number;
  /** For `github-members` entries. */
  github?: LiveContext;
}

const IGNORE: RecordSink = { usage() {}, credential() {}, principal() {}, reject() {}, accept() {} };

/** The `team` part of every `@org/team` owner, for the team-member calls worth making. */
function ownersOf(config: Config): string[] {
  return config.identities.flatMap((identity) =>
    typeof identity.owner === 'string' ? [identity.owner.trim()] : [],
  );
}

/** Checks every `people:` entry; throws ConfigurationError before anything is read. */
export function checkPeople(config: Config): void {
  for (const entry of config.people) {
    peopleColumns(entry);
    if (entry.type !== 'github-members') neverValues(entry);
  }
}

/** Reads every `people:` entry. Unreadable exports and refused API calls are reported, never thrown. */
export async function readPeople(config: Config, options: PeopleOptions): Promise<People> {
  checkPeople(config);
  const people: People = { exports: [], organisations: [], summaries: [] };
  for (const entry of config.people) {
    if (entry.type === 'github-members') {
      const org = await readOrganisation(entry, ownersOf(config), options);
      people.organisations.push(org.membership);
      people.summaries.push(org.summary);
      continue;
    }
    const columns = peopleColumns(entry);
    const rows: Person[] = [];
    const result = await readSource(entry, exportReader(entry, columns, rows), IGNORE, {
      workspace: options.workspace,
      now: options.now,
    });
    people.exports.push({
      kind: 'export',
      label: `${entry.type} ${entry.path ?? ''}`.trim(),
      people: rows,
      roles: new Set(columns.keys()),
      failed: result.failed,
    });
    people.summaries.push(result.summary);
  }
  return people;
}

async function readOrganisation(
  entry: SourceEntry,
  owners: string[],
  options: PeopleOptions,
): Promise<{ membership: OrgMembership; summary: SourceSummary }> {
  const context = options.github;
  const org = typeof entry.options.org === 'string' ? entry.options.org : context?.repository?.split('/')[0];
  let membership: OrgMembership;
  if (org === undefined) {
    membership = unreadable(
      '(unknown)',
      "no organisation: set `org:` on the entry, or GITHUB_REPOSITORY (the CLI's --repo)",
    );
  } else if (!context?.token) {
    membership = unreadable(
      org,
      `no token to read the GitHub API${context ? ` (${context.apiUrl})` : ''}: set GITHUB_TOKEN, or give the Action a token that can read the organisation's members`,
    );
  } else {
    membership = await fetchOrgMembership(await createClient(context), org, teamsNamedBy(owners, org));
  }
  const read = membership.records;
  const summary: SourceSummary = {
    type: entry.type,
    path: null,
    generatedAt: iso(options.now),
    generatedAtFrom: 'api',
    window: { from: null, to: null },
    records: read,
    accepted: read - membership.rejected.length,
    rejected: membership.rejected.length,
    duplicates: 0,
    errors: membership.rejected.slice(0, 100),
    files: [],
  };
  if (membership.failures.length) summary.failure = membership.failures.join('; ');
  return { membership, summary };
}

function unreadable(org: string, failure: string): OrgMembership {
  return {
    kind: 'github',
    label: `github-members ${org}`,
    org,
    failures: [failure],
    records: 0,
    rejected: [],
  };
}
