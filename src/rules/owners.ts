// The hook between owners and the people who can own things (DESIGN.md §2, §3 "people"). The people
// directory is built elsewhere (from `people:` exports and the organisation's member list); the rules
// only ask it about one owner at a time. No directory, or one that cannot tell, means "unknown":
// that never makes an identity unowned or offboarded.

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
}

export interface OwnerDirectory {
  lookup(owner: string): OwnerLookup;
}

/** The owner as written, or null when it is missing, null or blank. */
export function declaredOwner(owner: string | null | undefined): string | null {
  return typeof owner === 'string' && owner.trim() !== '' ? owner.trim() : null;
}
