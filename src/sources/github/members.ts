// The GitHub organisation as a people directory (`people: - type: github-members`): who is a member,
// which teams exist, and who is in the teams that owners name. Read live: GET /orgs/{org}/members,
// /orgs/{org}/teams and /orgs/{org}/teams/{slug}/members. A call that fails (403, 404, a rate limit)
// leaves that part unknown — never "nobody" (DESIGN.md §2: a 403 on the member list means unknown).
import { explainFailure, fetchPage, type Endpoint, type GitHubClient } from './client.js';

/** Pages read per listing at most (100 items each): beyond it the listing is incomplete, so unknown. */
export const MAX_MEMBER_PAGES = 300;

export interface GitHubTeam {
  slug: string;
  name: string;
  /** Lower-cased logins; undefined when not fetched (no owner names the team) or unreadable. */
  members?: string[];
}

export interface OrgMembership {
  kind: 'github';
  /** "github-members <org>", as the report labels it. */
  label: string;
  org: string;
  /** Lower-cased logins of every member; undefined when the list could not be read whole. */
  members?: ReadonlySet<string>;
  /** Teams by lower-cased slug; undefined when they could not be read. */
  teams?: ReadonlyMap<string, GitHubTeam>;
  /** Why a part is unknown: the endpoint and what the token needs. */
  failures: string[];
  /** Items read (members, teams, team members). */
  records: number;
  rejected: { line: number; reason: string }[];
}

const NEEDS = 'the "Members" organization permission (read), or a classic token with read:org';

/** The team slugs that `@org/team` owners name in `org`, lower-cased. */
export function teamsNamedBy(owners: readonly string[], org: string): string[] {
  const wanted = new Set<string>();
  for (const owner of owners) {
    const match = /^@([^/\s]+)\/(\S+)$/.exec(owner);
    if (match && match[1].toLowerCase() === org.toLowerCase()) wanted.add(match[2].toLowerCase());
  }
  return [...wanted].sort();
}

interface Listing {
  items?: unknown[];
  failure?: string;
}

async function listAll(client: GitHubClient, endpoint: Endpoint): Promise<Listing> {
  const items: unknown[] = [];
  let next: string | undefined;
  try {
    for (let page = 0; page < MAX_MEMBER_PAGES; page++) {
      const answer = await fetchPage(client, endpoint, next);
      items.push(...answer.items);
      next = answer.next;
      if (next === undefined) return { items };
    }
  } catch (error) {
    return { failure: explainFailure(endpoint, error) };
  }
  return {
    failure: `GET ${endpoint.path}: more than ${MAX_MEMBER_PAGES} pages; the list was not read whole`,
  };
}

/** Reads the organisation's members and teams, and the members of the teams in `wantedTeams`. */
export async function fetchOrgMembership(
  client: GitHubClient,
  org: string,
  wantedTeams: readonly string[],
): Promise<OrgMembership> {
  const path = `/orgs/${encodeURIComponent(org)}`;
  const out: OrgMembership = {
    kind: 'github',
    label: `github-members ${org}`,
    org,
    failures: [],
    records: 0,
    rejected: [],
  };
  const logins = (items: unknown[], what: string): string[] => {
    const found: string[] = [];
    items.forEach((item, i) => {
      out.records++;
      const login = (item as { login?: unknown } | null)?.login;
      if (typeof login === 'string' && login !== '') found.push(login.toLowerCase());
      else out.rejected.push({ line: i + 1, reason: `${what} ${i + 1} has no login` });
    });
    return found;
  };

  const members = await listAll(client, { path: `${path}/members`, needs: NEEDS });
  const teams = await listAll(client, { path: `${path}/teams`, needs: NEEDS });
  if (teams.items) {
    const bySlug = new Map<string, GitHubTeam>();
    teams.items.forEach((item, i) => {
      out.records++;
      const { slug, name } = (item ?? {}) as { slug?: unknown; name?: unknown };
      if (typeof slug !== 'string' || slug === '') {
        out.rejected.push({ line: i + 1, reason: `team ${i + 1} has no slug` });
        return;
      }
      bySlug.set(slug.toLowerCase(), { slug, name: typeof name === 'string' ? name : slug });
    });
    for (const wanted of wantedTeams) {
      const team = bySlug.get(wanted);
      if (!team) continue;
      const listing = await listAll(client, {
        path: `${path}/teams/${encodeURIComponent(team.slug)}/members`,
        needs: NEEDS,
      });
      if (listing.items) team.members = logins(listing.items, `member of ${team.slug}`);
      else out.failures.push(listing.failure!);
    }
    out.teams = bySlug;
  } else out.failures.push(teams.failure!);

  if (members.items && teams.items) out.members = new Set(logins(members.items, 'member'));
  else if (members.failure) out.failures.push(members.failure);
  else {
    // A token that cannot list teams may see only the public members: absence from that list proves nothing.
    out.records += members.items!.length;
    out.failures.push(
      `GET ${path}/members: not trusted, since the token cannot list teams; without ${NEEDS} it sees only public members`,
    );
  }
  return out;
}
