import type { Sampler, SamplerName } from "../../../diffusion/sampling-types";

/** The sigmas to sample and the starting latents, x = image × imageScale + noise × noiseScale (imageScale 0: txt2img). */
export interface SamplingPlan {
  sigmas: number[];
  imageScale: number;
  noiseScale: number;
}

/** The sampling math the pipeline runs on (samplers, schedules, previews), handed in so tests can swap it. */
export interface DiffusionParts {
  /** The sampler A1111 calls `name` and the σ → UNet timestep mapping its denoiser uses. */
  getSampler(name: SamplerName): { sample: Sampler; sigmaToTimestep: (sigma: number) => number };
  /** Where sampling starts: txt2img when `denoisingStrength` is undefined, img2img otherwise. */
  planSampling(name: SamplerName, steps: number, denoisingStrength?: number): SamplingPlan;
  /** A cheap 8-bit RGB (HWC) approximation of one image's latents (4 × height × width), at latent resolution. */
  latentPreview(latents: Float32Array, height: number, width: number): Uint8Array;
  /** Boundary-condition scalings a sampler's denoiser applies (LCM): denoised = cOut × x0 + cSkip × x; null: none. */
  outputScalings(name: SamplerName, sigma: number): { cSkip: number; cOut: number } | null;
}
