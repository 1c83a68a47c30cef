import { applyComposableCfg } from "../../../diffusion/guidance";
import type { Denoiser } from "../../../diffusion/sampling-types";
import type { StepContext, StepContexts } from "./step-context";

/**
 * One UNet call: scaled latents [rows, 4, h, w], one timestep per row and the context → the model output, a new array
 * each call (the denoiser writes its guidance into it).
 */
export type UnetCall = (sample: Float32Array, timestep: number, context: StepContext) => Promise<Float32Array>;

/** What the denoiser needs: the UNet, the step contexts, the batch layout and the guidance settings. */
export interface DenoiserOptions {
  unet: UnetCall;
  contexts: StepContexts;
  /** Images in the batch and floats per image latent (4 × h × w). */
  images: number;
  latentSize: number;
  cfgScale: number;
  /** The AND parts' weights, in the contexts' order. */
  weights: number[];
  predictionType: "epsilon" | "v_prediction";
  sigmaToTimestep: (sigma: number) => number;
  /** A sampler's boundary-condition scalings (LCM): the result becomes cOut × denoised + cSkip × x. */
  outputScalings?: (sigma: number) => { cSkip: number; cOut: number } | null;
}

/**
 * k-diffusion's CompVis (ε) or V denoiser around the UNet, with A1111's classifier-free guidance over AND parts:
 * u + Σ wₖ · cfg · (cₖ − u), or without the negative batch (CFG 1, Turbo) the parts' weighted mean. Guidance is applied
 * to the model outputs, then each image is turned into x0 once: both steps are linear with weights summing to 1, so
 * this equals guiding the x0 predictions (as A1111 does) with half the passes over the latents.
 */
export function createDenoiser(options: DenoiserOptions): Denoiser {
  const { images, latentSize, weights } = options;
  let input = new Float32Array(0);
  return async (x, sigma, stepIndex) => {
    const context = options.contexts.at(stepIndex);
    const rows = context.batch;
    if (input.length !== rows * latentSize) input = new Float32Array(rows * latentSize);
    const s2 = sigma * sigma + 1;
    const cIn = 1 / Math.sqrt(s2);
    // Scale each image once (its first row), then copy it to the image's other rows.
    for (let r = 0; r < rows; r++) {
      const b = imageOfRow(r, images, context.parts);
      const to = r * latentSize;
      const first = b * context.parts * latentSize;
      if (to !== first) input.copyWithin(to, first, first + latentSize);
      else for (let i = 0, from = b * latentSize; i < latentSize; i++) input[to + i] = x[from + i] * cIn;
    }
    const output = await options.unet(input, options.sigmaToTimestep(sigma), context);
    // ε: x0 = x − σ·ε; v: x0 = c_out·v + c_skip·x (CompVisVDenoiser)
    const [a, b] = options.predictionType === "epsilon" ? [-sigma, 1] : [-sigma / Math.sqrt(s2), 1 / s2];
    const scalings = options.outputScalings?.(sigma);
    const [out, skip] = scalings ? [scalings.cOut, scalings.cSkip] : [1, 0];
    if (images === 1 && context.parts === 1 && context.withUncond) {
      return guideOneImage(output, x, latentSize, weights[0] * options.cfgScale, [a, b, out, skip]);
    }
    const guided = combine(output, images, context, latentSize, options.cfgScale, weights);
    for (let i = 0; i < guided.length; i++) guided[i] = out * (a * guided[i] + b * x[i]) + skip * x[i];
    return guided;
  };
}

/**
 * The common batch (one image, one part, its negative) in one pass and in place over the model's output rows
 * [cond, uncond]: guided = u + w·(c − u), rounded to float32 as applyComposableCfg stores it, then x0 as the general
 * path computes it. Returns the first row.
 */
function guideOneImage(output: Float32Array, x: Float32Array, size: number, w: number, [a, b, out, skip]: number[]): Float32Array {
  for (let i = 0; i < size; i++) {
    const u = output[size + i];
    output[i] = out * (a * Math.fround(u + (output[i] - u) * w) + b * x[i]) + skip * x[i];
  }
  return output.subarray(0, size);
}

function imageOfRow(row: number, images: number, parts: number): number {
  return row < images * parts ? Math.floor(row / parts) : row - images * parts;
}

function combine(outputs: Float32Array, images: number, context: StepContext, size: number, cfg: number, weights: number[]): Float32Array {
  const parts = context.parts;
  const row = (r: number) => outputs.subarray(r * size, (r + 1) * size);
  const condsOf = (b: number) => weights.map((weight, k) => ({ denoised: row(b * parts + k), weight }));
  if (images === 1 && context.withUncond) return applyComposableCfg(row(parts), condsOf(0), cfg);
  const result = new Float32Array(images * size);
  const total = weights.reduce((a, b) => a + b, 0) || 1;
  for (let b = 0; b < images; b++) {
    const conds = condsOf(b);
    if (context.withUncond) {
      result.set(applyComposableCfg(row(images * parts + b), conds, cfg), b * size);
      continue;
    }
    const out = result.subarray(b * size, (b + 1) * size);
    for (const c of conds) for (let i = 0; i < size; i++) out[i] += (c.weight / total) * c.denoised[i];
  }
  return result;
}
