// A compact activity shape from Unicode block characters: one character per week, so the moment a
// token went quiet, or woke up, is visible in a terminal, a job summary or a PR comment.

const BLOCKS = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
/** A week without any use: a thin dot, so silence reads differently from light use. */
const IDLE = '·';

/** One character per value; 0 is idle, the rest scale to the largest value. */
export function sparkline(values: number[]): string {
  const max = Math.max(0, ...values);
  return values
    .map((v) => (v <= 0 || max === 0 ? IDLE : BLOCKS[Math.min(BLOCKS.length - 1, Math.ceil((v / max) * BLOCKS.length) - 1)]))
    .join('');
}
