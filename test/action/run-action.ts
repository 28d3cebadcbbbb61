// Runs the bundled Action (dist/index.js) the way the runner does: INPUT_* variables with the
// hyphens of the input names kept, action.yml's defaults applied, the event payload in a file, and
// GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files to read back.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const BUNDLE = path.join(ROOT, 'dist/index.js');
export const FIXTURES = path.join(ROOT, 'test/action/fixtures');

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

export interface RunOptions {
  workspace: string;
  eventName: string;
  /** A file under test/action/fixtures/events. */
  event: string;
  inputs?: Record<string, string>;
  apiUrl?: string;
}

/** A fresh copy of the fixture repository, as actions/checkout would leave it. */
export function checkout(): string {
  const workspace = mkdtempSync(path.join(tmpdir(), 'lastseen-action-'));
  cpSync(path.join(FIXTURES, 'repo'), workspace, { recursive: true });
  return workspace;
}

/** What the runner sets for each input: action.yml's default unless the workflow gives a value. */
function inputEnv(given: Record<string, string>): Record<string, string> {
  const action = YAML.parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
  };
  const env: Record<string, string> = {};
  for (const [name, input] of Object.entries(action.inputs)) {
    let value = given[name] ?? input.default;
    if (value === '${{ github.token }}') value = 'ghs_test_token_for_the_fake_api';
    if (value !== undefined) env[`INPUT_${name.toUpperCase()}`] = String(value);
  }
  return env;
}

/** Reads GITHUB_OUTPUT's `name<<delimiter` blocks. */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i]);
    if (!match) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== match[2]; i++) value.push(lines[i]);
    outputs[match[1]] = value.join('\n');
  }
  return outputs;
}

export async function runAction(options: RunOptions): Promise<ActionRun> {
  if (!existsSync(BUNDLE)) throw new Error('dist/index.js is missing: run npm run bundle');
  const temp = mkdtempSync(path.join(tmpdir(), 'lastseen-runner-'));
  const files = { output: path.join(temp, 'output'), summary: path.join(temp, 'summary.md') };
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: temp,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    RUNNER_TEMP: temp,
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: path.join(FIXTURES, 'events', options.event),
    GITHUB_REPOSITORY: 'acme/platform',
    GITHUB_REPOSITORY_OWNER: 'acme',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '7311',
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_OUTPUT: files.output,
    ...(options.apiUrl ? { GITHUB_API_URL: options.apiUrl } : {}),
    ...inputEnv(options.inputs ?? {}),
  };
  const child = spawn(process.execPath, [BUNDLE], { env, cwd: options.workspace });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputs(readFileSync(files.output, 'utf8')),
    summary: readFileSync(files.summary, 'utf8'),
  };
}

/** A unified-diff patch (as the files API gives it) adding lines `from`..`to` of `text`, with context. */
export function additionPatch(text: string, from: number, to: number): string {
  const lines = text.replace(/\n$/, '').split('\n');
  const start = Math.max(1, from - 3);
  const end = Math.min(lines.length, to + 3);
  const before = from - start;
  const after = end - to;
  const out = [`@@ -${start},${before + after} +${start},${end - start + 1} @@`];
  for (let n = start; n <= end; n++) out.push(`${n >= from && n <= to ? '+' : ' '}${lines[n - 1]}`);
  return out.join('\n');
}
