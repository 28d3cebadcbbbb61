// node:zlib, loaded on first use: most scans read no .gz export and write no SARIF large enough to
// gzip, and loading the module costs ~8 ms of every scan's start-up on a small runner.
import { createRequire } from 'node:module';
import type * as Zlib from 'node:zlib';

const load = createRequire(import.meta.url);
let zlib: typeof Zlib | undefined;

export function zlibModule(): typeof Zlib {
  return (zlib ??= load('node:zlib') as typeof Zlib);
}
