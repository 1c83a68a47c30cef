import { RENDER_LIMITS as L } from "./render-limits";

/** The numbers of a render request the preview panel lets the user type. */
export interface RenderNumbers {
  steps: number;
  cfgScale: number;
  seed: number;
  width: number;
  height: number;
  batchCount: number;
  batchSize: number;
  subseed?: number;
  subseedStrength?: number;
  denoisingStrength?: number;
}

/**
 * What POST /api/render would refuse in these numbers, in the server's own words (so the browser can say it before
 * sending, and translate it the same way); empty when they are fine.
 * @example checkRenderParams({ ...RENDER_DEFAULTS, width: 500 }) // ["width must be a multiple of 8"]
 */
export function checkRenderParams(p: RenderNumbers): string[] {
  const problems: string[] = [];
  const range = (name: string, value: number | undefined, min: number, max: number, whole: boolean) => {
    if (value === undefined) return;
    if (whole && !Number.isInteger(value)) problems.push(`${name} must be a whole number`);
    else if (!(value >= min && value <= max)) problems.push(`${name} must be between ${min} and ${max}`);
  };
  const seed = (name: string, value: number | undefined) => {
    if (value === undefined) return;
    if (!Number.isInteger(value)) problems.push(`${name} must be a whole number`);
    else if (value < -1 || value > L.maxSeed) problems.push(`${name} must be -1 (random) or 0 to ${L.maxSeed}`);
  };
  range("steps", p.steps, L.minSteps, L.maxSteps, true);
  range("CFG scale", p.cfgScale, L.minCfg, L.maxCfg, false);
  seed("seed", p.seed);
  seed("variation seed", p.subseed);
  range("variation strength", p.subseedStrength, 0, 1, false);
  for (const [name, value] of [["width", p.width], ["height", p.height]] as const) {
    if (!Number.isInteger(value)) problems.push(`${name} must be a whole number`);
    else if (value < L.minSide || value > L.maxSide) problems.push(`${name} must be between ${L.minSide} and ${L.maxSide}`);
    else if (value % L.sideMultiple !== 0) problems.push(`${name} must be a multiple of ${L.sideMultiple}`);
  }
  range("batch count", p.batchCount, 1, L.maxBatchCount, true);
  range("batch size", p.batchSize, 1, L.maxBatchSize, true);
  range("denoising strength", p.denoisingStrength, 0, 1, false);
  return problems;
}
