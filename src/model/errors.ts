// Errors a user can cause carry the place at fault; the CLI prints them as `path:line:column: message`
// and exits 2, the Action turns them into an ::error annotation. Anything else is our bug.
import type { Location } from './config.js';

/** A mistake in lastseen.yml or in how lastseen was invoked. */
export class ConfigurationError extends Error {
  override readonly name = 'ConfigurationError';
  constructor(
    message: string,
    readonly location?: Location,
  ) {
    super(message);
  }
}

/** An input that cannot be read at all (missing file, path outside the workspace, bad flag). */
export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(
    message: string,
    readonly location?: Location,
  ) {
    super(message);
  }
}

/** True for errors that are the user's to fix: print the message, not a stack. */
export function isUserError(error: unknown): error is ConfigurationError | InputError {
  return error instanceof ConfigurationError || error instanceof InputError;
}

/** `path:line:column: message`, the form editors and CI logs link to. */
export function formatUserError(error: ConfigurationError | InputError): string {
  const at = error.location;
  if (!at) return error.message;
  return `${at.path}:${at.line}${at.column ? `:${at.column}` : ''}: ${error.message}`;
}
