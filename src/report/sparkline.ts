// A compact activity shape from Unicode block characters: one character per week, so the moment a
// token went quiet, or woke up, is visible in a terminal, a job summary or a PR comment.

const BLOCKS = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
/** A week observed without any use: a thin dot, so silence reads differently from light use. */
export const IDLE = '·';
/**
 * A week no source could observe: blank, so that missing evidence never reads as idleness. A
 * no-break space, because HTML (a Markdown code span) would collapse ordinary spaces.
 */
export const UNOBSERVED = '\u00a0';

/** One character per value; null is unobserved, 0 is idle, the rest scale to the largest value. */
export function sparkline(values: readonly (number | null)[]): string {
  const max = Math.max(0, ...values.map((v) => v ?? 0));
  return values
    .map((v) =>
      v === null
        ? UNOBSERVED
        : v <= 0 || max === 0
          ? IDLE
          : BLOCKS[Math.min(BLOCKS.length - 1, Math.ceil((v / max) * BLOCKS.length) - 1)],
    )
    .join('');
}
