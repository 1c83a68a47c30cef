/** Best-of-`rounds` wall time in milliseconds of `fn` (after one warm-up call). */
export async function bestOf(rounds: number, fn: () => unknown | Promise<unknown>): Promise<number> {
  await fn();
  let best = Infinity;
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    await fn();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/** Median time per call in microseconds over `n` calls. */
export function medianMicros(n: number, fn: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    fn();
    times.push((performance.now() - start) * 1000);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(n / 2)];
}

export const fmt = (n: number, digits = 2) => n.toLocaleString("en-US", { maximumFractionDigits: digits });
