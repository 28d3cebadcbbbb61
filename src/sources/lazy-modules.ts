// Node modules loaded on first use, not at start-up, where each costs a scan ~8–9 ms on a small runner:
// node:zlib (for a .gz export, or a SARIF log large enough to measure gzipped) and node:crypto (for the
// digest of a worker's window at the hand-over, a masked value's short digest, a saved API page's).
import { createRequire } from 'node:module';
import type * as Crypto from 'node:crypto';
import type * as Zlib from 'node:zlib';

const load = createRequire(import.meta.url);
let zlib: typeof Zlib | undefined;
let crypto: typeof Crypto | undefined;

export function zlibModule(): typeof Zlib {
  return (zlib ??= load('node:zlib') as typeof Zlib);
}

/** node:crypto's createHash. */
export function createHash(algorithm: string): Crypto.Hash {
  return (crypto ??= load('node:crypto') as typeof Crypto).createHash(algorithm);
}
