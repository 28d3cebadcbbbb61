// A set of UTC day numbers as a growable bitmap: 46 bytes a year per principal, whatever the number of
// events. Gaps between days of use (reactivation) and timelines are read from it.

const NONE = new Uint32Array(0);

export class DayBits {
  private base = 0;
  // Shared until the first day: most folds never see a meaningful use, and an allocation each adds up.
  private words: Uint32Array = NONE;
  size = 0;

  add(day: number): void {
    const offset = this.room(day);
    const word = offset >> 5;
    const bit = 1 << (offset & 31);
    if ((this.words[word] & bit) === 0) {
      this.words[word] |= bit;
      this.size++;
    }
  }

  /** Grows the bitmap to hold `day`; returns its offset from the base. */
  private room(day: number): number {
    if (this.words.length === 0) {
      this.base = day - (day & 31);
      this.words = new Uint32Array(2);
    }
    let offset = day - this.base;
    if (offset < 0) {
      const shiftWords = Math.ceil(-offset / 32) + 1;
      const grown = new Uint32Array(this.words.length + shiftWords);
      grown.set(this.words, shiftWords);
      this.words = grown;
      this.base -= shiftWords * 32;
      offset = day - this.base;
    } else if (offset >= this.words.length * 32) {
      const grown = new Uint32Array(Math.max(this.words.length * 2, (offset >> 5) + 2));
      grown.set(this.words);
      this.words = grown;
    }
    return offset;
  }

  /** Adds days given in ascending order, allocating once for their whole span. */
  addSorted(days: readonly number[]): void {
    if (days.length === 0) return;
    if (this.words.length !== 0) {
      for (const day of days) this.add(day);
      return;
    }
    const first = days[0];
    const base = first - (first & 31);
    const words = new Uint32Array(((days[days.length - 1] - base) >> 5) + 2);
    let size = 0;
    for (let k = 0; k < days.length; k++) {
      const offset = days[k] - base;
      const bit = 1 << (offset & 31);
      if ((words[offset >> 5] & bit) === 0) size++;
      words[offset >> 5] |= bit;
    }
    this.base = base;
    this.words = words;
    this.size = size;
  }

  /** Adds the days of a bitmap: bit i of word w is day base + 32w + i (base a multiple of 32). */
  addWords(base: number, words: ArrayLike<number>): void {
    let first = -1;
    let last = -1;
    for (let w = 0; w < words.length; w++) {
      if (words[w] === 0) continue;
      if (first === -1) first = w;
      last = w;
    }
    if (first === -1) return;
    this.room(base + first * 32);
    this.room(base + last * 32 + 31);
    const shift = (base - this.base) >> 5;
    for (let w = first; w <= last; w++) this.words[w + shift] |= words[w];
    let size = 0;
    for (let w = 0; w < this.words.length; w++) size += popcount(this.words[w]);
    this.size = size;
  }

  /** Adds every day of `other`: word by word, since both bases are multiples of 32. */
  addAll(other: DayBits): void {
    if (other.size === 0) return;
    if (this.words.length === 0) {
      this.base = other.base;
      this.words = other.words.slice();
      this.size = other.size;
      return;
    }
    // Make room for other's first and last day, then OR the words in.
    this.room(other.base + firstBit(other.words));
    this.room(other.base + lastBit(other.words));
    const shift = (other.base - this.base) >> 5;
    let size = 0;
    for (let w = 0; w < other.words.length; w++)
      if (other.words[w] !== 0) this.words[w + shift] |= other.words[w];
    for (let w = 0; w < this.words.length; w++) size += popcount(this.words[w]);
    this.size = size;
  }

  has(day: number): boolean {
    const offset = day - this.base;
    if (offset < 0 || offset >= this.words.length * 32) return false;
    return (this.words[offset >> 5] & (1 << (offset & 31))) !== 0;
  }

  /** The days in ascending order. */
  toArray(): number[] {
    const out: number[] = [];
    for (let w = 0; w < this.words.length; w++) {
      let bits = this.words[w];
      while (bits !== 0) {
        const low = bits & -bits;
        out.push(this.base + w * 32 + (31 - Math.clz32(low)));
        bits ^= low;
      }
    }
    return out;
  }
}

function popcount(n: number): number {
  n -= (n >>> 1) & 0x55555555;
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

function firstBit(words: Uint32Array): number {
  for (let w = 0; w < words.length; w++) {
    const bits = words[w];
    if (bits !== 0) return w * 32 + (31 - Math.clz32(bits & -bits));
  }
  return 0;
}

function lastBit(words: Uint32Array): number {
  for (let w = words.length - 1; w >= 0; w--) {
    const bits = words[w];
    if (bits !== 0) return w * 32 + 31 - Math.clz32(bits);
  }
  return 0;
}
