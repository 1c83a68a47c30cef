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

/** Wall times in milliseconds of `rounds` calls of `fn`, after `warmup` calls that are not kept. */
export async function sample(rounds: number, fn: (round: number) => unknown | Promise<unknown>, warmup = 1): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn(-1 - i);
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    await fn(i);
    times.push(performance.now() - start);
  }
  return times;
}

/** The `q` quantile (0–1) of `values`, by the nearest rank. */
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))))];
}

/**
 * A figure as the bench prints every one: median with the spread of the runs (10th–90th percentile, or min–max under
 * ten runs) and their number.
 * @example spread([3, 1, 2], "ms", 1) // "2 ms median (1–3, n=3)"
 */
export function spread(values: readonly number[], unit: string, digits = 2): string {
  const [lo, hi] = values.length >= 10 ? [quantile(values, 0.1), quantile(values, 0.9)] : [Math.min(...values), Math.max(...values)];
  const range = values.length >= 10 ? "p10–p90 " : "";
  return `${fmt(quantile(values, 0.5), digits)} ${unit} median (${range}${fmt(lo, digits)}–${fmt(hi, digits)}, n=${values.length})`;
}

export const fmt = (n: number, digits = 2) => n.toLocaleString("en-US", { maximumFractionDigits: digits });
