/**
 * The two A1111 schedules that live on the training-timestep grid rather than k-diffusion's continuous one:
 * DDIM's (modules/sd_samplers_timesteps.py) and LCM's (modules/sd_samplers_lcm.py, LCMCompVisDenoiser).
 */
import { linspace, modelSigmas, timestepToSigma } from "./sigmas";

const SD_SIGMAS = modelSigmas();

/**
 * A1111's DDIM timesteps, ascending: range(0, 1000, 1000 // steps) + 1, clipped to 999. Not always `steps` long:
 * 30 steps give 31 timesteps (1000 // 30 = 33).
 * @example ddimTimesteps(4) // [1, 251, 501, 751]
 */
export function ddimTimesteps(steps: number, trainSteps = 1000): number[] {
  const stride = Math.floor(trainSteps / steps);
  const out: number[] = [];
  for (let t = 0; t < trainSteps; t += stride) out.push(Math.min(t + 1, trainSteps - 1));
  return out;
}

/** The model σ of every DDIM timestep, descending, then 0 (see the DDIM sampler for how the last pair is used). */
export function ddimSigmas(steps: number, sigmas: Float64Array = SD_SIGMAS): number[] {
  return [...ddimTimesteps(steps, sigmas.length).reverse().map((t) => sigmas[t]), 0];
}

const LCM_ORIGINAL_STEPS = 50;

/** LCM's 50 distillation timesteps 19, 39, … 999 and their σ (LCMCompVisDenoiser's table), ascending. */
function lcmTable(sigmas: Float64Array) {
  const skip = Math.floor(sigmas.length / LCM_ORIGINAL_STEPS);
  const table = Float64Array.from({ length: LCM_ORIGINAL_STEPS }, (_, k) => sigmas[k * skip + skip - 1]);
  return { skip, table, logTable: table.map(Math.log) };
}

/**
 * A1111's LCM schedule: t = linspace(999, 19, steps) on the 50-entry table (index (t − 19) / 20, log σ interpolated
 * between entries), then 0.
 * @example lcmSigmas(1) // [14.6146…, 0]
 */
export function lcmSigmas(steps: number, sigmas: Float64Array = SD_SIGMAS): number[] {
  const { skip, table } = lcmTable(sigmas);
  const last = LCM_ORIGINAL_STEPS - 1;
  return [
    ...linspace(last * skip + skip - 1, skip - 1, steps).map((t) => {
      const index = Math.min(last, Math.max(0, (t - (skip - 1)) / skip));
      return timestepToSigma(index, table);
    }),
    0,
  ];
}

/**
 * LCMCompVisDenoiser.sigma_to_t: the UNet timestep for `sigma` under the LCM sampler, the nearest of the 50 table
 * entries in log σ (19, 39, … 999).
 */
export function lcmSigmaToTimestep(sigma: number, sigmas: Float64Array = SD_SIGMAS): number {
  const { skip, logTable } = lcmTable(sigmas);
  const logSigma = Math.log(sigma);
  let best = 0;
  for (let k = 1; k < logTable.length; k++) {
    if (Math.abs(logSigma - logTable[k]) < Math.abs(logSigma - logTable[best])) best = k;
  }
  return best * skip + skip - 1;
}

/**
 * LCM's boundary-condition scalings as A1111 applies them (get_scaled_out, σ_data 0.5, timestep × 10): the denoiser
 * returns cOut × x0 + cSkip × x, with x in k-diffusion scaling. cSkip is below 1e-5 from t = 19 up.
 */
export function lcmBoundaryScalings(sigma: number, sigmas: Float64Array = SD_SIGMAS): { cSkip: number; cOut: number } {
  const scaled = lcmSigmaToTimestep(sigma, sigmas) * 10;
  const denominator = scaled * scaled + 0.25;
  return { cSkip: 0.25 / denominator, cOut: scaled / Math.sqrt(denominator) };
}
