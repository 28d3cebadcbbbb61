// Process-wide V8 tuning for the two entry points (the CLI and the Action), imported before anything
// else. A scan allocates in bursts (start-up, a large export's summaries, then the report) and keeps
// much of what it builds after the read: with 1 MB semi-spaces, building a large report took ~140 minor
// collections that copy the same survivors again and again (~0.15 s of a million-line scan). With
// V8's default growth, the young generation grows to 16 MB semi-spaces, and each growth pages in fresh
// memory, where a page fault costs 10–15 µs on a small virtual runner. So it grows once, to 4 MB
// semi-spaces, and no further: a quarter of the collections for ~1,000 more page faults (docs/scale.md).
// Not set by scan() itself: a library should not change the flags of the process that imports it.
import { PerformanceObserver } from 'node:perf_hooks';
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';

/** Both semi-spaces of the young generation, at the size it stops growing. */
const YOUNG_BYTES = 8 * 1024 * 1024;

setFlagsFromString('--semi-space-growth-factor=4');
const observer = new PerformanceObserver(() => {
  const young = getHeapSpaceStatistics().find((space) => space.space_name === 'new_space');
  if (young && young.space_size >= YOUNG_BYTES) {
    setFlagsFromString('--semi-space-growth-factor=1');
    observer.disconnect();
  }
});
observer.observe({ entryTypes: ['gc'] });
