// The last pass over the Report before any renderer sees it: every string is masked where it looks
// like a secret and bounded in length. Telemetry is input a pull request can change, and whatever it
// carries (a token pasted as a user name, a megabyte-long principal id) would otherwise travel into
// the PR comment, the annotations, the SARIF and the JSON report. Renderers stay simple because of it.
import { createHash } from '../sources/lazy-modules.js';
import { redact } from '../config/secrets.js';
import type { Report } from '../model/report.js';
import { looksRandom } from '../sources/excerpt.js';

/** A run of characters without a space longer than this is cut (ids, paths, tokens). */
export const MAX_WORD_CHARS = 256;
/** Any one string of the report is cut past this (messages, reasons, evidence). */
export const MAX_TEXT_CHARS = 4096;

// Every secret form redact() knows starts with, or sits next to, one of these: most strings of a big
// report (dates, rule names, plain ids) skip the full set of patterns. test/hardening keeps them in step.
const MAYBE_SECRET =
  /BEGIN|gh[pousr]_|github_pat_|xox|hooks\.slack|eyJ|AIza|k_live_|glpat-|npm_|:\/\/|pass|pwd|secret|token|api[-_]?key|private[-_]?key|access[-_]?key|auth|AKIA|ASIA/i;
const AWS_SECRET_SHAPE = /(?<![A-Za-z0-9/+=])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])/g;
const LONG_WORD = new RegExp(`[^\\s]{${MAX_WORD_CHARS + 1},}`, 'g');

/** A copy of `report` with secrets masked and every string bounded; the same value masks the same way. */
export function redactReport(report: Report): Report {
  return redactValue(report);
}

/** Any value with every string in it masked and bounded like the report's (for output built beside it). */
export function redactValue<T>(value: T): T {
  return mapStrings(value, maskText) as T;
}

/** One string as the report may carry it. */
export function maskText(value: string): string {
  let out = value.length > MAX_TEXT_CHARS ? `${value.slice(0, MAX_TEXT_CHARS)}…` : value;
  if (MAYBE_SECRET.test(out)) out = redact(out);
  // An AWS secret access key has no prefix: 40 random base64 characters standing alone. Nothing lastseen
  // reports has that shape (key ids are 20 characters, digests are hex), so it is masked wherever it is.
  if (out.length >= 40)
    out = out.replace(AWS_SECRET_SHAPE, (run) => (looksRandom(run) ? `${run.slice(0, 4)}****` : run));
  // An id that had to be masked keeps a short digest, so two masked subjects stay two subjects.
  if (out !== value && !/\s/.test(value)) out = `${out}~${digest(value)}`;
  if (out.length <= MAX_WORD_CHARS) return out;
  return out.replace(LONG_WORD, (word) => `${word.slice(0, MAX_WORD_CHARS - 16)}…~${digest(word)}`);
}

function digest(value: string): string {
  return createHash('sha256').update(value).digest('hex').slice(0, 8);
}

/** Copy on write: a part of the report with nothing to mask is shared, not copied (10k subjects stay cheap). */
function mapStrings(value: unknown, text: (value: string) => string): unknown {
  if (typeof value === 'string') return text(value);
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      const mapped = mapStrings(item, text);
      if (mapped !== item) (copy ??= value.slice())[i] = mapped;
    }
    return copy ?? value;
  }
  let copy: Record<string, unknown> | undefined;
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const item = record[key];
    const mapped = mapStrings(item, text);
    if (mapped !== item) (copy ??= { ...record })[key] = mapped;
  }
  return copy ?? value;
}
