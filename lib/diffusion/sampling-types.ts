/**
 * The contract between the samplers (pure math over Float32Array latents) and the pipeline that owns the model.
 * Latents are NCHW, flattened, float32. Sigmas follow k-diffusion: x = x0 + sigma * noise.
 */

/** The samplers A1111 users know, by their A1111 names. */
export const SAMPLER_NAMES = ["Euler a", "Euler", "DDIM", "DPM++ 2M Karras", "DPM++ 2S a Karras", "LCM"] as const;
export type SamplerName = (typeof SAMPLER_NAMES)[number];

/** Where initial noise comes from, as A1111's "Random number generator source" setting: GPU (Philox) or CPU. */
export type NoiseSource = "nv" | "cpu";

/** The model as the sampler sees it: the denoised prediction x0 for latents `x` at noise level `sigma` (CFG applied). */
export type Denoiser = (x: Float32Array, sigma: number, stepIndex: number) => Promise<Float32Array>;

export interface SamplerRun {
  /** Noise levels, descending, ending with 0; one step per consecutive pair. */
  sigmas: number[];
  /** Starting latents, already scaled: noise × sigmas[0] (txt2img) or image latents + noise × sigma (img2img). */
  x: Float32Array;
  denoise: Denoiser;
  /** Fresh standard-normal noise of the latents' size (ancestral samplers call it once per step). */
  noise: () => Float32Array;
  /** Called after every step with the step index, the current latents and the denoised prediction (for previews). */
  onStep?: (stepIndex: number, x: Float32Array, denoised: Float32Array) => void | Promise<void>;
  signal?: AbortSignal;
}

/** A sampler: runs every step and returns the final latents. */
export type Sampler = (run: SamplerRun) => Promise<Float32Array>;
