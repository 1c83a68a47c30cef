/**
 * Where sampling starts, txt2img and img2img, as A1111 sets it up (KDiffusionSampler.sample / sample_img2img,
 * CompVisSampler for DDIM, sd_samplers_common.setup_img2img_steps with "img2img_fix_steps" off, its default).
 */
import type { SamplerName } from "../sampling-types";
import { alphasCumprod } from "../sigmas";
import { ddimTimesteps } from "../timestep-schedules";
import { buildSigmas } from "./index";

/** The sigmas to sample with and how to build the starting latents: x = image × imageScale + noise × noiseScale. */
export interface SamplingPlan {
  sigmas: number[];
  /** 0 for txt2img. */
  imageScale: number;
  noiseScale: number;
}

/**
 * A1111's img2img step count: the schedule is built for all `steps`, and the last
 * t_enc = int(min(strength, 0.999) × steps) of them plus one are run (Python's float product, truncated).
 * @example img2imgSteps(20, 0.75) // { steps: 20, tEnc: 15 }
 */
export function img2imgSteps(steps: number, strength: number): { steps: number; tEnc: number } {
  return { steps, tEnc: Math.trunc(Math.min(strength, 0.999) * steps) };
}

/**
 * The tail of a k-diffusion schedule img2img runs: sigmas[steps − t_enc − 1:], i.e. t_enc + 1 steps.
 * @example img2imgSigmas(buildSigmas("Euler", 20), 0.75).length // 17
 */
export function img2imgSigmas(sigmas: number[], strength: number): number[] {
  const steps = sigmas.length - 1;
  return sigmas.slice(steps - img2imgSteps(steps, strength).tEnc - 1);
}

const ALPHAS = alphasCumprod();

/**
 * The whole start of a render: txt2img when `denoisingStrength` is undefined, img2img otherwise.
 * - k-diffusion samplers: txt2img x = noise × σ0; img2img x = image + noise × σ0 over img2imgSigmas.
 * - DDIM works in variance-preserving space: txt2img starts from the unit noise itself (x = noise × √(1 + σ0²) in
 *   σ space), and img2img noises the image to the timestep one above its first one, as A1111 does:
 *   x_vp = image·√ᾱ_s + noise·√(1 − ᾱ_s), s = timesteps[t_enc], then runs timesteps[:t_enc].
 */
export function planSampling(name: SamplerName, steps: number, denoisingStrength?: number): SamplingPlan {
  const sigmas = buildSigmas(name, steps);
  if (name !== "DDIM") {
    if (denoisingStrength === undefined) return { sigmas, imageScale: 0, noiseScale: sigmas[0] };
    const tail = img2imgSigmas(sigmas, denoisingStrength);
    return { sigmas: tail, imageScale: 1, noiseScale: tail[0] };
  }
  if (denoisingStrength === undefined) return { sigmas, imageScale: 0, noiseScale: Math.sqrt(1 + sigmas[0] ** 2) };
  const timesteps = ddimTimesteps(steps);
  const { tEnc } = img2imgSteps(steps, denoisingStrength);
  // t_enc = 0 runs no step at all: the image noised to timesteps[0] comes back as it is.
  const run = sigmas.slice(sigmas.length - 1 - Math.max(1, tEnc));
  const start = ALPHAS[timesteps[tEnc]];
  const first = ALPHAS[timesteps[Math.max(0, tEnc - 1)]];
  return { sigmas: run, imageScale: Math.sqrt(start / first), noiseScale: Math.sqrt((1 - start) / first) };
}
