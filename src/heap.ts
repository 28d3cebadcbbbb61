// Process-wide V8 tuning for the two entry points (the CLI and the Action), imported before anything
// else. A scan allocates in bursts (a large export's summaries, then the report) and keeps little, yet
// V8 lets the young generation grow to 16 MB semi-spaces: each growth pages in fresh memory, and a
// page fault costs 10–15 µs on a small virtual runner. Keeping the young generation at its first size
// costs a few more scavenges and saves about a fifth of the page faults of a 100,000-line scan
// (docs/scale.md).
// Not set by scan() itself: a library should not change the flags of the process that imports it.
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--semi-space-growth-factor=1');
