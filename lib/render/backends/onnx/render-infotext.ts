import { formatInfotext } from "../../../infotext/format-infotext";
import type { RenderRequest } from "../../render-types";

/** The model as the infotext names it: its name and A1111's short hash (first 10 hex digits of the sha256). */
export interface InfotextModel {
  name: string;
  hash: string | null;
}

/**
 * A1111's `parameters` text of one image, keys in the order its create_infotext writes them (variation seed and
 * strength only with a strength, Denoising strength only for img2img, RNG only for the CPU source).
 * @example renderInfotext({ prompt: "a cat", negative: "", steps: 20, sampler: "Euler a", cfgScale: 7, width: 512, height: 512, … }, { seed: 1 }, { name: "tiny", hash: "0123456789" })
 * // "a cat\nSteps: 20, Sampler: Euler a, CFG scale: 7, Seed: 1, Size: 512x512, Model hash: 0123456789, Model: tiny"
 */
export function renderInfotext(request: RenderRequest, image: { seed: number; subseed?: number }, model: InfotextModel): string {
  const variation = (request.subseedStrength ?? 0) !== 0;
  return formatInfotext(request.prompt, request.negative, {
    Steps: request.steps,
    Sampler: request.sampler,
    "CFG scale": request.cfgScale,
    Seed: image.seed,
    Size: `${request.width}x${request.height}`,
    "Model hash": model.hash?.slice(0, 10),
    Model: model.name,
    "Variation seed": variation ? image.subseed : undefined,
    "Variation seed strength": variation ? request.subseedStrength : undefined,
    "Denoising strength": request.img2img?.denoisingStrength,
    RNG: request.noiseSource === "cpu" ? "CPU" : undefined,
  });
}
