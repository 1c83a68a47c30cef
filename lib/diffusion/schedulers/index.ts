/**
 * The samplers by their A1111 names, each with the sigma schedule A1111 pairs it with and the UNet timestep mapping
 * its denoiser uses.
 */
import type { Sampler, SamplerName } from "../sampling-types";
import { defaultSigmas, karrasSigmas, sigmaToTimestep } from "../sigmas";
import { ddimSigmas, lcmSigmas, lcmSigmaToTimestep } from "../timestep-schedules";
import { sampleDdim } from "./ddim";
import { sampleDpmpp2m } from "./dpmpp-2m";
import { sampleDpmpp2sAncestral } from "./dpmpp-2s-ancestral";
import { sampleEuler } from "./euler";
import { sampleEulerAncestral } from "./euler-ancestral";
import { sampleLcm } from "./lcm";

/** The sigma schedules: k-diffusion's default ("Automatic"), Karras, A1111's DDIM timesteps and its LCM table. */
export type ScheduleName = "karras" | "default" | "ddim" | "lcm";

/** A sampler with its schedule and the σ → UNet timestep mapping its denoiser uses. */
export interface SamplerEntry {
  sample: Sampler;
  schedule: ScheduleName;
  sigmaToTimestep: (sigma: number) => number;
}

const SAMPLERS: Record<SamplerName, SamplerEntry> = {
  "Euler a": { sample: sampleEulerAncestral, schedule: "default", sigmaToTimestep },
  Euler: { sample: sampleEuler, schedule: "default", sigmaToTimestep },
  DDIM: { sample: sampleDdim, schedule: "ddim", sigmaToTimestep },
  "DPM++ 2M Karras": { sample: sampleDpmpp2m, schedule: "karras", sigmaToTimestep },
  "DPM++ 2S a Karras": { sample: sampleDpmpp2sAncestral, schedule: "karras", sigmaToTimestep },
  LCM: { sample: sampleLcm, schedule: "lcm", sigmaToTimestep: lcmSigmaToTimestep },
};

/**
 * The sampler A1111 calls `name`, its schedule and timestep mapping.
 * @example getSampler("DPM++ 2M Karras").schedule // "karras"
 */
export function getSampler(name: SamplerName): SamplerEntry {
  const entry = SAMPLERS[name];
  if (!entry) throw new RangeError(`unknown sampler "${name}"`);
  return entry;
}

/** Descending sigmas ending in 0 of a schedule, for `steps` steps of the SD 1.x/2.x model. */
export function scheduleSigmas(schedule: ScheduleName, steps: number): number[] {
  if (!Number.isInteger(steps) || steps < 1) throw new RangeError(`steps must be a whole number ≥ 1, got ${steps}`);
  switch (schedule) {
    case "karras":
      return karrasSigmas(steps);
    case "ddim":
      return ddimSigmas(steps);
    case "lcm":
      return lcmSigmas(steps);
    default:
      return defaultSigmas(steps);
  }
}

/**
 * The sigmas A1111 samples `name` with for `steps` steps (txt2img): steps + 1 values, except DDIM where 1000 is not a
 * multiple of `steps` (30 steps: 31 timesteps, see ddimTimesteps). planSampling adds the starting latents' scales.
 * @example buildSigmas("Euler a", 20).length // 21
 */
export function buildSigmas(name: SamplerName, steps: number): number[] {
  return scheduleSigmas(getSampler(name).schedule, steps);
}
