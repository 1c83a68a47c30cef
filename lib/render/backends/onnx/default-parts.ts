import { latentPreview } from "../../../diffusion/latent-preview";
import { getSampler } from "../../../diffusion/schedulers";
import { planSampling } from "../../../diffusion/schedulers/sampling-plan";
import { lcmBoundaryScalings } from "../../../diffusion/timestep-schedules";
import type { DiffusionParts } from "./diffusion-parts";

/** The project's samplers, A1111's schedules and img2img start, its cheap latent preview and LCM's scalings. */
export const defaultDiffusionParts: DiffusionParts = {
  getSampler: (name) => getSampler(name),
  planSampling: (name, steps, strength) => planSampling(name, steps, strength),
  latentPreview: (latents, height, width) => latentPreview(latents, height, width, 3),
  outputScalings: (name, sigma) => (name === "LCM" ? lcmBoundaryScalings(sigma) : null),
};
