import type { Sampler } from "../sampling-types";
import { ancestralStep, denoiseChecked, eulerAncestralStep, eulerStep, runSteps } from "./sampler-steps";

/**
 * "Euler a": k-diffusion's sample_euler_ancestral with eta 1 and s_noise 1: an Euler step down to σ_down, then fresh
 * noise × σ_up (one `noise()` call per step, none on the last step to σ = 0).
 */
export const sampleEulerAncestral: Sampler = (run) =>
  runSteps(run, async (i, x, sigma, sigmaNext) => {
    const denoised = await denoiseChecked(run.denoise, x, sigma, i);
    const { sigmaDown, sigmaUp } = ancestralStep(sigma, sigmaNext);
    const next = sigmaNext > 0 ? eulerAncestralStep(x, denoised, sigma, sigmaDown, run.noise(), sigmaUp) : eulerStep(x, denoised, sigma, sigmaDown);
    return { x: next, denoised };
  });
