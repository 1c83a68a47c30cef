import type { Sampler } from "../sampling-types";
import { addNoise, denoiseChecked, runSteps } from "./sampler-steps";

/**
 * "LCM": k-diffusion's / A1111's sample_lcm: each step jumps to the denoised prediction, then re-noises it to the next
 * level with fresh noise × σ_next (no noise on the last step to σ = 0).
 */
export const sampleLcm: Sampler = (run) =>
  runSteps(run, async (i, x, sigma, sigmaNext) => {
    const denoised = await denoiseChecked(run.denoise, x, sigma, i);
    return { x: sigmaNext > 0 ? addNoise(denoised, run.noise(), sigmaNext) : denoised.slice(), denoised };
  });
