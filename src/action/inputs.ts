// The Action's inputs (action.yml, DESIGN.md §6), read through a getter so tests need no environment.
// `config`, `fail-on` and `now` have no default here or in action.yml: absent, the config file decides.
import type { FailOn } from '../model/config.js';
import { InputError } from '../model/errors.js';
import { parseNow } from '../cli/now.js';
import type { FailScope } from './pr-scope.js';

export type Mode = 'auto' | 'pr' | 'scan';
export type CommentPolicy = 'always' | 'on-findings' | 'never';

export interface ActionInputs {
  config?: string;
  mode: Mode;
  failOn?: FailOn;
  failScope: FailScope;
  comment: CommentPolicy;
  issue: boolean;
  report: string;
  sarif: string;
  /** Where to write the HTML report; none when absent. */
  html?: string;
  token?: string;
  now?: number;
}

/** Reads one input as the runner passes it (INPUT_<NAME>, hyphens kept); '' when not given. */
export type InputGetter = (name: string) => string;

function oneOf<T extends string>(get: InputGetter, name: string, allowed: readonly T[], fallback: T): T;
function oneOf<T extends string>(get: InputGetter, name: string, allowed: readonly T[]): T | undefined;
function oneOf<T extends string>(
  get: InputGetter,
  name: string,
  allowed: readonly T[],
  fallback?: T,
): T | undefined {
  const value = get(name).trim();
  if (value === '') return fallback;
  const lower = value.toLowerCase() as T;
  if (!allowed.includes(lower)) {
    throw new InputError(`input ${name}: ${JSON.stringify(value)} is not one of ${allowed.join(', ')}`);
  }
  return lower;
}

// The YAML 1.2 core schema's booleans, as @actions/core's getBooleanInput accepts them.
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];

function boolean(get: InputGetter, name: string, fallback: boolean): boolean {
  const value = get(name).trim();
  if (value === '') return fallback;
  if (TRUE.includes(value)) return true;
  if (FALSE.includes(value)) return false;
  throw new InputError(`input ${name}: ${JSON.stringify(value)} is not a boolean; use true or false`);
}

/** Parses and checks every input; a bad value is an InputError naming the input. */
export function parseInputs(get: InputGetter): ActionInputs {
  const inputs: ActionInputs = {
    mode: oneOf(get, 'mode', ['auto', 'pr', 'scan'] as const, 'auto'),
    failScope: oneOf(get, 'fail-scope', ['changed', 'all'] as const, 'changed'),
    comment: oneOf(get, 'comment', ['always', 'on-findings', 'never'] as const, 'on-findings'),
    issue: boolean(get, 'issue', false),
    report: get('report').trim() || 'lastseen.json',
    sarif: get('sarif').trim() || 'lastseen.sarif',
  };
  const config = get('config').trim();
  if (config) inputs.config = config;
  const html = get('html').trim();
  if (html) inputs.html = html;
  const failOn = oneOf(get, 'fail-on', ['none', 'low', 'medium', 'high', 'critical'] as const);
  if (failOn) inputs.failOn = failOn;
  const token = get('token').trim();
  if (token) inputs.token = token;
  const now = get('now').trim();
  if (now) {
    try {
      inputs.now = parseNow(now);
    } catch (error) {
      if (error instanceof InputError) {
        throw new InputError(
          `input now: ${JSON.stringify(now)} is not a time; expected ISO 8601, e.g. 2026-11-25T12:00:00Z or 2026-11-25`,
        );
      }
      throw error;
    }
  }
  return inputs;
}
