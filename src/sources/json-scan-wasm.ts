// The JSON-lines byte scanner compiled to WebAssembly (wasm/json-scan.ts, built by `npm run wasm` into
// json-scan.wasm beside this file and copied into dist/): the same outcome and fields as scanJsonLine,
// with strings skipped sixteen bytes at a time. It reads lines in its own memory only, so the readers'
// chunks are read into regions of that memory (chunkRegion), and a batch's fields live there too
// (fieldsAt), written by the scanner in place. Anything else (a line joined across two chunks, a CSV,
// a test's bytes) goes to the JavaScript scanner. Each thread instantiates its own; without
// WebAssembly SIMD, or with LASTSEEN_WASM=0, there is none and the JavaScript scanner reads everything.
import { readFileSync } from 'node:fs';

/** Bytes of a chunk region: the readers' chunk size. */
export const REGION_BYTES = 1 << 20;
/** Regions a thread can lend at once: two per file being read, two files at a time. */
const REGIONS = 4;
/** A line's last 16-byte load may read past its end: each region is followed by this much slack. */
const SLACK = 64;
/**
 * A record's fields as the scanner writes them (wasm/json-scan.ts): kind (11 bytes) at 0, start
 * (11 × i32) at FIELD_STARTS, end (11 × i32) at FIELD_ENDS; 128 bytes a record.
 */
export const FIELD_STARTS = 16;
export const FIELD_ENDS = 64;
const FIELDS_STRIDE = 128;
/** Records' fields in the first part of the memory (a batch holds 32). */
const FIELDS_SLOTS = 64;
const FIELDS_BYTES = FIELDS_SLOTS * FIELDS_STRIDE;
const PAGE = 65536;

export interface JsonScanner {
  /** The scanner's memory: a line is scanned here when its bytes are a view of this buffer. */
  readonly buffer: ArrayBuffer;
  /** scanJsonLine for the line at [base + start, base + end) of the memory, fields written at `out`. */
  scan(base: number, start: number, end: number, out: number): number;
  /** Where the fields of record slot `k` (0 ≤ k < 64) are. */
  fieldsAt(k: number): number;
  /** A region of REGION_BYTES to read chunks into, or undefined when all are lent. */
  chunkRegion(): Buffer | undefined;
  /** Gives a region back. */
  release(region: Buffer): void;
}

// WebAssembly as Node provides it (the DOM library that declares it is not this project's).
interface Wasm {
  Memory: new (size: { initial: number; maximum: number }) => { buffer: ArrayBuffer };
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: Record<string, unknown> };
}
const wasm = (globalThis as unknown as { WebAssembly?: Wasm }).WebAssembly;

let scanner: JsonScanner | null | undefined;

/** This thread's scanner, instantiated on first use; null when WebAssembly cannot run it. */
export function jsonScanner(): JsonScanner | null {
  if (scanner === undefined) scanner = instantiate();
  return scanner;
}

function instantiate(): JsonScanner | null {
  if (!wasm || process.env.LASTSEEN_WASM === '0') return null;
  try {
    const regionStride = REGION_BYTES + SLACK;
    const pages = Math.ceil((FIELDS_BYTES + REGIONS * regionStride) / PAGE);
    const memory = new wasm.Memory({ initial: pages, maximum: pages });
    const module = new wasm.Module(readFileSync(new URL('./json-scan.wasm', import.meta.url)));
    const instance = new wasm.Instance(module, { env: { memory } });
    const scan = instance.exports.scan as JsonScanner['scan'];
    const buffer = memory.buffer;
    const free: number[] = [];
    for (let r = REGIONS - 1; r >= 0; r--) free.push(FIELDS_BYTES + r * regionStride);
    return {
      buffer,
      scan,
      fieldsAt: (k) => k * FIELDS_STRIDE,
      chunkRegion: () => {
        const at = free.pop();
        return at === undefined ? undefined : Buffer.from(buffer, at, REGION_BYTES);
      },
      release: (region) => {
        if (region.buffer === buffer && !free.includes(region.byteOffset)) free.push(region.byteOffset);
      },
    };
  } catch {
    // No json-scan.wasm beside the bundle, or no WebAssembly SIMD: the JavaScript scanner reads.
    return null;
  }
}
