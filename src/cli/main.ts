// The command line: argv in, exit code out (0 nothing blocks, 1 something blocks, 2 a usage or input
// error with file:line). Everything it prints goes through `io`, so tests run it in-process.
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { FailOn } from '../model/config.js';
import { InputError, formatUserError, isUserError } from '../model/errors.js';
import { renderConsole } from '../report/console.js';
import { renderJson } from '../report/json.js';
import { renderMarkdown } from '../report/markdown.js';
import { writeText } from '../report/write.js';
import { scan } from '../scan.js';
import { liveContextFromEnv } from '../sources/github/context.js';
import { VERSION } from '../version.js';
import { explainCommand } from './explain.js';
import { HELP, SCAN_HELP } from './help.js';
import { initCommand } from './init.js';
import { parseNow } from './now.js';
import { renderExtraFormat } from './formats.js';

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  /** stdout is a terminal (colour, progress) and NO_COLOR is unset. */
  color: boolean;
  /** stderr is a terminal: progress lines are allowed. */
  progress: boolean;
  cwd: string;
  env: Record<string, string | undefined>;
}

const FORMATS = ['table', 'json', 'sarif', 'markdown', 'html'] as const;
type Format = (typeof FORMATS)[number];
const FAIL_ON = ['none', 'low', 'medium', 'high', 'critical'];

/** Runs the CLI and returns its exit code. */
export async function main(argv: string[], io: Io): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    if (isUserError(error)) {
      io.stderr(`lastseen: ${formatUserError(error)}\n`);
      return 2;
    }
    if (
      error instanceof TypeError &&
      (error as NodeJS.ErrnoException).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
    ) {
      io.stderr(`lastseen: ${error.message}\nRun 'lastseen --help' for the options.\n`);
      return 2;
    }
    if (
      error instanceof TypeError &&
      String((error as NodeJS.ErrnoException).code).startsWith('ERR_PARSE_ARGS')
    ) {
      io.stderr(`lastseen: ${error.message}\n`);
      return 2;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr(
      `lastseen: internal error — this is a bug, please report it with the output below.\n${detail}\n`,
    );
    return 3;
  }
}

async function run(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.stdout(HELP);
    return command === undefined ? 2 : 0;
  }
  if (command === '--version' || command === '-V') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  if (command === 'scan') return scanCommand(rest, io);
  if (command === 'explain') return explainCommand(rest, io);
  if (command === 'init') return initCommand(rest, io);
  throw new InputError(
    `unknown command ${JSON.stringify(command)}; the commands are scan, explain and init (see 'lastseen --help')`,
  );
}

export const COMMON_OPTIONS = {
  config: { type: 'string', short: 'c' },
  workspace: { type: 'string', short: 'w' },
  now: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

async function scanCommand(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      ...COMMON_OPTIONS,
      format: { type: 'string', short: 'f', default: 'table' },
      output: { type: 'string', short: 'o' },
      'fail-on': { type: 'string' },
      quiet: { type: 'boolean', short: 'q' },
      verbose: { type: 'boolean', short: 'v' },
      repo: { type: 'string' },
    },
    allowPositionals: false,
  });
  if (values.help) {
    io.stdout(SCAN_HELP);
    return 0;
  }
  const format = values.format as Format;
  if (!FORMATS.includes(format)) {
    throw new InputError(`--format ${JSON.stringify(values.format)} is not one of ${FORMATS.join(', ')}`);
  }
  const failOn = values['fail-on'];
  if (failOn !== undefined && !FAIL_ON.includes(failOn)) {
    throw new InputError(`--fail-on ${JSON.stringify(failOn)} is not one of ${FAIL_ON.join(', ')}`);
  }
  const workspace = path.resolve(io.cwd, values.workspace ?? '.');
  const config =
    values.config === undefined ? undefined : path.relative(workspace, path.resolve(io.cwd, values.config));
  const progress = io.progress && !values.quiet ? progressPrinter(io) : undefined;
  const { report } = await scan({
    workspace,
    config,
    now: values.now === undefined ? undefined : parseNow(values.now),
    failOn: failOn as FailOn | undefined,
    progress: progress?.update,
    github: liveContextFromEnv(io.env, values.repo === undefined ? {} : { repository: values.repo }),
  });
  progress?.done();

  let text: string;
  if (format === 'json') text = renderJson(report);
  else if (format === 'markdown') text = renderMarkdown(report, { budget: Number.MAX_SAFE_INTEGER });
  else if (format === 'table')
    text = renderConsole(report, { color: io.color && !values.output, verbose: values.verbose });
  else text = await renderExtraFormat(format, report);

  if (values.output) {
    const target = path.resolve(io.cwd, values.output);
    writeText(target, text);
    if (!values.quiet) {
      const s = report.summary;
      io.stderr(
        `lastseen: wrote ${format} report to ${values.output}: ${s.findings} findings, ${s.blocking} blocking\n`,
      );
    }
  } else if (!values.quiet || format !== 'table') {
    io.stdout(text);
  }
  if (values.quiet && format === 'table' && report.summary.blocking > 0) {
    io.stderr(`lastseen: ${report.summary.blocking} blocking findings (fail-on: ${report.failOn})\n`);
  }
  return report.summary.blocking > 0 ? 1 : 0;
}

/** A one-line progress indicator on stderr, for terminals only (never in CI logs). */
function progressPrinter(io: Io) {
  let last = 0;
  let shown = false;
  const mb = (n: number) => `${(n / 1048576).toFixed(1)} MB`;
  return {
    update(file: { path: string; size: number }, bytes: number) {
      const t = Date.now();
      if (t - last < 100 && bytes < file.size) return;
      last = t;
      shown = true;
      io.stderr(`\r\u001b[2Kreading ${file.path} ${mb(bytes)} / ${mb(file.size)}`);
    },
    done() {
      if (shown) io.stderr('\r\u001b[2K');
    },
  };
}
