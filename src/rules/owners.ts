// The hook between owners and the people who can own things (DESIGN.md §2, §3 "people"). The people
// directory is built in correlate/owners.ts (from `people:` exports and the organisation's member
// list); the rules only ask it about one owner at a time. No directory, or one that cannot tell, means
// "unknown": that never makes an identity unowned or offboarded.
export type { OwnerDirectory, OwnerLookup, OwnerStatus } from '../correlate/owners.js';

/** The owner as written, or null when it is missing, null or blank. */
export function declaredOwner(owner: string | null | undefined): string | null {
  return typeof owner === 'string' && owner.trim() !== '' ? owner.trim() : null;
}
