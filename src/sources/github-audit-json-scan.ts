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

/**
 * A key of a field lastseen reads, as the little-endian 32-bit words of its bytes at 0, 4, 8, … and a
 * last one ending at its end (overlapping the one before when its length is not a multiple of four):
 * a key is matched in a few word compares, not byte by byte. Every key here is at least 4 bytes.
 */
interface Key {
  slot: number;
  words: Int32Array;
}

function keyOf(text: string, slot: number): Key {
  const bytes = key(text);
  const view = new DataView(bytes.buffer);
  const words: number[] = [];
  for (let at = 0; at < bytes.length - 4; at += 4) words.push(view.getInt32(at, true));
  words.push(view.getInt32(bytes.length - 4, true));
  return { slot, words: Int32Array.from(words) };
}

/** The keys by length. */
const KEYS: Key[][] = [];
for (const [text, slot] of [
  ['user', F.user],
  ['actor', F.actor],
  ['action', F.action],
  ['token_id', F.tokenId],
  ['@timestamp', TIMESTAMP],
  ['created_at', CREATED_AT],
  ['user_agent', F.userAgent],
  ['_document_id', F.documentId],
  ['hashed_token', F.hashedToken],
  ['actor_is_bot', F.actorIsBot],
  ['operation_type', F.operationType],
  ['programmatic_access_type', F.accessType],
] as const) {
  (KEYS[text.length] ??= []).push(keyOf(text, slot));
}

/** The slot of the top-level key `b[s, e)`, TIMESTAMP / CREATED_AT for the two times, or OTHER. */
function slotOf(view: DataView, s: number, e: number): number {
  const candidates = e - s < KEYS.length ? KEYS[e - s] : undefined;
  if (candidates === undefined) return OTHER;
  const first = view.getInt32(s, true);
  for (let c = 0; c < candidates.length; c++) {
    const { words, slot } = candidates[c];
    if (words[0] === first && sameWords(view, s, e, words)) return slot;
  }
  return OTHER;
}

/** Whether the words after the first of the key at `s` (ending at `e`) are `words`. */
function sameWords(view: DataView, s: number, e: number, words: Int32Array): boolean {
  const last = words.length - 1;
  for (let k = 1; k < last; k++) if (view.getInt32(s + 4 * k, true) !== words[k]) return false;
  return last === 0 || view.getInt32(e - 4, true) === words[last];
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

/** A view of the bytes being scanned, for reading four at a time (made once per buffer). */
let words: DataView = new DataView(new ArrayBuffer(0));
let wordsOf: Uint8Array | undefined;

/** `i` is on an opening quote; returns the index after the closing one, or -1 for invalid JSON. */
function skipString(b: Uint8Array, i: number, end: number): number {
  escaped = false;
  let j = i + 1;
  // Four bytes at a time while none is a quote, a backslash or a control character: for a word v,
  // (v - 0x01010101) & ~v & 0x80808080 is non-zero exactly when a byte of v is zero (v is the word
  // XOR a repeated quote or backslash), and (x - 0x20202020) & ~x & 0x80808080 when a byte is below
  // 0x20. A word with any of them goes to the byte steps below, which decide.
  const view = words;
  while (j + 4 <= end) {
    const x = view.getInt32(j, true);
    const q = x ^ 0x22222222;
    const s = x ^ 0x5c5c5c5c;
    const flags = (((q - 0x01010101) & ~q) | ((s - 0x01010101) & ~s) | ((x - 0x20202020) & ~x)) & 0x80808080;
    if (flags !== 0) break;
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
  if (b !== wordsOf) {
    wordsOf = b;
    words = new DataView(b.buffer, b.byteOffset, b.byteLength);
  }
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
