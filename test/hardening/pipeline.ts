// Runs the whole pipeline the way the CLI and the Action do, on a workspace built in code, and renders
// every output a user or GitHub sees, so a hardening test can assert on all of them at once: nothing
// hostile input carries may leak into any of them.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { commentBody } from '../../src/action/comment.js';
import { summaryMarkdown } from '../../src/action/summary.js';
import { formatUserError, isUserError } from '../../src/model/errors.js';
import type { Report } from '../../src/model/report.js';
import { buildAnnotations } from '../../src/report/annotations.js';
import { renderConsole } from '../../src/report/console.js';
import { renderJson } from '../../src/report/json.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderSarifText } from '../../src/report/sarif.js';
import { FRAMEWORKS, RULE_METADATA } from '../../src/rules/metadata.js';
import { scan, type ScanOptions } from '../../src/scan.js';

export const NOW = Date.parse('2026-11-25T12:00:00Z');

const created: string[] = [];
afterAll(() => {
  for (const dir of created) rmSync(dir, { recursive: true, force: true });
});

/** A fresh temporary folder (removed after the file's tests). */
export function tempDir(prefix = 'lastseen-hardening-'): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  created.push(dir);
  return dir;
}

/** A workspace holding `files` (path → content; Buffers are written as they are). */
export function workspaceWith(files: Record<string, string | Buffer>, dir = tempDir()): string {
  for (const [name, content] of Object.entries(files)) writeIn(dir, name, content);
  return dir;
}

export function writeIn(dir: string, name: string, content: string | Buffer): string {
  const target = path.join(dir, name);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, content);
  return target;
}

export function linkIn(dir: string, name: string, target: string): void {
  mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
  symlinkSync(target, path.join(dir, name));
}

export interface Rendered {
  report: Report;
  json: string;
  markdown: string;
  summary: string;
  comment: string;
  console: string;
  sarif: string;
  annotations: string;
  /** Every output above, joined: what a leak test searches. */
  all: string;
}

/** Renders a report in every format lastseen writes, with the budgets the Action uses. */
export function renderAll(report: Report): Rendered {
  const outputs = {
    json: renderJson(report),
    markdown: renderMarkdown(report, { budget: Number.MAX_SAFE_INTEGER }),
    summary: summaryMarkdown(report, { pullRequest: false, notes: [] }),
    comment: commentBody(report),
    console: renderConsole(report, { color: false, verbose: true }),
    sarif: renderSarifText(report, { rules: RULE_METADATA, frameworks: FRAMEWORKS }),
    annotations: JSON.stringify(buildAnnotations(report)),
  };
  return { report, ...outputs, all: Object.values(outputs).join('\n') };
}

/** Scans `workspace` at NOW and renders every output. */
export async function scanAll(workspace: string, options: Partial<ScanOptions> = {}): Promise<Rendered> {
  const { report } = await scan({ workspace, now: NOW, github: undefined, ...options });
  return renderAll(report);
}

/** The `path:line:column: message` a user would see for the error `promise` rejects with. */
export async function userError(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (isUserError(error)) return formatUserError(error);
    throw error;
  }
  throw new Error('expected a ConfigurationError or InputError');
}

/** An inventory with one source and one identity claiming `principal`. */
export function inventory(source: string, principals: string[] = ['svc-one'], extra = ''): string {
  return [
    'version: 1',
    'sources:',
    source
      .trim()
      .split('\n')
      .map((line, i) => (i === 0 ? `  - ${line}` : `    ${line}`))
      .join('\n'),
    'discover: { enabled: false }',
    'identities:',
    ...principals.map(
      (principal, i) =>
        `  - { id: identity-${i + 1}, kind: service-account, owner: "@acme/platform", principals: [${JSON.stringify(principal)}] }`,
    ),
    extra,
    '',
  ].join('\n');
}
