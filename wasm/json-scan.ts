// AssemblyScript: scanJsonLine (src/sources/github-audit-json-scan.ts) compiled to WebAssembly, with
// strings skipped sixteen bytes at a time (SIMD). The same outcome and the same fields for every line:
// the JavaScript scanner stays the reference (lines outside this module's memory, and the tests compare
// the two line by line). Built by `npm run wasm` into src/sources/json-scan.wasm.
//
// scan(base, start, end, out) reads the line at addresses [base + start, base + end) and writes its
// fields at `out`, as offsets from `base`: kind (11 bytes) at out, start (11 × i32) at out + 16, end
// (11 × i32) at out + 64. Bytes past `end` are never taken into account, though a 16-byte load may
// read them: the memory keeps 16 bytes of slack after every region a line can lie in.

const RECORD: i32 = 0;
const BLANK: i32 = 1;
const FALLBACK: i32 = 2;

// How a field was written (github-audit-fold.ts).
const ABSENT: u8 = 0;
const TEXT: u8 = 1;
const DIGITS: u8 = 2;
const NULL: u8 = 3;
const TRUE: u8 = 4;
const FALSE: u8 = 5;

// Slots (F in github-audit-fold.ts), and the two times kept apart until the end.
const TIME: i32 = 0;
const ACTION: i32 = 1;
const ACTOR: i32 = 2;
const USER: i32 = 3;
const DOCUMENT_ID: i32 = 4;
const HASHED_TOKEN: i32 = 5;
const TOKEN_ID: i32 = 6;
const ACCESS_TYPE: i32 = 7;
const USER_AGENT: i32 = 8;
const ACTOR_IS_BOT: i32 = 9;
const OPERATION_TYPE: i32 = 10;
const FIELD_COUNT: i32 = 11;
const OTHER: i32 = -1;
const TIMESTAMP: i32 = -2;
const CREATED_AT: i32 = -3;

// Where a record's starts and ends are, after its kinds (FIELD_STARTS, FIELD_ENDS in json-scan-wasm.ts).
const FIELD_STARTS: usize = 16;
const FIELD_ENDS: usize = 64;

const MAX_DEPTH: i32 = 64;
const MAX_DIGITS: i32 = 15;
/** What byteAt gives past the end of the line: no byte. */
const NONE: u32 = 0x100;

// Little-endian words of the keys, as slotOf in the JavaScript scanner compares them.
const K_USER: u32 = 0x72657375; // "user" at 0
const K_ACTO: u32 = 0x6f746361; // "actor" at 0
const K_CTOR: u32 = 0x726f7463; // "actor" at 1
const K_ACTI: u32 = 0x69746361; // "action" at 0
const K_TION: u32 = 0x6e6f6974; // "action" at 2
const K_TOKE: u32 = 0x656b6f74; // "token_id" at 0
const K_N_ID: u32 = 0x64695f6e; // "token_id" at 4
const K_AT_T: u32 = 0x6d697440; // "@timestamp" at 0
const K_ESTA: u32 = 0x61747365; // "@timestamp" at 4
const K_TAMP: u32 = 0x706d6174; // "@timestamp" at 6
const K_CREA: u32 = 0x61657263; // "created_at" at 0
const K_TED_: u32 = 0x5f646574; // "created_at" at 4
const K_D_AT: u32 = 0x74615f64; // "created_at" at 6
const K_AGE_: u32 = 0x6567615f; // "user_agent" at 4
const K_GENT: u32 = 0x746e6567; // "user_agent" at 6
const K__DOC: u32 = 0x636f645f; // "_document_id" at 0
const K_UMEN: u32 = 0x6e656d75; // "_document_id" at 4
const K_T_ID: u32 = 0x64695f74; // "_document_id" at 8
const K_HASH: u32 = 0x68736168; // "hashed_token" at 0
const K_ED_T: u32 = 0x745f6465; // "hashed_token" at 4
const K_OKEN: u32 = 0x6e656b6f; // "hashed_token" at 8
const K_OR_I: u32 = 0x73695f72; // "actor_is_bot" at 4
const K__BOT: u32 = 0x746f625f; // "actor_is_bot" at 8
const K_OPER: u32 = 0x7265706f; // "operation_type" at 0
const K_ATIO: u32 = 0x6f697461; // "operation_type" at 4
const K_N_TY: u32 = 0x79745f6e; // "operation_type" at 8
const K_TYPE: u32 = 0x65707974; // "operation_type" at 10, "programmatic_access_type" at 20
const K_PROG: u32 = 0x676f7270; // "programmatic_access_type" at 0
const K_RAMM: u32 = 0x6d6d6172; // at 4
const K_ATIC: u32 = 0x63697461; // at 8
const K__ACC: u32 = 0x6363615f; // at 12
const K_ESS_: u32 = 0x5f737365; // at 16

/** Whether the string skipString last walked held an escape. */
let escaped = false;
/** Whether the number skipNumber last walked was plain digits (no sign, fraction or exponent). */
let plain = false;

/** The byte at `i`, or NONE at or past `end` (where the JavaScript scanner reads a line break or nothing). */
@inline
function byteAt(i: usize, end: usize): u32 {
  return i < end ? <u32>load<u8>(i) : NONE;
}

/** The slot of the key at [s, e), TIMESTAMP / CREATED_AT for the two times, or OTHER. */
function slotOf(s: usize, e: usize): i32 {
  const length = <i32>(e - s);
  if (length < 4 || length > 24) return OTHER;
  const w = load<u32>(s);
  switch (length) {
    case 4:
      return w == K_USER ? USER : OTHER;
    case 5:
      return w == K_ACTO && load<u32>(s + 1) == K_CTOR ? ACTOR : OTHER;
    case 6:
      return w == K_ACTI && load<u32>(s + 2) == K_TION ? ACTION : OTHER;
    case 8:
      return w == K_TOKE && load<u32>(s + 4) == K_N_ID ? TOKEN_ID : OTHER;
    case 10: {
      const x = load<u32>(s + 4);
      const y = load<u32>(s + 6);
      if (w == K_AT_T) return x == K_ESTA && y == K_TAMP ? TIMESTAMP : OTHER;
      if (w == K_CREA) return x == K_TED_ && y == K_D_AT ? CREATED_AT : OTHER;
      return w == K_USER && x == K_AGE_ && y == K_GENT ? USER_AGENT : OTHER;
    }
    case 12: {
      const x = load<u32>(s + 4);
      const y = load<u32>(s + 8);
      if (w == K__DOC) return x == K_UMEN && y == K_T_ID ? DOCUMENT_ID : OTHER;
      if (w == K_HASH) return x == K_ED_T && y == K_OKEN ? HASHED_TOKEN : OTHER;
      return w == K_ACTO && x == K_OR_I && y == K__BOT ? ACTOR_IS_BOT : OTHER;
    }
    case 14:
      return w == K_OPER && load<u32>(s + 4) == K_ATIO && load<u32>(s + 8) == K_N_TY && load<u32>(s + 10) == K_TYPE
        ? OPERATION_TYPE
        : OTHER;
    case 24:
      return w == K_PROG &&
        load<u32>(s + 4) == K_RAMM &&
        load<u32>(s + 8) == K_ATIC &&
        load<u32>(s + 12) == K__ACC &&
        load<u32>(s + 16) == K_ESS_ &&
        load<u32>(s + 20) == K_TYPE
        ? ACCESS_TYPE
        : OTHER;
    default:
      return OTHER;
  }
}

/** The first index at or after `i` that is not JSON whitespace (space, tab, carriage return), or `end`. */
@inline
function ws(i: usize, end: usize): usize {
  while (i < end) {
    const c = load<u8>(i);
    if (c != 32 && c != 9 && c != 13) break;
    i++;
  }
  return i;
}

@inline
function hex(c: u32): bool {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

/** `i` is on an opening quote; the index after the closing one, or 0 for invalid JSON. */
function skipString(i: usize, end: usize): usize {
  escaped = false;
  let j = i + 1;
  const quote = i8x16.splat(0x22);
  const backslash = i8x16.splat(0x5c);
  const space = i8x16.splat(0x20);
  while (j < end) {
    const v = v128.load(j);
    let bits = <u32>i8x16.bitmask(v128.or(v128.or(i8x16.eq(v, quote), i8x16.eq(v, backslash)), i8x16.lt_u(v, space)));
    const left = end - j;
    if (left < 16) bits &= (<u32>1 << <u32>left) - 1;
    if (bits == 0) {
      j += 16;
      continue;
    }
    j += ctz(bits);
    const c = load<u8>(j);
    if (c == 34) return j + 1;
    if (c < 32) return 0;
    // A backslash: the escape after it.
    escaped = true;
    const d = byteAt(j + 1, end);
    if (d == 117) {
      if (j + 5 >= end || !hex(load<u8>(j + 2)) || !hex(load<u8>(j + 3)) || !hex(load<u8>(j + 4)) || !hex(load<u8>(j + 5)))
        return 0;
      j += 6;
    } else if (d == 34 || d == 92 || d == 47 || d == 98 || d == 102 || d == 110 || d == 114 || d == 116) {
      j += 2;
    } else {
      return 0;
    }
  }
  return 0;
}

function skipNumber(i: usize, end: usize): usize {
  plain = true;
  if (byteAt(i, end) == 45) {
    plain = false;
    i++;
  }
  if (i >= end) return 0;
  let c = <u32>load<u8>(i);
  if (c == 48) i++;
  else if (c >= 49 && c <= 57) {
    while (i < end) {
      c = load<u8>(i);
      if (c < 48 || c > 57) break;
      i++;
    }
  } else return 0;
  if (byteAt(i, end) == 46) {
    plain = false;
    i++;
    const from = i;
    while (i < end && load<u8>(i) >= 48 && load<u8>(i) <= 57) i++;
    if (i == from) return 0;
  }
  c = byteAt(i, end);
  if (c == 101 || c == 69) {
    plain = false;
    i++;
    c = byteAt(i, end);
    if (c == 43 || c == 45) i++;
    const from = i;
    while (i < end && load<u8>(i) >= 48 && load<u8>(i) <= 57) i++;
    if (i == from) return 0;
  }
  return i;
}

/** The literal `word` (its bytes, little-endian, `length` of them: true, false, null) at `i`. */
@inline
function literal(i: usize, end: usize, word: u64, length: usize): usize {
  if (i + length > end) return 0;
  for (let k: usize = 0; k < length; k++) if (<u64>load<u8>(i + k) != ((word >> (k * 8)) & 0xff)) return 0;
  return i + length;
}
const TRUE_WORD: u64 = 0x65757274; // "true"
const FALSE_WORD: u64 = 0x65736c6166; // "false"
const NULL_WORD: u64 = 0x6c6c756e; // "null"

/** A scalar at `i`: the index after it, or 0. */
function skipScalar(i: usize, end: usize): usize {
  const c = byteAt(i, end);
  if (c == 34) return skipString(i, end);
  if (c == 116) return literal(i, end, TRUE_WORD, 4);
  if (c == 102) return literal(i, end, FALSE_WORD, 5);
  if (c == 110) return literal(i, end, NULL_WORD, 4);
  return skipNumber(i, end);
}

/** A member's key and colon at `i`; the index of its value, or 0. */
function member(i: usize, end: usize): usize {
  if (byteAt(i, end) != 34) return 0;
  i = skipString(i, end);
  if (i == 0) return 0;
  i = ws(i, end);
  return byteAt(i, end) == 58 ? i + 1 : 0;
}

/** A nested object or array at `i`, validated: the index after it, or 0 (invalid, or too deep). */
function skipNested(i: usize, end: usize): usize {
  let depth: i32 = 0;
  // One bit per open container: 1 an object, 0 an array.
  let objects: u64 = 0;
  for (;;) {
    // Expecting a value.
    i = ws(i, end);
    if (i >= end) return 0;
    let c = <u32>load<u8>(i);
    if (c == 123 || c == 91) {
      if (depth == MAX_DEPTH) return 0;
      if (c == 123) objects |= <u64>1 << <u64>depth;
      else objects &= ~(<u64>1 << <u64>depth);
      depth++;
      i = ws(i + 1, end);
      if (byteAt(i, end) == c + 2) {
        depth--;
        i++;
      } else if (c == 123) {
        i = member(i, end);
        if (i == 0) return 0;
        continue;
      } else {
        continue;
      }
    } else {
      i = skipScalar(i, end);
      if (i == 0) return 0;
    }
    // After a value: close containers, or move to the next element. (No `break` out of a `for (;;)`
    // here or below: AssemblyScript 0.28 takes such a loop for one that never ends, and traps after it.)
    let next = false;
    while (!next) {
      if (depth == 0) return i;
      i = ws(i, end);
      c = byteAt(i, end);
      const object = ((objects >> <u64>(depth - 1)) & 1) != 0;
      if (c == 44) {
        i++;
        if (object) {
          i = member(ws(i, end), end);
          if (i == 0) return 0;
        }
        next = true;
      } else {
        if (c != (object ? 125 : 93)) return 0;
        depth--;
        i++;
      }
    }
  }
  return 0; // not reached: the loop only returns
}

@inline
function setKind(out: usize, slot: i32, kind: u8): void {
  store<u8>(out + <usize>slot, kind);
}

@inline
function setRange(out: usize, slot: i32, start: i32, end: i32): void {
  store<i32>(out + FIELD_STARTS + (<usize>slot << 2), start);
  store<i32>(out + FIELD_ENDS + (<usize>slot << 2), end);
}

/**
 * Scans the line at [base + start, base + end) (no line break) into the fields at `out`. Returns RECORD
 * (an object, fields filled), BLANK (only JSON whitespace), or FALLBACK (let JSON.parse decide).
 */
export function scan(base: usize, start: i32, end: i32, out: usize): i32 {
  const last = base + <usize>end;
  let i = ws(base + <usize>start, last);
  if (i == last) return BLANK;
  if (load<u8>(i) != 123) return FALLBACK;
  // All kinds ABSENT (eleven bytes).
  store<u64>(out, 0);
  store<u32>(out + 7, 0);
  let timestamp: u8 = ABSENT;
  let timestampStart: i32 = 0;
  let timestampEnd: i32 = 0;
  let createdAt: u8 = ABSENT;
  let createdStart: i32 = 0;
  let createdEnd: i32 = 0;
  i = ws(i + 1, last);
  let more = true;
  if (byteAt(i, last) == 125) {
    i++;
    more = false;
  }
  while (more) {
    if (byteAt(i, last) != 34) return FALLBACK;
    const keyStart = i + 1;
    i = skipString(i, last);
    if (i == 0 || escaped) return FALLBACK;
    const slot = slotOf(keyStart, i - 1);
    i = ws(i, last);
    if (byteAt(i, last) != 58) return FALLBACK;
    i = ws(i + 1, last);
    if (i >= last) return FALLBACK;
    const c = <u32>load<u8>(i);
    const valueStart = i;
    let valueKind: u8;
    if (c == 123 || c == 91) {
      // Only fields lastseen does not read may be nested: JSON.parse takes the rest.
      if (slot != OTHER) return FALLBACK;
      i = skipNested(i, last);
      if (i == 0) return FALLBACK;
      valueKind = ABSENT;
    } else {
      i = skipScalar(i, last);
      if (i == 0) return FALLBACK;
      if (c == 34) {
        if (escaped && slot != OTHER) return FALLBACK;
        valueKind = TEXT;
      } else if (c == 116) valueKind = TRUE;
      else if (c == 102) valueKind = FALSE;
      else if (c == 110) valueKind = NULL;
      else {
        if (slot != OTHER && (!plain || <i32>(i - valueStart) > MAX_DIGITS)) return FALLBACK;
        valueKind = DIGITS;
      }
    }
    if (slot != OTHER) {
      // A later duplicate key wins, as in JSON.parse.
      const s = <i32>((valueKind == TEXT ? valueStart + 1 : valueStart) - base);
      const e = <i32>((valueKind == TEXT ? i - 1 : i) - base);
      if (slot == TIMESTAMP) {
        timestamp = valueKind;
        timestampStart = s;
        timestampEnd = e;
      } else if (slot == CREATED_AT) {
        createdAt = valueKind;
        createdStart = s;
        createdEnd = e;
      } else {
        setKind(out, slot, valueKind);
        setRange(out, slot, s, e);
      }
    }
    i = ws(i, last);
    const next = byteAt(i, last);
    if (next == 44) {
      i = ws(i + 1, last);
      continue;
    }
    if (next == 125) {
      i++;
      more = false;
      continue;
    }
    return FALLBACK;
  }
  if (ws(i, last) != last) return FALLBACK;
  // `@timestamp ?? created_at`: a null or missing @timestamp gives way to created_at.
  if (timestamp == ABSENT || timestamp == NULL) {
    setKind(out, TIME, createdAt);
    setRange(out, TIME, createdStart, createdEnd);
  } else {
    setKind(out, TIME, timestamp);
    setRange(out, TIME, timestampStart, timestampEnd);
  }
  return RECORD;
}
