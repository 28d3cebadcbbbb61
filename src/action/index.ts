// The Action's entry point (dist/index.js): everything happens in run().
import '../heap.js';
import { startSpareWorker } from '../sources/github-audit-spare.js';

// The worker a large GitHub audit log is shared with starts now, while the Action loads and finds its
// inputs (see src/cli/index.ts).
startSpareWorker();
const { run } = await import('./main.js');
void run();
