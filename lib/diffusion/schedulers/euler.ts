import type { Sampler } from "../sampling-types";
import { denoiseChecked, eulerStep, runSteps } from "./sampler-steps";

/** "Euler": k-diffusion's sample_euler with s_churn 0 (A1111's default), one model call per step. */
export const sampleEuler: Sampler = (run) =>
  runSteps(run, async (i, x, sigma, sigmaNext) => {
    const denoised = await denoiseChecked(run.denoise, x, sigma, i);
    return { x: eulerStep(x, denoised, sigma, sigmaNext), denoised };
  });
