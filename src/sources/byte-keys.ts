// Interns byte strings (an actor, an action, a user agent) as small dense numbers, so a fast reader
// looks up what it already knows about a value straight from the file's bytes and decodes each
// distinct value once. A key may carry a numeric tag (a token id is keyed with its principal's number).
import { hashBytes } from './id-window.js';

const decoder = new TextDecoder();

export class ByteKeys {
  private arena = new Uint8Array(1 << 16);
  private used = 0;
  private offsets = new Int32Array(64);
  private lengths = new Int32Array(64);
  private tags = new Int32Array(64);
  private hashes = new Uint32Array(64);
  private texts: (string | undefined)[] = [];
  /** Key number + 1, by hash (linear probing); 0 is empty. */
  private index = new Int32Array(128);
  size = 0;

  /** The key's number, or -1. `hash` is hashBytes of the same bytes (the caller often has it). */
  find(bytes: Uint8Array, start: number, end: number, tag = 0, hash = hashBytes(bytes, start, end)): number {
    const mixed = (hash ^ Math.imul(tag, 0x9e3779b1)) >>> 0;
    const mask = this.index.length - 1;
    const length = end - start;
    for (let i = mixed & mask; this.index[i] !== 0; i = (i + 1) & mask) {
      const key = this.index[i] - 1;
      if (this.hashes[key] !== mixed || this.lengths[key] !== length || this.tags[key] !== tag) continue;
      const base = this.offsets[key];
      let k = 0;
      while (k < length && this.arena[base + k] === bytes[start + k]) k++;
      if (k === length) return key;
    }
    return -1;
  }

  /** Adds a key known to be absent; returns its number. */
  add(bytes: Uint8Array, start: number, end: number, tag = 0, hash = hashBytes(bytes, start, end)): number {
    const mixed = (hash ^ Math.imul(tag, 0x9e3779b1)) >>> 0;
    const length = end - start;
    if (this.used + length > this.arena.length) {
      const grown = new Uint8Array(Math.max(this.arena.length * 2, this.used + length));
      grown.set(this.arena.subarray(0, this.used));
      this.arena = grown;
    }
    if (this.size === this.offsets.length) this.growKeys();
    const key = this.size++;
    this.arena.set(bytes.subarray(start, end), this.used);
    this.offsets[key] = this.used;
    this.lengths[key] = length;
    this.tags[key] = tag;
    this.hashes[key] = mixed;
    this.used += length;
    if (this.size * 2 > this.index.length) this.rehash();
    else this.place(key);
    return key;
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
      const base = this.offsets[key];
      text = decoder.decode(this.arena.subarray(base, base + this.lengths[key]));
      this.texts[key] = text;
    }
    return text;
  }

  tag(key: number): number {
    return this.tags[key];
  }

  private place(key: number): void {
    const mask = this.index.length - 1;
    let i = this.hashes[key] & mask;
    while (this.index[i] !== 0) i = (i + 1) & mask;
    this.index[i] = key + 1;
  }

  private rehash(): void {
    this.index = new Int32Array(this.index.length * 2);
    for (let key = 0; key < this.size; key++) this.place(key);
  }

  private growKeys(): void {
    const n = this.offsets.length * 2;
    const grow = <T extends Int32Array | Uint32Array>(a: T, make: (n: number) => T): T => {
      const b = make(n);
      b.set(a);
      return b;
    };
    this.offsets = grow(this.offsets, (k) => new Int32Array(k));
    this.lengths = grow(this.lengths, (k) => new Int32Array(k));
    this.tags = grow(this.tags, (k) => new Int32Array(k));
    this.hashes = grow(this.hashes, (k) => new Uint32Array(k));
  }
}
