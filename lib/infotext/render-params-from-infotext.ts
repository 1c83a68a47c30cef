import { SAMPLER_NAMES, type SamplerName } from "../diffusion/sampling-types";
import type { InfotextParams } from "./parse-infotext";

/** The render settings an image's generation data carries, under the preview panel's names (only those present). */
export interface InfotextRenderParams {
  sampler?: SamplerName;
  steps?: number;
  cfgScale?: number;
  seed?: number;
  width?: number;
  height?: number;
  subseed?: number;
  subseedStrength?: number;
  denoisingStrength?: number;
  /** The checkpoint it was made with, by name and A1111's short hash, for the caller to find among its models. */
  model?: { name?: string; hash?: string };
  /** A sampler the built-in samplers lack (kept out of `sampler`), to tell the user. */
  otherSampler?: string;
}

const number = (value: unknown): number | undefined => {
  if (value === undefined || value === null || value === "") return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
};
const text = (value: unknown): string | undefined => (value === undefined || value === null || String(value).trim() === "" ? undefined : String(value).trim());

/**
 * A1111's sampler from "Sampler" and (1.9+) "Schedule type", as one of the built-in names: "DPM++ 2M" + "Karras" is
 * "DPM++ 2M Karras"; "Automatic" is the sampler's own default schedule (Karras for the DPM++ ones).
 * @example samplerFromInfotext("DPM++ 2M", "Karras") // { sampler: "DPM++ 2M Karras" }
 */
export function samplerFromInfotext(sampler: string, schedule?: string): { sampler?: SamplerName; other?: string } {
  const known = (name: string) => SAMPLER_NAMES.find((n) => n === name);
  const automatic = !schedule || schedule === "Automatic";
  const found = (automatic ? [sampler, `${sampler} Karras`] : [`${sampler} ${schedule}`]).map(known).find((n) => n !== undefined);
  if (found) return { sampler: found };
  return { other: automatic ? sampler : `${sampler} ${schedule}` };
}

/**
 * What A1111's "Send to txt2img" carries from generation data: sampler, steps, CFG scale, seed, size, variation seed
 * and strength, denoising strength and the model.
 * @example renderParamsFromInfotext({ Sampler: "DPM++ 2M Karras", Seed: "1234", "Size-1": "512", "Size-2": "768" }) // { sampler: "DPM++ 2M Karras", seed: 1234, width: 512, height: 768 }
 */
export function renderParamsFromInfotext(params: InfotextParams): InfotextRenderParams {
  const out: InfotextRenderParams = {};
  const sampler = text(params.Sampler);
  if (sampler) {
    const found = samplerFromInfotext(sampler, text(params["Schedule type"]));
    if (found.sampler) out.sampler = found.sampler;
    else out.otherSampler = found.other;
  }
  const set = <K extends keyof InfotextRenderParams>(key: K, value: InfotextRenderParams[K] | undefined) => {
    if (value !== undefined) out[key] = value;
  };
  set("steps", number(params.Steps));
  set("cfgScale", number(params["CFG scale"]));
  set("seed", number(params.Seed));
  set("width", number(params["Size-1"]));
  set("height", number(params["Size-2"]));
  const strength = number(params["Variation seed strength"]);
  if (strength) {
    set("subseed", number(params["Variation seed"]));
    out.subseedStrength = strength;
  }
  set("denoisingStrength", number(params["Denoising strength"]));
  const name = text(params.Model);
  const hash = text(params["Model hash"]);
  if (name || hash) out.model = { ...(name ? { name } : {}), ...(hash ? { hash } : {}) };
  return out;
}
