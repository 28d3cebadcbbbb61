// "Did you mean" for misspelt keys and values: the closest allowed word by edit distance, compared
// without case, dashes or underscores so rotate_every and rotateEvery both find rotate-every.

/** Levenshtein distance, in O(min(a, b)) memory. */
export function editDistance(a: string, b: string): number {
  if (a.length < b.length) [a, b] = [b, a];
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length];
}

function fold(word: string): string {
  return word.toLowerCase().replace(/[-_\s]/g, '');
}

/** The allowed word closest to `word`, when one is close enough to be the likely intent. */
export function closest(word: string, allowed: readonly string[]): string | undefined {
  // Long input cannot be a typo of a short key, and comparing it would only cost time.
  if (word.length > 64) return undefined;
  const folded = fold(word);
  const limit = folded.length <= 4 ? 1 : folded.length <= 8 ? 2 : 3;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of allowed) {
    const distance = editDistance(folded, fold(candidate));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= limit ? best : undefined;
}
