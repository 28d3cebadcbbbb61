// A small listing read whole before anything else (a repository's environments, to know which
// environment secrets to list). Bounded: such lists are short, and a runaway one is cut off.
import { explainFailure, fetchPage, type Endpoint, type GitHubClient } from './client.js';

const MAX_PAGES = 20;

/** Every item of the listing, or why it could not be read. */
export async function fetchAll(client: GitHubClient, endpoint: Endpoint): Promise<unknown[] | string> {
  const items: unknown[] = [];
  let next: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    try {
      const got = await fetchPage(client, endpoint, next);
      items.push(...got.items);
      if (got.next === undefined) return items;
      next = got.next;
    } catch (error) {
      return explainFailure(endpoint, error);
    }
  }
  return items;
}
