// Interns byte strings (an actor, an action, a user agent) as small dense numbers, so a fast reader
// looks up what it already knows about a value straight from the file's bytes and decodes each
// distinct value once. A key may carry a numeric tag (a token id is keyed with its principal's number).
import { nextPowerOfTwo, sameBytes, viewOf, wordsOf } from './byte-words.js';
import { hashBytes } from './id-window.js';

export class ByteKeys {
  // A Buffer: its toString decodes a short key far faster than a TextDecoder does.
  private arena: Buffer;
  /** The arena read four bytes at a time. */
  private arenaWords: DataView;
  private used = 0;
  /** Per key: offset in the arena, length, tag. */
  private meta: Int32Array<ArrayBuffer>;
  private texts: (string | undefined)[] = [];
  /** By hash, linear probing: pairs of (key + 1, hash); 0 is empty. At most half full. */
  private index: Int32Array<ArrayBuffer>;
  private mask: number;
  size = 0;

  /** `keys`: how many keys it holds before it grows (at least 64). */
  constructor(keys = 64) {
    const slots = Math.max(256, nextPowerOfTwo(2 * keys));
    this.arena = Buffer.alloc(Math.max(1 << 16, 16 * keys));
    this.arenaWords = viewOf(this.arena);
    this.meta = new Int32Array(Math.max(64, keys) * 3);
    this.index = new Int32Array(slots * 2);
    this.mask = slots - 1;
  }

  /** The key's number, or -1. `hash` is hashBytes of the same bytes (the caller often has it). */
  find(bytes: Uint8Array, start: number, end: number, tag = 0, hash = hashBytes(bytes, start, end)): number {
    const mixed = (hash ^ Math.imul(tag, 0x9e3779b1)) | 0;
    const { index, mask, meta } = this;
    for (let i = mixed & mask; index[2 * i] !== 0; i = (i + 1) & mask) {
      if (index[2 * i + 1] !== mixed) continue;
      const key = index[2 * i] - 1;
      if (meta[3 * key + 2] === tag && this.holds(key, bytes, start, end)) return key;
    }
    return -1;
  }

  /** Whether key `key` is the bytes `bytes[start, end)` (its tag is not compared). */
  holds(key: number, bytes: Uint8Array, start: number, end: number): boolean {
    const length = end - start;
    if (this.meta[3 * key + 1] !== length) return false;
    return sameBytes(this.arenaWords, this.meta[3 * key], wordsOf(bytes), start, length);
  }

  /** Adds a key known to be absent; returns its number. */
  add(bytes: Uint8Array, start: number, end: number, tag = 0, hash = hashBytes(bytes, start, end)): number {
    const mixed = (hash ^ Math.imul(tag, 0x9e3779b1)) | 0;
    const length = end - start;
    if (this.used + length > this.arena.length) {
      const grown = Buffer.alloc(Math.max(this.arena.length * 2, this.used + length));
      this.arena.copy(grown, 0, 0, this.used);
      this.arena = grown;
      this.arenaWords = viewOf(grown);
    }
    if (3 * (this.size + 1) > this.meta.length) {
      const grown = new Int32Array(this.meta.length * 2);
      grown.set(this.meta);
      this.meta = grown;
    }
    const key = this.size++;
    this.arena.set(bytes.subarray(start, end), this.used);
    this.meta[3 * key] = this.used;
    this.meta[3 * key + 1] = length;
    this.meta[3 * key + 2] = tag;
    this.used += length;
    if (this.size * 2 > this.mask + 1) this.rehash();
    this.place(key, mixed);
    return key;
  }

  /** Forgets every key (numbers start again from 0), keeping the memory grown so far. */
  clear(): void {
    this.index.fill(0);
    this.texts.length = 0;
    this.used = 0;
    this.size = 0;
  }

  /** The key's number, adding it when new. */
  intern(bytes: Uint8Array, start: number, end: number, tag = 0): number {
    const hash = hashBytes(bytes, start, end);
    const key = this.find(bytes, start, end, tag, hash);
    return key !== -1 ? key : this.add(bytes, start, end, tag, hash);
  }

  /** The key as text (UTF-8), decoded once. */
  text(key: number): string {
    let text = this.texts[key];
    if (text === undefined) {
      const base = this.meta[3 * key];
      text = this.arena.toString('utf8', base, base + this.meta[3 * key + 1]);
      this.texts[key] = text;
    }
    return text;
  }

  private place(key: number, mixed: number): void {
    const { index, mask } = this;
    let i = mixed & mask;
    while (index[2 * i] !== 0) i = (i + 1) & mask;
    index[2 * i] = key + 1;
    index[2 * i + 1] = mixed;
  }

  /** Doubles the index, keeping every key's hash (read back from the old index). */
  private rehash(): void {
    const old = this.index;
    this.mask = this.mask * 2 + 1;
    this.index = new Int32Array((this.mask + 1) * 2);
    for (let i = 0; i < old.length; i += 2) if (old[i] !== 0) this.place(old[i] - 1, old[i + 1]);
  }
}
