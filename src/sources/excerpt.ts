// The one way a message may quote input: short, quoted, and with anything that looks like a secret
// masked. Exports are read with a token in the environment and end up in PR comments, annotations and
// SARIF, so a value from a file is never echoed whole: a pasted key in a bad column must not travel.
import { redact } from '../config/secrets.js';

/** Characters of a value a message may show. */
export const EXCERPT_CHARS = 40;
/** Characters of a whole reason (which may hold excerpts) that a report keeps. */
export const MAX_REASON_CHARS = 300;

// Redacting is done on a bounded prefix: a secret that starts within the excerpt and runs past this
// would be longer than any token format, and what is cut is never shown anyway.
const REDACT_WINDOW = 4096;
// Matching control characters is the point of these two.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f\u2028\u2029]/g;
// eslint-disable-next-line no-control-regex
const CONTROL_BUT_LINES = /[\u0000-\u0008\u000b-\u001f\u007f]/g;
/** A run of token characters long enough to be a generated secret (a key, a password, a hash-like id). */
const TOKEN_RUN = /[A-Za-z0-9+/=_.~-]{24,}/g;

export interface ExcerptOptions {
  /** Characters kept (EXCERPT_CHARS by default). */
  max?: number;
  /** JSON-quoted (the default), or bare where the message reads better without quotes (an id). */
  quoted?: boolean;
}

/** `value` as a message may quote it: redacted, at most `max` characters, JSON-quoted unless told. */
export function excerpt(value: unknown, options: ExcerptOptions = {}): string {
  const max = options.max ?? EXCERPT_CHARS;
  const text = typeof value === 'string' ? value : (safeJson(value) ?? String(value));
  let masked = maskRandom(redact(text.slice(0, REDACT_WINDOW)));
  // Control characters and line separators would break a log line or an annotation: blanked.
  masked = masked.replace(CONTROL, ' ');
  const short = masked.length > max ? `${masked.slice(0, max - 1)}…` : masked;
  return options.quoted === false ? short : JSON.stringify(short);
}

/** A reason as the report keeps it: redacted and bounded, whatever the reader put in it. */
export function safeReason(reason: string): string {
  const masked = redact(reason.slice(0, REDACT_WINDOW)).replace(CONTROL_BUT_LINES, ' ');
  return masked.length > MAX_REASON_CHARS ? `${masked.slice(0, MAX_REASON_CHARS - 1)}…` : masked;
}

function safeJson(value: unknown): string | undefined {
  try {
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
}

/**
 * Long runs of mixed letters and digits with high entropy are masked in excerpts even without a known
 * prefix: an excerpt exists to say which value was wrong, and a generated secret says nothing useful.
 */
function maskRandom(text: string): string {
  return text.replace(TOKEN_RUN, (run) => (looksRandom(run) ? `${run.slice(0, 4)}****` : run));
}

/** Mixed letters and digits with high entropy: generated, not a word, a path, a UUID or a hex digest. */
export function looksRandom(text: string): boolean {
  // Hex digests and UUIDs are ids, not secrets.
  if (/^[0-9a-f-]+$/i.test(text) || !/[0-9]/.test(text) || !/[A-Za-z]/.test(text)) return false;
  const counts = new Map<string, number>();
  for (const char of text) counts.set(char, (counts.get(char) ?? 0) + 1);
  let entropy = 0;
  for (const count of counts.values()) entropy -= (count / text.length) * Math.log2(count / text.length);
  return entropy >= 3.5;
}
