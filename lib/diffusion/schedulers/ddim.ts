import type { Sampler } from "../sampling-types";
import { denoiseChecked, eulerStep, runSteps } from "./sampler-steps";

/**
 * "DDIM" as A1111 runs it (modules/sd_samplers_timesteps_impl.py `ddim`, eta 0), expressed in σ space. The
 * deterministic DDIM update x_prev = √ᾱ_prev · x̂0 + √(1 − ᾱ_prev) · ε is, in k-diffusion's scaling x = x_vp / √ᾱ,
 * exactly x̂0 + σ_next · ε: an Euler step. A1111's loop runs len(timesteps) − 1 times, so it never evaluates the model
 * at its last timestep (t = 1) and decodes the latents at that level as they are: the final pair (σ > 0 → 0) here makes
 * no model call and returns x · √ᾱ = x / √(1 + σ²). Use it with the "ddim" schedule (ddimSigmas).
 */
export const sampleDdim: Sampler = (run) => {
  let lastDenoised: Float32Array | undefined;
  return runSteps(run, async (i, x, sigma, sigmaNext) => {
    if (sigmaNext === 0) {
      const scale = 1 / Math.sqrt(1 + sigma * sigma);
      const out = x.map((v) => v * scale);
      return { x: out, denoised: lastDenoised ?? out };
    }
    const denoised = await denoiseChecked(run.denoise, x, sigma, i);
    lastDenoised = denoised;
    return { x: eulerStep(x, denoised, sigma, sigmaNext), denoised };
  });
};
