// Temporary workspaces for config tests whose input is built in code (secrets, hostile input), so no
// secret-looking string sits in a committed fixture.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import type { Config } from '../../src/model/config.js';
import { formatUserError, isUserError } from '../../src/model/errors.js';

export const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/config');

const created: string[] = [];
afterAll(() => {
  for (const dir of created) rmSync(dir, { recursive: true, force: true });
});

/** A fresh workspace holding `files` (path → content; Buffers are written as they are). */
export function workspaceWith(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lastseen-config-'));
  created.push(dir);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

/** Loads a one-file inventory from text. */
export function loadText(text: string | Buffer): Promise<Config> {
  return loadConfig({ workspace: workspaceWith({ 'lastseen.yml': text }) });
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
