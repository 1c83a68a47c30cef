import type { SamplerName } from "../../diffusion/sampling-types";
import { RESIZE_MODES } from "../render-limits";
import type { RenderRequest } from "../render-types";

/**
 * A1111 ≥ 1.9 names the sampler and the schedule apart: "DPM++ 2M Karras" is sampler "DPM++ 2M", scheduler "Karras".
 * @example splitA1111Sampler("DPM++ 2M Karras") // { sampler: "DPM++ 2M", scheduler: "Karras" }
 */
export function splitA1111Sampler(name: SamplerName): { sampler: string; scheduler: string } {
  const m = /^(.+) Karras$/.exec(name);
  return m ? { sampler: m[1], scheduler: "Karras" } : { sampler: name, scheduler: "Automatic" };
}

/**
 * The JSON body of POST /sdapi/v1/txt2img (or img2img when the request has an image, given here as base64).
 * `withScheduler`: the server knows the `scheduler` field (A1111 ≥ 1.9); older ones get the combined sampler name.
 */
export function buildA1111Payload(request: RenderRequest, options: { withScheduler: boolean; imageBase64?: string }): Record<string, unknown> {
  const { sampler, scheduler } = splitA1111Sampler(request.sampler);
  const overrides: Record<string, unknown> = { randn_source: request.noiseSource === "cpu" ? "CPU" : "GPU" };
  if (request.model) overrides.sd_model_checkpoint = request.model;
  const body: Record<string, unknown> = {
    prompt: request.prompt,
    negative_prompt: request.negative,
    sampler_name: options.withScheduler ? sampler : request.sampler,
    ...(options.withScheduler ? { scheduler } : {}),
    steps: request.steps,
    cfg_scale: request.cfgScale,
    seed: request.seed,
    subseed: request.subseed ?? -1,
    subseed_strength: request.subseedStrength ?? 0,
    width: request.width,
    height: request.height,
    n_iter: request.batchCount,
    batch_size: request.batchSize,
    send_images: true,
    save_images: false,
    override_settings: overrides,
    override_settings_restore_afterwards: true,
  };
  if (request.img2img) {
    body.init_images = [options.imageBase64 ?? ""];
    body.resize_mode = RESIZE_MODES.indexOf(request.img2img.resizeMode);
    body.denoising_strength = request.img2img.denoisingStrength;
  }
  return body;
}

/** What /sdapi/v1/txt2img and img2img answer: base64 images and `info`, a JSON string. */
export interface A1111RenderAnswer {
  images?: string[];
  info?: string;
}

/** The seeds, infotexts and index of the first real image (1 when a grid comes first) in an answer's `info`. */
export function readA1111Info(info: string | undefined, request: RenderRequest): { seeds: number[]; infotexts: string[]; first: number } {
  let parsed: { all_seeds?: unknown; seed?: unknown; infotexts?: unknown; index_of_first_image?: unknown } = {};
  try {
    parsed = JSON.parse(info ?? "{}");
  } catch {
    // An unreadable info leaves the seeds to the request and the infotexts to the PNGs.
  }
  const first = typeof parsed.index_of_first_image === "number" ? parsed.index_of_first_image : 0;
  const baseSeed = typeof parsed.seed === "number" ? parsed.seed : request.seed;
  const seeds = Array.isArray(parsed.all_seeds) ? parsed.all_seeds.filter((s): s is number => typeof s === "number") : [];
  const count = request.batchCount * request.batchSize;
  while (seeds.length < count) seeds.push(baseSeed + seeds.length);
  const infotexts = Array.isArray(parsed.infotexts) ? parsed.infotexts.map(String) : [];
  return { seeds, infotexts, first };
}

/** /sdapi/v1/progress: the share done, seconds left, the sampling state and the live preview as base64. */
export interface A1111Progress {
  progress?: number;
  eta_relative?: number;
  state?: { job_no?: number; job_count?: number; sampling_step?: number; sampling_steps?: number };
  current_image?: string | null;
}
