/**
 * The math the samplers share (k_diffusion/sampling.py): the step loop with abort checks and step callbacks,
 * to_d/Euler, get_ancestral_step and the first-order DPM-Solver++ update. Every update returns a new array.
 */
import type { Denoiser, SamplerRun } from "../sampling-types";

/** What one step produced: the new latents and the denoised prediction to report. */
export interface StepResult {
  x: Float32Array;
  denoised: Float32Array;
}

/** One step from `sigma` to `sigmaNext`, given the current latents. */
export type StepFn = (stepIndex: number, x: Float32Array, sigma: number, sigmaNext: number) => Promise<StepResult>;

/**
 * Runs one `step` per consecutive pair of sigmas, checking the abort signal before each (throwing its reason) and
 * calling onStep after each.
 */
export async function runSteps(run: SamplerRun, step: StepFn): Promise<Float32Array> {
  let x = run.x;
  for (let i = 0; i < run.sigmas.length - 1; i++) {
    run.signal?.throwIfAborted();
    const result = await step(i, x, run.sigmas[i], run.sigmas[i + 1]);
    x = result.x;
    await run.onStep?.(i, x, result.denoised);
  }
  return x;
}

/** Calls the denoiser and checks that it answered latents of the right size. */
export async function denoiseChecked(denoise: Denoiser, x: Float32Array, sigma: number, stepIndex: number): Promise<Float32Array> {
  const denoised = await denoise(x, sigma, stepIndex);
  if (denoised.length !== x.length) throw new RangeError(`denoiser returned ${denoised.length} values for ${x.length} latents`);
  return denoised;
}

/** Euler from `sigma` to `sigmaTo`: x + d × (sigmaTo − sigma) with d = (x − denoised) / sigma (to_d). */
export function eulerStep(x: Float32Array, denoised: Float32Array, sigma: number, sigmaTo: number): Float32Array {
  const dt = sigmaTo - sigma;
  const out = new Float32Array(x.length);
  for (let i = 0; i < x.length; i++) out[i] = x[i] + ((x[i] - denoised[i]) / sigma) * dt;
  return out;
}

/**
 * get_ancestral_step: the deterministic target σ_down and the fresh-noise amount σ_up of an ancestral step, with
 * σ_up = min(σ_to, eta × √(σ_to² (σ_from² − σ_to²) / σ_from²)) and σ_down = √(σ_to² − σ_up²).
 */
export function ancestralStep(sigmaFrom: number, sigmaTo: number, eta = 1): { sigmaDown: number; sigmaUp: number } {
  if (!eta) return { sigmaDown: sigmaTo, sigmaUp: 0 };
  const sigmaUp = Math.min(sigmaTo, eta * Math.sqrt((sigmaTo ** 2 * (sigmaFrom ** 2 - sigmaTo ** 2)) / sigmaFrom ** 2));
  return { sigmaDown: Math.sqrt(sigmaTo ** 2 - sigmaUp ** 2), sigmaUp };
}

/**
 * An Euler step to σ_down followed by noise × σ_up in one pass over the latents: eulerStep then addNoise, with the
 * same float32 rounding in between.
 */
export function eulerAncestralStep(x: Float32Array, denoised: Float32Array, sigma: number, sigmaDown: number, noise: Float32Array, sigmaUp: number): Float32Array {
  if (noise.length !== x.length) throw new RangeError(`noise has ${noise.length} values for ${x.length} latents`);
  const dt = sigmaDown - sigma;
  const out = new Float32Array(x.length);
  for (let i = 0; i < x.length; i++) out[i] = Math.fround(x[i] + ((x[i] - denoised[i]) / sigma) * dt) + noise[i] * sigmaUp;
  return out;
}

/** x + noise × scale (the ancestral samplers' noise addition). */
export function addNoise(x: Float32Array, noise: Float32Array, scale: number): Float32Array {
  if (noise.length !== x.length) throw new RangeError(`noise has ${noise.length} values for ${x.length} latents`);
  const out = new Float32Array(x.length);
  for (let i = 0; i < x.length; i++) out[i] = x[i] + noise[i] * scale;
  return out;
}

/**
 * The DPM-Solver++ first-order update from `sigma` to `sigmaTo` in k-diffusion's t = −log σ:
 * (σ_to / σ) × x − expm1(−h) × denoised, h = log(σ / σ_to); reaching σ_to = 0 gives `denoised` itself.
 */
export function dpmSolverStep(x: Float32Array, denoised: Float32Array, sigma: number, sigmaTo: number): Float32Array {
  const ratio = sigmaTo / sigma;
  const weight = -Math.expm1(-Math.log(sigma / sigmaTo));
  const out = new Float32Array(x.length);
  for (let i = 0; i < x.length; i++) out[i] = ratio * x[i] + weight * denoised[i];
  return out;
}
