import type { Sampler } from "../sampling-types";
import { addNoise, ancestralStep, denoiseChecked, dpmSolverStep, eulerStep, runSteps } from "./sampler-steps";

/**
 * "DPM++ 2S a": k-diffusion's sample_dpmpp_2s_ancestral with eta 1, s_noise 1. Each step evaluates the model twice,
 * at σ and at the midpoint σ_s = √(σ · σ_down) (both calls get the same step index), solves to σ_down with
 * DPM-Solver++(2S), then adds noise × σ_up; a step whose σ_down is 0 is a plain Euler step.
 */
export const sampleDpmpp2sAncestral: Sampler = (run) =>
  runSteps(run, async (i, x, sigma, sigmaNext) => {
    const denoised = await denoiseChecked(run.denoise, x, sigma, i);
    const { sigmaDown, sigmaUp } = ancestralStep(sigma, sigmaNext);
    let stepped: Float32Array;
    if (sigmaDown === 0) {
      stepped = eulerStep(x, denoised, sigma, sigmaDown);
    } else {
      const t = -Math.log(sigma);
      const h = -Math.log(sigmaDown) - t;
      const sigmaMid = Math.exp(-(t + 0.5 * h));
      const x2 = dpmSolverStep(x, denoised, sigma, sigmaMid);
      const denoised2 = await denoiseChecked(run.denoise, x2, sigmaMid, i);
      stepped = dpmSolverStep(x, denoised2, sigma, sigmaDown);
    }
    return { x: sigmaNext > 0 ? addNoise(stepped, run.noise(), sigmaUp) : stepped, denoised };
  });
