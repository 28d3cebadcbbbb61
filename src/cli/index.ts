// The `lastseen` executable: wires the process to main().
import '../heap.js';
import { startSpareWorker } from '../sources/github-audit-spare.js';

// A scan may read a large GitHub audit log on two threads: the second starts now, while the rest of the
// CLI loads and the scan finds its inventory and exports, rather than when the reader reaches the file.
if (process.argv[2] === 'scan') startSpareWorker();
const { main } = await import('./main.js');

// A reader that stops early (`lastseen scan | head`) closes the pipe: not an error, and never a stack
// trace. Any other failure to write (a full disk behind a redirect) is a clear message and exit 2.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    if (stream === process.stdout)
      process.stderr.write(`lastseen: cannot write the output: ${error.message}\n`);
    process.exit(2);
  });
}

const color = Boolean(process.stdout.isTTY) && !('NO_COLOR' in process.env) && process.env.TERM !== 'dumb';
const code = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  color,
  progress: Boolean(process.stderr.isTTY) && !process.env.CI,
  cwd: process.cwd(),
  env: process.env,
});
process.exitCode = code;
