// Which lines the change under review touches: the pull request's files, or for a merge queue run
// the compare of its base and head. When that cannot be read, every line counts as changed
// (fail-scope: all): the check then errs towards blocking, never towards letting a finding through.
import type { ChangedLines } from './changed-lines.js';
import { changedLinesFromFiles } from './changed-lines.js';
import type { ActionContext } from './context.js';
import { GitHubApiError, type GitHubApi } from './github.js';
import type { FailScope } from './pr-scope.js';

export interface PullRequestScope {
  changed: ChangedLines;
  failScope: FailScope;
  /** For core.warning: things the user should fix (a missing permission). */
  warnings: string[];
  /** For the log: files counted as changed in whole. */
  notes: string[];
  /** For the job summary. */
  summary: string[];
}

/** Everything counts as changed. */
const EVERYTHING: ChangedLines = { files: new Map(), complete: false, notes: [] };

/** The compare API lists at most 300 files. */
const COMPARE_FILE_LIMIT = 300;

export async function loadChangedLines(
  api: GitHubApi | undefined,
  context: ActionContext,
  failScope: FailScope,
): Promise<PullRequestScope> {
  const fallback = (why: string, warning?: string): PullRequestScope => ({
    changed: EVERYTHING,
    failScope: 'all',
    warnings: warning ? [warning] : [],
    notes: [],
    summary: [`PR scope: ${why}, so every finding counts (fail-scope: all).`],
  });
  if (failScope === 'all') {
    return {
      changed: EVERYTHING,
      failScope,
      warnings: [],
      notes: [],
      summary: ['PR scope: fail-scope is all, so every finding counts.'],
    };
  }
  if (!api) return fallback('no token to read the changed lines');
  try {
    if (context.pullRequest) {
      const files = await api.pullRequestFiles(context.pullRequest.number);
      const changed = changedLinesFromFiles(files, context.pullRequest.changedFiles);
      return scoped(changed, `pull request #${context.pullRequest.number}`, files.length);
    }
    if (context.mergeGroup) {
      const { baseSha, headSha } = context.mergeGroup;
      const files = await api.compareFiles(baseSha, headSha);
      // The compare API stops at 300 files without saying how many there are.
      const changed = changedLinesFromFiles(
        files,
        files.length >= COMPARE_FILE_LIMIT ? files.length + 1 : undefined,
      );
      return scoped(
        changed,
        `merge group ${headSha.slice(0, 7)} against ${baseSha.slice(0, 7)}`,
        files.length,
      );
    }
  } catch (error) {
    if (!(error instanceof GitHubApiError)) throw error;
    return fallback(
      'the changed lines could not be read',
      `lastseen could not read the changed lines: ${error.message}; every finding counts as changed`,
    );
  }
  return fallback(`the ${context.eventName || 'triggering'} event names no pull request`);
}

function scoped(changed: ChangedLines, what: string, fileCount: number): PullRequestScope {
  return {
    changed,
    failScope: 'changed',
    warnings: [],
    notes: changed.notes,
    summary: [
      `PR scope: findings on the lines ${what} adds or changes (${fileCount} file${fileCount === 1 ? '' : 's'}) can block; the rest are pre-existing.`,
      ...changed.notes.map((note) => `PR scope: ${note}.`),
    ],
  };
}
