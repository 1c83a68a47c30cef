/**
 * The SD 1.x/2.x noise levels in k-diffusion's terms (k_diffusion.external.CompVisDenoiser, as A1111 wraps the model):
 * ᾱ_t from the scaled-linear β schedule, σ_t = √((1 − ᾱ_t)/ᾱ_t) for the 1000 training timesteps, and the schedules
 * A1111 samples with. Computed in float64 from ᾱ rounded to float32 (ldm stores alphas_cumprod as a float32 buffer);
 * A1111 computes the same formulas in float32, so values agree to about 1e-6 relative.
 */

/** A β schedule, as in a diffusers scheduler_config.json (beta_start, beta_end, num_train_timesteps). */
export interface BetaSchedule {
  betaStart: number;
  betaEnd: number;
  trainSteps: number;
}

/** Stable Diffusion 1.x/2.x and SD-Turbo: scaled_linear from 0.00085 to 0.012 over 1000 steps. */
export const SD_BETA_SCHEDULE: BetaSchedule = { betaStart: 0.00085, betaEnd: 0.012, trainSteps: 1000 };

/** ᾱ_t for t = 0 … trainSteps − 1: cumprod(1 − β), β = linspace(√start, √end, n)², each rounded to float32. */
export function alphasCumprod(schedule: BetaSchedule = SD_BETA_SCHEDULE): Float64Array {
  const roots = linspace(Math.sqrt(schedule.betaStart), Math.sqrt(schedule.betaEnd), schedule.trainSteps);
  let product = 1;
  return Float64Array.from(roots, (root) => Math.fround((product *= 1 - root * root)));
}

/** The model's σ_t = √((1 − ᾱ_t)/ᾱ_t), ascending with t (σ_0 ≈ 0.0292, σ_999 ≈ 14.6146 for SD). */
export function modelSigmas(schedule: BetaSchedule = SD_BETA_SCHEDULE): Float64Array {
  return alphasCumprod(schedule).map((a) => Math.sqrt((1 - a) / a));
}

const SD_SIGMAS = modelSigmas();
const logTables = new WeakMap<Float64Array, Float64Array>();

function logSigmasOf(sigmas: Float64Array): Float64Array {
  let table = logTables.get(sigmas);
  if (!table) logTables.set(sigmas, (table = sigmas.map(Math.log)));
  return table;
}

/** torch.linspace(start, end, n) as torch computes it: from the start for the first half, from the end after. */
export function linspace(start: number, end: number, n: number): number[] {
  if (n === 1) return [start];
  const step = (end - start) / (n - 1);
  const halfway = Math.floor(n / 2);
  return Array.from({ length: n }, (_, i) => (i < halfway ? start + step * i : end - step * (n - 1 - i)));
}

/** k-diffusion's DiscreteSchedule.t_to_sigma: σ at a fractional timestep, interpolating log σ linearly. */
export function timestepToSigma(t: number, sigmas: Float64Array = SD_SIGMAS): number {
  const logSigmas = logSigmasOf(sigmas);
  const low = Math.floor(t);
  const w = t - low;
  return Math.exp((1 - w) * logSigmas[low] + w * logSigmas[Math.ceil(t)]);
}

/**
 * k-diffusion's DiscreteSchedule.sigma_to_t (quantize off, as A1111): the fractional timestep whose interpolated log σ
 * is log `sigma`, clamped to [0, n − 1]; the UNet's timestep input for the Euler, DPM++ and DDIM samplers.
 * @example sigmaToTimestep(modelSigmas()[500]) // 500
 */
export function sigmaToTimestep(sigma: number, sigmas: Float64Array = SD_SIGMAS): number {
  const logSigmas = logSigmasOf(sigmas);
  const logSigma = Math.log(sigma);
  // The last index whose log σ is ≤ log sigma (the cumsum/argmax of dists ≥ 0), kept within [0, n − 2].
  let low = 0;
  for (let i = 0; i < logSigmas.length; i++) if (logSigma - logSigmas[i] >= 0) low = i;
  low = Math.min(low, logSigmas.length - 2);
  const lowLog = logSigmas[low];
  const highLog = logSigmas[low + 1];
  const w = Math.min(1, Math.max(0, (lowLog - logSigma) / (lowLog - highLog)));
  return (1 - w) * low + w * (low + 1);
}

/**
 * k-diffusion's default schedule (DiscreteSchedule.get_sigmas(n)): t = linspace(999, 0, steps) mapped through
 * timestepToSigma, then a final 0: A1111's "Automatic" schedule for Euler and Euler a.
 * @example defaultSigmas(2) // [14.6146…, 0.0292…, 0]
 */
export function defaultSigmas(steps: number, sigmas: Float64Array = SD_SIGMAS): number[] {
  return [...linspace(sigmas.length - 1, 0, steps).map((t) => timestepToSigma(t, sigmas)), 0];
}

/**
 * Karras et al.'s schedule (k-diffusion get_sigmas_karras, rho 7) between the model's smallest and largest σ, as
 * A1111's "Karras" samplers: (σmax^(1/ρ) + ramp·(σmin^(1/ρ) − σmax^(1/ρ)))^ρ for ramp = linspace(0, 1, steps), then 0.
 */
export function karrasSigmas(steps: number, sigmas: Float64Array = SD_SIGMAS, rho = 7): number[] {
  const minInvRho = sigmas[0] ** (1 / rho);
  const maxInvRho = sigmas[sigmas.length - 1] ** (1 / rho);
  return [...linspace(0, 1, steps).map((ramp) => (maxInvRho + ramp * (minInvRho - maxInvRho)) ** rho), 0];
}
