// Four bytes at a time: a DataView over a byte array reads a little-endian 32-bit word in one load where
// indexing takes four loads and three shifts. The fast readers hash, compare and copy ids, names and
// user agents this way, several times per event of a large log.

let viewed: Uint8Array | undefined;
let view: DataView = new DataView(new ArrayBuffer(0));

/** A DataView over `bytes`, at the same offsets: for an array its owner keeps (an arena). */
export function viewOf(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** The same for the bytes being read; the last one is kept, as a reader asks for one chunk at a time. */
export function wordsOf(bytes: Uint8Array): DataView {
  if (bytes !== viewed) {
    viewed = bytes;
    view = viewOf(bytes);
  }
  return view;
}

/**
 * Non-zero when one of the four bytes of the word `x` is the byte repeated in `a` or the one in `b`
 * (0x22222222: a quote). For v = x ^ a, (v - 0x01010101) & ~v & 0x80808080 is non-zero exactly when a
 * byte of v is zero: a scanner skips a word at a time while this is zero, and steps byte by byte from
 * the first word where it is not.
 */
export function hasByte(x: number, a: number, b: number): number {
  const u = x ^ a;
  const v = x ^ b;
  return (((u - 0x01010101) & ~u) | ((v - 0x01010101) & ~v)) & 0x80808080;
}

/** Non-zero when one of the four bytes of the word `x` is below 0x20 (a control character). */
export function hasControl(x: number): number {
  return (x - 0x20202020) & ~x & 0x80808080;
}

/** Whether `length` bytes at `a` in `va` equal those at `b` in `vb`: word by word, the last word overlapping. */
export function sameBytes(va: DataView, a: number, vb: DataView, b: number, length: number): boolean {
  if (length < 4) {
    for (let k = 0; k < length; k++) if (va.getUint8(a + k) !== vb.getUint8(b + k)) return false;
    return true;
  }
  const last = length - 4;
  for (let k = 0; k < last; k += 4) if (va.getInt32(a + k, true) !== vb.getInt32(b + k, true)) return false;
  return va.getInt32(a + last, true) === vb.getInt32(b + last, true);
}

/** Copies `length` bytes from `from` in `vf` to `to` in `vt`, word by word (the ranges do not overlap). */
export function copyBytes(vf: DataView, from: number, vt: DataView, to: number, length: number): void {
  if (length < 4) {
    for (let k = 0; k < length; k++) vt.setUint8(to + k, vf.getUint8(from + k));
    return;
  }
  const last = length - 4;
  for (let k = 0; k < last; k += 4) vt.setInt32(to + k, vf.getInt32(from + k, true), true);
  vt.setInt32(to + last, vf.getInt32(from + last, true), true);
}

/** The least power of two at or above `n` (1 for n ≤ 1): the size of an open-addressing index. */
export function nextPowerOfTwo(n: number): number {
  let p = 1;
  while (p < n) p *= 2;
  return p;
}
