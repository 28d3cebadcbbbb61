// The last N distinct event ids of a source, oldest forgotten first (DESIGN.md §3 rule 3: duplicates are
// one record, while memory stays flat). Ids are kept as bytes in a fixed arena with an open-addressing
// index, so a fast reader checks an id straight from the file's bytes without building a string, and a
// worker can hand its window to the main thread as plain typed arrays.
import { createHash } from './lazy-modules.js';
import { copyBytes, nextPowerOfTwo, sameBytes, viewOf, wordsOf } from './byte-words.js';

const SLOT_BYTES = 48;
/** What digest() hashes at a time. */
const DIGEST_BUFFER = 1 << 16;
const encoder = new TextEncoder();

/**
 * A 32-bit hash of the bytes: of the first and last eight (four little-endian words, overlapping below
 * sixteen bytes) with the length, or of each byte of a shorter value. Ids and names differ at their
 * ends (a counter, a random suffix), and a long user agent costs no more than a short one. Equal hashes
 * are always confirmed byte by byte, so a weaker hash only costs probes. Four word steps (murmur3's
 * mixing) instead of sixteen byte steps: this runs four or five times per event of a large log.
 */
export function hashBytes(bytes: Uint8Array, start: number, end: number): number {
  const length = end - start;
  let h = Math.imul(length, 0x9e3779b1);
  if (length >= 8) {
    const words = wordsOf(bytes);
    h = mix(h, words.getInt32(start, true));
    h = mix(h, words.getInt32(start + 4, true));
    h = mix(h, words.getInt32(end - 8, true));
    h = mix(h, words.getInt32(end - 4, true));
  } else {
    for (let i = start; i < end; i++) h = Math.imul(h ^ bytes[i], 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  // Signed: an unsigned result over 2^31 would be a heap number, allocated on every call not inlined.
  return h | 0;
}

function mix(h: number, k: number): number {
  k = Math.imul(k, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

/** A window's whole state as plain data: what a worker posts back. */
export interface IdWindowState {
  capacity: number;
  arena: Uint8Array;
  lengths: Int32Array;
  hashes: Int32Array;
  index: Int32Array;
  /** Ids longer than a slot, by slot. */
  long: [number, Uint8Array][];
  next: number;
  count: number;
}

export class IdWindow {
  readonly capacity: number;
  private arena: Uint8Array;
  /** The arena read and written four bytes at a time. */
  private arenaWords: DataView;
  private lengths: Int32Array;
  private hashes: Int32Array;
  /**
   * By hash, linear probing: pairs of (slot + 1, hash), 0 is empty. The hash sits beside the slot so
   * a probe settles most candidates within the cache line it already loaded.
   */
  private index: Int32Array;
  private mask: number;
  private long = new Map<number, Uint8Array>();
  private next = 0;
  /** Distinct ids remembered (at most capacity). */
  count = 0;
  /** Ids ever remembered: a reader uses it to tell how far a window has filled since it started. */
  insertions = 0;

  constructor(capacity = 1 << 16, state?: IdWindowState) {
    this.capacity = capacity;
    // Half full at most: probes stay short, mostly within the cache line the first one loads, and the
    // index of a full window takes 1 MB (at a quarter full, 2 MB held fewer of its lines near the core).
    const size = Math.max(2, nextPowerOfTwo(capacity * 2));
    this.mask = size - 1;
    if (state) {
      this.arena = state.arena;
      this.arenaWords = viewOf(state.arena);
      this.lengths = state.lengths;
      this.hashes = state.hashes;
      this.index = state.index;
      this.long = new Map(state.long);
      this.next = state.next;
      this.count = state.count;
      return;
    }
    this.arena = new Uint8Array(capacity * SLOT_BYTES);
    this.arenaWords = viewOf(this.arena);
    this.lengths = new Int32Array(capacity);
    this.hashes = new Int32Array(capacity);
    this.index = new Int32Array(size * 2);
  }

  /** True when the id in `bytes[start, end)` is in the window; otherwise remembers it. */
  seen(bytes: Uint8Array, start: number, end: number): boolean {
    const hash = hashBytes(bytes, start, end);
    const length = end - start;
    const { index, mask } = this;
    let i = hash & mask;
    for (; index[2 * i] !== 0; i = (i + 1) & mask) {
      if (index[2 * i + 1] !== hash) continue;
      const slot = index[2 * i] - 1;
      if (this.lengths[slot] === length && this.holds(slot, bytes, start)) return true;
    }
    const slot = this.next;
    if (this.count === this.capacity) {
      this.forget(slot);
      // Forgetting may have moved entries: find the free place again.
      i = hash & mask;
      while (index[2 * i] !== 0) i = (i + 1) & mask;
    } else this.count++;
    index[2 * i] = slot + 1;
    index[2 * i + 1] = hash;
    this.next = slot + 1 === this.capacity ? 0 : slot + 1;
    this.insertions++;
    this.hashes[slot] = hash;
    this.lengths[slot] = length;
    // Word by word, not set(subarray): no view object per id.
    if (length <= SLOT_BYTES) copyBytes(wordsOf(bytes), start, this.arenaWords, slot * SLOT_BYTES, length);
    else this.long.set(slot, bytes.slice(start, end));
    return false;
  }

  /** The same for an id already held as a string. */
  seenText(id: string): boolean {
    const bytes = encoder.encode(id);
    return this.seen(bytes, 0, bytes.length);
  }

  private holds(slot: number, bytes: Uint8Array, start: number): boolean {
    const length = this.lengths[slot];
    if (length > SLOT_BYTES) {
      const stored = this.long.get(slot)!;
      for (let k = 0; k < length; k++) if (stored[k] !== bytes[start + k]) return false;
      return true;
    }
    return sameBytes(this.arenaWords, slot * SLOT_BYTES, wordsOf(bytes), start, length);
  }

  /** Removes a slot's id from the index (backward-shift deletion keeps probe chains unbroken). */
  private forget(slot: number): void {
    const { index, mask } = this;
    let i = this.hashes[slot] & mask;
    while (index[2 * i] !== slot + 1) i = (i + 1) & mask;
    this.long.delete(slot);
    let j = i;
    for (;;) {
      j = (j + 1) & mask;
      if (index[2 * j] === 0) break;
      const home = index[2 * j + 1] & mask;
      // The entry at j may move back to i unless its home lies cyclically in (i, j].
      const stays = i <= j ? home > i && home <= j : home > i || home <= j;
      if (!stays) {
        index[2 * i] = index[2 * j];
        index[2 * i + 1] = index[2 * j + 1];
        i = j;
      }
    }
    index[2 * i] = 0;
  }

  /**
   * A SHA-256 digest of the window's ids in order, with its capacity: two windows with the same ids in
   * the same order decide every later id alike, and a thread compares its window with another's by
   * digest, without either window crossing to the other thread.
   */
  digest(): string {
    // The ids go to the hash through one small buffer: a window's worth at once (1–3 MB) would be fresh
    // memory, paged in at 10–15 µs a page on a small runner, on the path where both threads wait.
    const hash = createHash('sha256');
    const out = new Uint8Array(DIGEST_BUFFER);
    const words = new DataView(out.buffer);
    words.setInt32(0, this.capacity, true);
    words.setInt32(4, this.count, true);
    let at = 8;
    for (let k = 0; k < this.count; k++) {
      const slot = this.slotAt(k);
      const length = this.lengths[slot];
      if (at + 4 + Math.min(length, SLOT_BYTES) > DIGEST_BUFFER) {
        hash.update(out.subarray(0, at));
        at = 0;
      }
      words.setInt32(at, length, true);
      at += 4;
      if (length > SLOT_BYTES) {
        hash.update(out.subarray(0, at));
        hash.update(this.long.get(slot)!);
        at = 0;
      } else {
        copyBytes(this.arenaWords, slot * SLOT_BYTES, words, at, length);
        at += length;
      }
    }
    return hash.update(out.subarray(0, at)).digest('hex');
  }

  /** The slot of the k-th id held, oldest first. */
  private slotAt(k: number): number {
    return (this.next - this.count + k + this.capacity) % this.capacity;
  }

  /** A copy of the whole state (typed arrays copied): to post to another thread, or to roll back to. */
  state(): IdWindowState {
    const own = this.release();
    return {
      ...own,
      arena: own.arena.slice(),
      lengths: own.lengths.slice(),
      hashes: own.hashes.slice(),
      index: own.index.slice(),
      long: own.long.map(([slot, bytes]) => [slot, bytes.slice()]),
    };
  }

  /**
   * The whole state without copying it, for an owner done with this window (a worker's last message,
   * which moves the arrays to the main thread): the window must not be used after. state() copies it.
   */
  release(): IdWindowState {
    return {
      capacity: this.capacity,
      arena: this.arena,
      lengths: this.lengths,
      hashes: this.hashes,
      index: this.index,
      long: [...this.long],
      next: this.next,
      count: this.count,
    };
  }

  /** Puts back a state taken earlier (a read that is started over). */
  restore(state: IdWindowState): void {
    this.arena = state.arena;
    this.arenaWords = viewOf(state.arena);
    this.lengths = state.lengths;
    this.hashes = state.hashes;
    this.index = state.index;
    this.long = new Map(state.long);
    this.next = state.next;
    this.count = state.count;
  }
}
