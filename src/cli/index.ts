// The `lastseen` executable: wires the process to main().
import { main } from './main.js';

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
