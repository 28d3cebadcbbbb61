// Where a JSON text first goes wrong. JSON.parse says so in some messages and not in others (Node 20's
// "Unexpected token" has no position), so a broken document is scanned once more to point at the line.
// Iterative, so a deeply nested document cannot overflow the stack.

const OBJECT = 1;
const ARRAY = 2;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

/** The offset of the first character that makes `text` invalid JSON, or -1 when it is valid. */
export function jsonErrorOffset(text: string): number {
  const n = text.length;
  const stack: number[] = [];
  let i = 0;
  let expect: 'value' | 'first-value' | 'key' | 'first-key' = 'value';

  const skipSpace = (): void => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c !== 32 && c !== 9 && c !== 10 && c !== 13) break;
      i++;
    }
  };
  const scanString = (): boolean => {
    i++;
    while (i < n) {
      const c = text[i];
      if (c === '"') {
        i++;
        return true;
      }
      if (c === '\\') {
        const e = text[i + 1];
        if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
        else if (e !== undefined && ESCAPES.has(e)) i += 2;
        else return false;
      } else if (text.charCodeAt(i) < 0x20) return false;
      else i++;
    }
    return false;
  };

  for (;;) {
    skipSpace();
    if (expect === 'key' || expect === 'first-key') {
      if (expect === 'first-key' && text[i] === '}') {
        i++;
        stack.pop();
      } else {
        if (text[i] !== '"' || !scanString()) return i;
        skipSpace();
        if (text[i] !== ':') return i;
        i++;
        expect = 'value';
        continue;
      }
    } else if (expect === 'first-value' && text[i] === ']') {
      i++;
      stack.pop();
    } else {
      const c = text[i];
      const start = i;
      if (c === '{' || c === '[') {
        stack.push(c === '{' ? OBJECT : ARRAY);
        i++;
        expect = c === '{' ? 'first-key' : 'first-value';
        continue;
      }
      if (c === '"') {
        if (!scanString()) return i >= n ? n : i;
      } else if (text.startsWith('true', i) || text.startsWith('null', i)) i += 4;
      else if (text.startsWith('false', i)) i += 5;
      else {
        NUMBER.lastIndex = i;
        if (!NUMBER.test(text)) return start;
        i = NUMBER.lastIndex;
      }
    }
    // After a value: close containers, or move to the next element.
    for (;;) {
      skipSpace();
      if (stack.length === 0) return i < n ? i : -1;
      const top = stack[stack.length - 1];
      const c = text[i];
      if (c === ',') {
        i++;
        expect = top === OBJECT ? 'key' : 'value';
        break;
      }
      if ((top === OBJECT && c === '}') || (top === ARRAY && c === ']')) {
        i++;
        stack.pop();
        continue;
      }
      return i;
    }
  }
}
