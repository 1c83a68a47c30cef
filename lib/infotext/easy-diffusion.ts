import type { GenerationData } from "./generation-data";
import type { GenerationReader, MetadataEntries } from "./generation-reader";
import { isPlainObject, readJsonEntry } from "./json-entry";
import { modelName, ParamWriter } from "./param-writer";
import { a1111SamplerName } from "./sampler-names";

// Easy Diffusion writes its request keys, or with "txt" metadata also chosen, their labels (TASK_TEXT_MAPPING).
const KEYS = {
  prompt: ["prompt", "Prompt"], negative: ["negative_prompt", "Negative Prompt"], seed: ["seed", "Seed"],
  model: ["use_stable_diffusion_model", "Stable Diffusion model"], clipSkip: ["clip_skip", "Clip Skip"], vae: ["use_vae_model", "VAE model"],
  sampler: ["sampler_name", "Sampler"], width: ["width", "Width"], height: ["height", "Height"], steps: ["num_inference_steps", "Steps"],
  cfg: ["guidance_scale", "Guidance Scale"], strength: ["prompt_strength", "Prompt Strength"],
} as const;
const USED = Object.values(KEYS).flat();

function metadataOf(entries: MetadataEntries): Record<string, unknown> | undefined {
  const signed = (data: Record<string, unknown>) => KEYS.model.some((key) => Object.hasOwn(data, key));
  if (signed(entries)) return entries;
  const json = readJsonEntry(entries, "parameters");
  return isPlainObject(json) && signed(json) ? json : undefined;
}

/**
 * Easy Diffusion: one PNG text chunk per setting, or the same settings as JSON in the EXIF UserComment of JPEG and
 * WebP; signed by its model key, "use_stable_diffusion_model" (or its label "Stable Diffusion model").
 */
export const easyDiffusionReader: GenerationReader = {
  source: "easydiffusion",
  claims: (entries) => metadataOf(entries) !== undefined,
  read: (entries) => readEasyDiffusion(metadataOf(entries) ?? {}),
};

function readEasyDiffusion(data: Record<string, unknown>): GenerationData {
  const get = (keys: readonly string[]) => data[keys.find((k) => Object.hasOwn(data, k)) ?? ""];
  const text = (v: unknown) => (typeof v === "string" && v !== "None" ? v : "");
  const w = new ParamWriter();
  w.set("Steps", get(KEYS.steps));
  const sampler = text(get(KEYS.sampler));
  if (sampler) w.set("Sampler", a1111SamplerName(sampler));
  w.set("CFG scale", get(KEYS.cfg));
  w.set("Seed", get(KEYS.seed));
  w.setSize(get(KEYS.width), get(KEYS.height));
  if (text(get(KEYS.model))) w.set("Model", modelName(text(get(KEYS.model))));
  if (text(get(KEYS.vae))) w.set("VAE", modelName(text(get(KEYS.vae))));
  // Easy Diffusion's "Clip Skip" is a switch that skips the last CLIP layer: A1111's "Clip skip: 2".
  const clipSkip = String(get(KEYS.clipSkip));
  if (clipSkip === "True" || clipSkip === "true") w.set("Clip skip", 2);
  else if (clipSkip === "False" || clipSkip === "false") w.set("Clip skip", 1);
  w.set("Denoising strength", get(KEYS.strength));
  w.keepOthers(data, USED);
  return { source: "easydiffusion", prompt: text(get(KEYS.prompt)), negative: text(get(KEYS.negative)), params: w.params };
}
