import type { RenderProgress } from "./render-types";

/**
 * How much of a whole render is done (0–1) at a progress report: images before this one count whole.
 * `image` counts from 1; 0 is read as the first image.
 * @example renderFraction({ step: 10, steps: 20, image: 2, images: 2, etaSeconds: null }) // 0.75
 */
export function renderFraction(p: Pick<RenderProgress, "step" | "steps" | "image" | "images">): number {
  const images = Math.max(1, p.images);
  const steps = Math.max(1, p.steps);
  const image = Math.min(Math.max(1, p.image), images);
  const fraction = ((image - 1) * steps + Math.min(Math.max(0, p.step), steps)) / (images * steps);
  return Math.min(1, Math.max(0, fraction));
}

/**
 * Seconds left, from the time spent so far and the fraction done; null until something is done.
 * @example estimateEtaSeconds(10_000, 0.25) // 30
 */
export function estimateEtaSeconds(elapsedMs: number, fraction: number): number | null {
  if (!(fraction > 0) || elapsedMs < 0) return null;
  return Math.round(((elapsedMs / fraction) * (1 - fraction)) / 100) / 10;
}
