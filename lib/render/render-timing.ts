/** How long one image took on a backend, and at which steps and size, so other renders can be estimated from it. */
export interface RenderTiming {
  secondsPerImage: number;
  steps: number;
  pixels: number;
  /** False for the default guess (nothing measured on this backend yet). */
  measured: boolean;
}

/** The guess before anything was measured: 10 s for a 20-step 512×512 image. */
export const DEFAULT_RENDER_TIMING: RenderTiming = { secondsPerImage: 10, steps: 20, pixels: 512 * 512, measured: false };

/** The timing of a finished render of `images` images that took `elapsedMs`. */
export function measureRenderTiming(request: { steps: number; width: number; height: number }, elapsedMs: number, images: number): RenderTiming {
  return { secondsPerImage: elapsedMs / 1000 / Math.max(1, images), steps: request.steps, pixels: request.width * request.height, measured: true };
}

/**
 * Seconds for a list of single-image renders, scaling the timing by steps and pixels (both roughly linear).
 * @example estimateRenderSeconds([{ steps: 40, width: 512, height: 512 }], DEFAULT_RENDER_TIMING) // 20
 */
export function estimateRenderSeconds(renders: ReadonlyArray<{ steps: number; width: number; height: number }>, timing: RenderTiming): number {
  const perStepPixel = timing.secondsPerImage / Math.max(1, timing.steps) / Math.max(1, timing.pixels);
  return renders.reduce((sum, r) => sum + perStepPixel * r.steps * r.width * r.height, 0);
}
