// A validating byte scanner for one JSON line of a GitHub audit log: it walks the top-level keys of the
// object, keeps the byte ranges of the fields lastseen reads, and checks the rest of the line is valid
// JSON without building it. A line it does not take on as written (an escaped string in a field that
// matters, a nested or fractional value where a time or a name belongs, anything JSON.parse might read
// differently) is handed back, and the reader runs it through JSON.parse: the two paths cannot disagree.
import { ABSENT, DIGITS, F, FALSE, type Fields, NULL, TEXT, TRUE } from './github-audit-fold.js';

export const RECORD = 0;
export const BLANK = 1;
export const FALLBACK = 2;

const MAX_DEPTH = 64;
const MAX_DIGITS = 15;

const TIMESTAMP = -2;
const CREATED_AT = -3;
const OTHER = -1;

const key = (text: string): Uint8Array => new TextEncoder().encode(text);
const KEYS = {
  user: key('user'),
  actor: key('actor'),
  action: key('action'),
  tokenId: key('token_id'),
  timestamp: key('@timestamp'),
  createdAt: key('created_at'),
  userAgent: key('user_agent'),
  documentId: key('_document_id'),
  hashedToken: key('hashed_token'),
  actorIsBot: key('actor_is_bot'),
  operationType: key('operation_type'),
  accessType: key('programmatic_access_type'),
};

function is(b: Uint8Array, s: number, expected: Uint8Array, slot: number): number {
  for (let k = 1; k < expected.length; k++) if (b[s + k] !== expected[k]) return OTHER;
  return slot;
}

/** The slot of a top-level key, TIMESTAMP / CREATED_AT for the two times, or OTHER. */
function slotOf(b: Uint8Array, s: number, e: number): number {
  const c = b[s];
  switch (e - s) {
    case 4:
      return c === 117 ? is(b, s, KEYS.user, F.user) : OTHER;
    case 5:
      return c === 97 ? is(b, s, KEYS.actor, F.actor) : OTHER;
    case 6:
      return c === 97 ? is(b, s, KEYS.action, F.action) : OTHER;
    case 8:
      return c === 116 ? is(b, s, KEYS.tokenId, F.tokenId) : OTHER;
    case 10:
      if (c === 64) return is(b, s, KEYS.timestamp, TIMESTAMP);
      if (c === 99) return is(b, s, KEYS.createdAt, CREATED_AT);
      return c === 117 ? is(b, s, KEYS.userAgent, F.userAgent) : OTHER;
    case 12:
      if (c === 95) return is(b, s, KEYS.documentId, F.documentId);
      if (c === 104) return is(b, s, KEYS.hashedToken, F.hashedToken);
      return c === 97 ? is(b, s, KEYS.actorIsBot, F.actorIsBot) : OTHER;
    case 14:
      return c === 111 ? is(b, s, KEYS.operationType, F.operationType) : OTHER;
    case 24:
      return c === 112 ? is(b, s, KEYS.accessType, F.accessType) : OTHER;
    default:
      return OTHER;
  }
}

function ws(b: Uint8Array, i: number, end: number): number {
  while (i < end) {
    const c = b[i];
    if (c !== 32 && c !== 9 && c !== 13) break;
    i++;
  }
  return i;
}

function hex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

/** Whether the string skipString last walked held an escape. */
let escaped = false;

/** `i` is on an opening quote; returns the index after the closing one, or -1 for invalid JSON. */
function skipString(b: Uint8Array, i: number, end: number): number {
  escaped = false;
  for (let j = i + 1; j < end; j++) {
    const c = b[j];
    if (c === 34) return j + 1;
    if (c === 92) {
      escaped = true;
      const d = b[++j];
      if (d === 117) {
        if (j + 4 >= end || !hex(b[j + 1]) || !hex(b[j + 2]) || !hex(b[j + 3]) || !hex(b[j + 4])) return -1;
        j += 4;
      } else if (
        d !== 34 &&
        d !== 92 &&
        d !== 47 &&
        d !== 98 &&
        d !== 102 &&
        d !== 110 &&
        d !== 114 &&
        d !== 116
      ) {
        return -1;
      }
    } else if (c < 32) {
      return -1;
    }
  }
  return -1;
}

/** Whether the number skipNumber last walked was plain digits (no sign, fraction or exponent). */
let plain = false;

function skipNumber(b: Uint8Array, i: number, end: number): number {
  plain = true;
  if (b[i] === 45) {
    plain = false;
    i++;
  }
  if (i >= end) return -1;
  if (b[i] === 48) i++;
  else if (b[i] >= 49 && b[i] <= 57) while (i < end && b[i] >= 48 && b[i] <= 57) i++;
  else return -1;
  if (i < end && b[i] === 46) {
    plain = false;
    i++;
    const from = i;
    while (i < end && b[i] >= 48 && b[i] <= 57) i++;
    if (i === from) return -1;
  }
  if (i < end && (b[i] === 101 || b[i] === 69)) {
    plain = false;
    i++;
    if (i < end && (b[i] === 43 || b[i] === 45)) i++;
    const from = i;
    while (i < end && b[i] >= 48 && b[i] <= 57) i++;
    if (i === from) return -1;
  }
  return i;
}

function literal(b: Uint8Array, i: number, end: number, text: Uint8Array): number {
  if (i + text.length > end) return -1;
  for (let k = 0; k < text.length; k++) if (b[i + k] !== text[k]) return -1;
  return i + text.length;
}
const TRUE_BYTES = key('true');
const FALSE_BYTES = key('false');
const NULL_BYTES = key('null');

/** A scalar at `i`: the index after it, or -1. */
function skipScalar(b: Uint8Array, i: number, end: number): number {
  const c = b[i];
  if (c === 34) return skipString(b, i, end);
  if (c === 116) return literal(b, i, end, TRUE_BYTES);
  if (c === 102) return literal(b, i, end, FALSE_BYTES);
  if (c === 110) return literal(b, i, end, NULL_BYTES);
  return skipNumber(b, i, end);
}

const stack = new Uint8Array(MAX_DEPTH);

/** A nested object or array at `i`, validated: the index after it, or -1 (invalid, or too deep). */
function skipNested(b: Uint8Array, i: number, end: number): number {
  let depth = 0;
  for (;;) {
    // Expecting a value.
    i = ws(b, i, end);
    if (i >= end) return -1;
    let c = b[i];
    if (c === 123 || c === 91) {
      if (depth === MAX_DEPTH) return -1;
      stack[depth++] = c;
      i = ws(b, i + 1, end);
      if (b[i] === c + 2) {
        depth--;
        i++;
      } else if (c === 123) {
        i = member(b, i, end);
        if (i < 0) return -1;
        continue;
      } else {
        continue;
      }
    } else {
      i = skipScalar(b, i, end);
      if (i < 0) return -1;
    }
    // After a value: close containers, or move to the next element.
    for (;;) {
      if (depth === 0) return i;
      i = ws(b, i, end);
      c = b[i];
      const open = stack[depth - 1];
      if (c === 44) {
        i++;
        if (open === 123) {
          i = member(b, ws(b, i, end), end);
          if (i < 0) return -1;
        }
        break;
      }
      if (c !== open + 2) return -1;
      depth--;
      i++;
    }
  }
}

/** A member's key and colon at `i`; the index of its value, or -1. */
function member(b: Uint8Array, i: number, end: number): number {
  if (b[i] !== 34) return -1;
  i = skipString(b, i, end);
  if (i < 0) return -1;
  i = ws(b, i, end);
  return b[i] === 58 ? i + 1 : -1;
}

/**
 * Scans the line `b[start, end)` (no line break) into `f`. Returns RECORD (an object, fields filled),
 * BLANK (only JSON whitespace: skipped like an empty line), or FALLBACK (let JSON.parse decide).
 */
export function scanJsonLine(b: Uint8Array, start: number, end: number, f: Fields): number {
  let i = ws(b, start, end);
  if (i === end) return BLANK;
  if (b[i] !== 123) return FALLBACK;
  const { kind, start: from, end: to } = f;
  kind.fill(ABSENT);
  let timestamp = ABSENT;
  let timestampStart = 0;
  let timestampEnd = 0;
  let createdAt = ABSENT;
  let createdStart = 0;
  let createdEnd = 0;
  i = ws(b, i + 1, end);
  if (b[i] === 125) {
    i++;
  } else {
    for (;;) {
      if (b[i] !== 34) return FALLBACK;
      const keyStart = i + 1;
      i = skipString(b, i, end);
      if (i < 0 || escaped) return FALLBACK;
      const slot = slotOf(b, keyStart, i - 1);
      i = ws(b, i, end);
      if (b[i] !== 58) return FALLBACK;
      i = ws(b, i + 1, end);
      if (i >= end) return FALLBACK;
      const c = b[i];
      const valueStart = i;
      let valueKind: number;
      if (c === 123 || c === 91) {
        // Only fields lastseen does not read may be nested: JSON.parse takes the rest.
        if (slot !== OTHER) return FALLBACK;
        i = skipNested(b, i, end);
        if (i < 0) return FALLBACK;
        valueKind = ABSENT;
      } else {
        i = skipScalar(b, i, end);
        if (i < 0) return FALLBACK;
        if (c === 34) {
          if (escaped && slot !== OTHER) return FALLBACK;
          valueKind = TEXT;
        } else if (c === 116) valueKind = TRUE;
        else if (c === 102) valueKind = FALSE;
        else if (c === 110) valueKind = NULL;
        else {
          if (slot !== OTHER && (!plain || i - valueStart > MAX_DIGITS)) return FALLBACK;
          valueKind = DIGITS;
        }
      }
      if (slot !== OTHER) {
        // A later duplicate key wins, as in JSON.parse.
        const s = valueKind === TEXT ? valueStart + 1 : valueStart;
        const e = valueKind === TEXT ? i - 1 : i;
        if (slot === TIMESTAMP) {
          timestamp = valueKind;
          timestampStart = s;
          timestampEnd = e;
        } else if (slot === CREATED_AT) {
          createdAt = valueKind;
          createdStart = s;
          createdEnd = e;
        } else {
          kind[slot] = valueKind;
          from[slot] = s;
          to[slot] = e;
        }
      }
      i = ws(b, i, end);
      if (b[i] === 44) {
        i = ws(b, i + 1, end);
        continue;
      }
      if (b[i] === 125) {
        i++;
        break;
      }
      return FALLBACK;
    }
  }
  if (ws(b, i, end) !== end) return FALLBACK;
  // `@timestamp ?? created_at`: a null or missing @timestamp gives way to created_at.
  if (timestamp === ABSENT || timestamp === NULL) {
    kind[F.time] = createdAt;
    from[F.time] = createdStart;
    to[F.time] = createdEnd;
  } else {
    kind[F.time] = timestamp;
    from[F.time] = timestampStart;
    to[F.time] = timestampEnd;
  }
  return RECORD;
}
