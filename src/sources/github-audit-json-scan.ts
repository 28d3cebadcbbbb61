// A validating byte scanner for one JSON line of a GitHub audit log: it walks the top-level keys of the
// object, keeps the byte ranges of the fields lastseen reads, and checks the rest of the line is valid
// JSON without building it. A line it does not take on as written (an escaped string in a field that
// matters, a nested or fractional value where a time or a name belongs, anything JSON.parse might read
// differently) is handed back, and the reader runs it through JSON.parse: the two paths cannot disagree.
import { hasByte, hasControl, wordsOf } from './byte-words.js';
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

/** The little-endian 32-bit word of `text`'s bytes at `at`. */
function wordOf(text: string, at: number): number {
  return new DataView(key(text).buffer).getInt32(at, true);
}

// The keys of the fields lastseen reads, as words: at 0, 4, 8, … and a last one ending at the key's end
// (overlapping the one before when the length is not a multiple of four), so that a key is matched in
// a few word compares. Every key here is at least 4 bytes.
const USER = wordOf('user', 0);
const ACTO = wordOf('actor', 0);
const CTOR = wordOf('actor', 1);
const ACTI = wordOf('action', 0);
const TION = wordOf('action', 2);
const TOKE = wordOf('token_id', 0);
const N_ID = wordOf('token_id', 4);
const AT_T = wordOf('@timestamp', 0);
const ESTA = wordOf('@timestamp', 4);
const TAMP = wordOf('@timestamp', 6);
const CREA = wordOf('created_at', 0);
const TED_ = wordOf('created_at', 4);
const D_AT = wordOf('created_at', 6);
const USER_ = wordOf('user_agent', 0);
const _AGE = wordOf('user_agent', 4);
const GENT = wordOf('user_agent', 6);
const _DOC = wordOf('_document_id', 0);
const UMEN = wordOf('_document_id', 4);
const T_ID = wordOf('_document_id', 8);
const HASH = wordOf('hashed_token', 0);
const ED_T = wordOf('hashed_token', 4);
const OKEN = wordOf('hashed_token', 8);
const OR_I = wordOf('actor_is_bot', 4);
const _BOT = wordOf('actor_is_bot', 8);
const OPER = wordOf('operation_type', 0);
const ATIO = wordOf('operation_type', 4);
const N_TY = wordOf('operation_type', 8);
const TYPE = wordOf('operation_type', 10);
const PROG = wordOf('programmatic_access_type', 0);
const RAMM = wordOf('programmatic_access_type', 4);
const ATIC = wordOf('programmatic_access_type', 8);
const _ACC = wordOf('programmatic_access_type', 12);
const ESS_ = wordOf('programmatic_access_type', 16);
const TYP2 = wordOf('programmatic_access_type', 20);

/** The slot of the top-level key `b[s, e)` (read through `v`), TIMESTAMP / CREATED_AT for the two times, or OTHER. */
function slotOf(v: DataView, s: number, e: number): number {
  const length = e - s;
  if (length < 4 || length > 24) return OTHER;
  const w = v.getInt32(s, true);
  switch (length) {
    case 4:
      return w === USER ? F.user : OTHER;
    case 5:
      return w === ACTO && v.getInt32(s + 1, true) === CTOR ? F.actor : OTHER;
    case 6:
      return w === ACTI && v.getInt32(s + 2, true) === TION ? F.action : OTHER;
    case 8:
      return w === TOKE && v.getInt32(s + 4, true) === N_ID ? F.tokenId : OTHER;
    case 10: {
      const x = v.getInt32(s + 4, true);
      const y = v.getInt32(s + 6, true);
      if (w === AT_T) return x === ESTA && y === TAMP ? TIMESTAMP : OTHER;
      if (w === CREA) return x === TED_ && y === D_AT ? CREATED_AT : OTHER;
      return w === USER_ && x === _AGE && y === GENT ? F.userAgent : OTHER;
    }
    case 12: {
      const x = v.getInt32(s + 4, true);
      const y = v.getInt32(s + 8, true);
      if (w === _DOC) return x === UMEN && y === T_ID ? F.documentId : OTHER;
      if (w === HASH) return x === ED_T && y === OKEN ? F.hashedToken : OTHER;
      return w === ACTO && x === OR_I && y === _BOT ? F.actorIsBot : OTHER;
    }
    case 14:
      return w === OPER &&
        v.getInt32(s + 4, true) === ATIO &&
        v.getInt32(s + 8, true) === N_TY &&
        v.getInt32(s + 10, true) === TYPE
        ? F.operationType
        : OTHER;
    case 24:
      return w === PROG &&
        v.getInt32(s + 4, true) === RAMM &&
        v.getInt32(s + 8, true) === ATIC &&
        v.getInt32(s + 12, true) === _ACC &&
        v.getInt32(s + 16, true) === ESS_ &&
        v.getInt32(s + 20, true) === TYP2
        ? F.accessType
        : OTHER;
    default:
      return OTHER;
  }
}

function ws(b: Uint8Array, i: number, end: number): number {
  // Compact JSON, the usual export, has none: a byte above the space settles it.
  if (i < end && b[i] > 32) return i;
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

/** The line's bytes read four at a time (byte-words.ts), set for each line scanned. */
let words: DataView = new DataView(new ArrayBuffer(0));

/** `i` is on an opening quote; returns the index after the closing one, or -1 for invalid JSON. */
function skipString(b: Uint8Array, i: number, end: number): number {
  escaped = false;
  let j = i + 1;
  // Four bytes at a time while none is a quote, a backslash or a control character (byte-words.ts); a
  // word with any of them goes to the byte steps below, which decide.
  const view = words;
  while (j + 4 <= end) {
    const x = view.getInt32(j, true);
    const special = hasByte(x, 0x22222222, 0x5c5c5c5c) | hasControl(x);
    if (special !== 0) {
      // The lowest flag marks the first such byte exactly (a borrow only carries upwards): a quote
      // there ends the string, the usual case, without stepping through the word byte by byte.
      j += (31 - Math.clz32(special & -special)) >> 3;
      if (b[j] === 34) return j + 1;
      break;
    }
    j += 4;
  }
  for (; j < end; j++) {
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
  words = wordsOf(b);
  let i = ws(b, start, end);
  if (i === end) return BLANK;
  if (b[i] !== 123) return FALLBACK;
  const { kind, start: from, end: to } = f;
  for (let k = 0; k < kind.length; k++) kind[k] = ABSENT;
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
      const slot = slotOf(words, keyStart, i - 1);
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
