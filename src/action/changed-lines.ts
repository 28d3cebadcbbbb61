// The lines a pull request adds or changes, from the pull request's files API (a unified diff per
// file). The API works with the shallow checkout actions/checkout makes, where `git diff` would not.

/** One entry of GET /repos/{owner}/{repo}/pulls/{pull_number}/files (the fields we read). */
export interface PullRequestFile {
  filename: string;
  status: string;
  changes?: number;
  previous_filename?: string;
  /** Absent when the diff is too large or the file is binary. */
  patch?: string;
}

export interface ChangedLines {
  /** Per workspace-relative path: the new file's added or changed lines, or 'all' when unknown. */
  files: Map<string, Set<number> | 'all'>;
  /** False when the API listed fewer files than the PR changes (it stops at 3000): unlisted files count as changed. */
  complete: boolean;
  /** Why some files count as changed in whole, for the log. */
  notes: string[];
}

const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/;

/** Line numbers, in the new file, of the lines a unified-diff patch adds (a changed line is removed, then added). */
export function parsePatch(patch: string): number[] {
  const added: number[] = [];
  let line = 0;
  let inHunk = false;
  for (const text of patch.split('\n')) {
    const hunk = HUNK.exec(text);
    if (hunk) {
      line = Number(hunk[1]);
      inHunk = true;
      continue;
    }
    if (!inHunk) continue;
    const mark = text.charAt(0);
    if (mark === '+') {
      added.push(line);
      line++;
    } else if (mark === ' ') {
      line++;
    } else if (mark === '-' || mark === '\\') {
      // A removed line is not in the new file; "\ No newline at end of file" is not a line at all.
    } else if (text === '') {
      // The API drops the trailing newline; an empty string here is the end, not a context line.
    } else {
      line++;
    }
  }
  return added;
}

/** Builds the changed-line map from the files API's entries. `expectedFiles` is the PR's changed_files count. */
export function changedLinesFromFiles(entries: PullRequestFile[], expectedFiles?: number): ChangedLines {
  const files = new Map<string, Set<number> | 'all'>();
  const notes: string[] = [];
  for (const entry of entries) {
    if (entry.status === 'removed') continue;
    if (entry.patch !== undefined) {
      files.set(entry.filename, new Set(parsePatch(entry.patch)));
    } else if (entry.status === 'renamed' && entry.changes === 0) {
      // A pure rename carries no patch and changes no line.
      files.set(entry.filename, new Set());
    } else {
      files.set(entry.filename, 'all');
      notes.push(
        `${entry.filename}: the API gives no diff (too large or binary), so every line of it counts as changed`,
      );
    }
  }
  const complete = expectedFiles === undefined || entries.length >= expectedFiles;
  if (!complete) {
    notes.push(
      `the files API listed ${entries.length} of the ${expectedFiles} files this pull request changes; every line of an unlisted file counts as changed`,
    );
  }
  return { files, complete, notes };
}

/** True when the PR adds or changes `line` of `path`. */
export function isChanged(changed: ChangedLines, path: string, line: number): boolean {
  const lines = changed.files.get(path);
  if (lines === undefined) return !changed.complete;
  return lines === 'all' || lines.has(line);
}
