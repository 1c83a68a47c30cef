import type { Sampler } from "../sampling-types";
import { denoiseChecked, dpmSolverStep, runSteps } from "./sampler-steps";

/**
 * "DPM++ 2M" (A1111 pairs it with Karras sigmas): k-diffusion's sample_dpmpp_2m. The first step and the step to σ = 0
 * are first-order; the others extrapolate with the previous denoised prediction:
 * D = (1 + 1/(2r)) × denoised − 1/(2r) × previous, r = h_last / h, h = log(σ / σ_next).
 */
export const sampleDpmpp2m: Sampler = (run) => {
  let previous: Float32Array | undefined;
  return runSteps(run, async (i, x, sigma, sigmaNext) => {
    const denoised = await denoiseChecked(run.denoise, x, sigma, i);
    let target = denoised;
    if (previous && sigmaNext !== 0) {
      const h = Math.log(sigma / sigmaNext);
      const hLast = Math.log(run.sigmas[i - 1] / sigma);
      const k = 1 / (2 * (hLast / h));
      const old = previous;
      target = denoised.map((d, j) => (1 + k) * d - k * old[j]);
    }
    previous = denoised;
    return { x: dpmSolverStep(x, target, sigma, sigmaNext), denoised };
  });
};
