// Finds the line of every top-level block header in HCL source (`resource "aws_iam_user" "ci" {`).
// The HCL parser (hcl2-parser) gives structure but no positions, so this scanner walks the source the
// way HCL's lexer does — skipping comments, quoted templates with nested `${…}` interpolations, and
// heredocs — and records each block that opens at depth 0 with the line of its first token.

export interface BlockHeader {
  /** The block type (`resource`, `data`, `module`) and its labels. */
  type: string;
  labels: string[];
  line: number;
}

/** Every top-level block header, in source order. Never throws: unbalanced input just ends the scan. */
export function locateBlocks(source: string): BlockHeader[] {
  const blocks: BlockHeader[] = [];
  let i = 0;
  let line = 1;
  let depth = 0;
  // Tokens of the statement being read at depth 0; `=` marks an attribute, not a block.
  let tokens: { text: string; line: number }[] = [];
  let assignment = false;
  const n = source.length;

  const skipString = (): void => {
    // At the opening quote; consumes through the closing quote, interpolations included.
    i++;
    while (i < n) {
      const c = source[i];
      if (c === '\\') {
        i += 2;
        continue;
      }
      if (c === '"') {
        i++;
        return;
      }
      if (c === '\n') line++;
      if ((c === '$' || c === '%') && source[i + 1] === '{' && source[i - 1] !== c) {
        i += 2;
        skipTemplate();
        continue;
      }
      i++;
    }
  };

  const skipTemplate = (): void => {
    // Inside `${`; consumes through the matching `}`.
    let level = 1;
    while (i < n && level > 0) {
      const c = source[i];
      if (c === '"') {
        skipString();
        continue;
      }
      if (c === '{') level++;
      else if (c === '}') level--;
      else if (c === '\n') line++;
      i++;
    }
  };

  const readString = (): string => {
    const start = i + 1;
    skipString();
    return source.slice(start, i - 1);
  };

  const skipHeredoc = (): boolean => {
    const match = /^<<-?([A-Za-z_][A-Za-z0-9_-]*)[ \t]*\r?\n/.exec(source.slice(i, i + 200));
    if (!match) return false;
    const marker = match[1];
    i += match[0].length;
    line++;
    while (i < n) {
      const end = source.indexOf('\n', i);
      const text = source.slice(i, end === -1 ? n : end);
      i = end === -1 ? n : end + 1;
      if (text.trim() === marker) {
        if (end !== -1) line++;
        return true;
      }
      if (end !== -1) line++;
    }
    return true;
  };

  while (i < n) {
    const c = source[i];
    if (c === '\n') {
      line++;
      i++;
      if (depth === 0) {
        tokens = [];
        assignment = false;
      }
      continue;
    }
    if (c === '#' || (c === '/' && source[i + 1] === '/')) {
      while (i < n && source[i] !== '\n') i++;
      continue;
    }
    if (c === '/' && source[i + 1] === '*') {
      const end = source.indexOf('*/', i + 2);
      const stop = end === -1 ? n : end + 2;
      for (let j = i; j < stop; j++) if (source[j] === '\n') line++;
      i = stop;
      continue;
    }
    if (c === '"') {
      const at = line;
      const value = readString();
      if (depth === 0) tokens.push({ text: value, line: at });
      continue;
    }
    if (c === '<' && source[i + 1] === '<' && skipHeredoc()) {
      // A heredoc ends with its marker's line: the statement it belonged to ends there too.
      if (depth === 0) {
        tokens = [];
        assignment = false;
      }
      continue;
    }
    if (c === '{') {
      if (depth === 0 && tokens.length > 0 && !assignment) {
        blocks.push({
          type: tokens[0].text,
          labels: tokens.slice(1).map((t) => t.text),
          line: tokens[0].line,
        });
      }
      depth++;
      i++;
      continue;
    }
    if (c === '}') {
      depth = Math.max(0, depth - 1);
      i++;
      if (depth === 0) {
        tokens = [];
        assignment = false;
      }
      continue;
    }
    if (depth === 0 && c === '=') assignment = true;
    const identifier = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(source.slice(i, i + 256));
    if (identifier) {
      if (depth === 0) tokens.push({ text: identifier[0], line });
      i += identifier[0].length;
      continue;
    }
    i++;
  }
  return blocks;
}
