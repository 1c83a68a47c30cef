import type { GenerationData } from "./generation-data";
import type { GenerationReader, MetadataEntries } from "./generation-reader";
import { isPlainObject, readJsonEntry } from "./json-entry";
import { modelName, ParamWriter } from "./param-writer";
import { a1111SamplerName } from "./sampler-names";

// SwarmUI parameter ids with an A1111 counterpart, or that are the prompts.
const USED = [
  "prompt", "negativeprompt", "steps", "sampler", "scheduler", "cfgscale", "seed", "width", "height", "model", "vae",
  "clipstopatlayer", "initimagecreativity", "variationseed", "variationseedstrength",
];

function imageParams(entries: MetadataEntries): Record<string, unknown> | undefined {
  const json = readJsonEntry(entries, "parameters");
  return isPlainObject(json) && isPlainObject(json.sui_image_params) ? json.sui_image_params : undefined;
}

/** SwarmUI: a JSON "parameters" (PNG chunk, or EXIF UserComment in JPEG and WebP) with a "sui_image_params" object. */
export const swarmUiReader: GenerationReader = {
  source: "swarmui",
  claims: (entries) => imageParams(entries) !== undefined,
  read: (entries) => readSwarmParams(imageParams(entries) ?? {}),
};

/** SwarmUI's `sui_image_params`: its parameter ids, lower case without spaces, mapped to A1111's names. */
export function readSwarmParams(p: Record<string, unknown>): GenerationData {
  const w = new ParamWriter();
  w.set("Steps", p.steps);
  if (typeof p.sampler === "string") w.set("Sampler", a1111SamplerName(p.sampler, typeof p.scheduler === "string" ? p.scheduler : undefined));
  else w.set("scheduler", p.scheduler);
  w.set("CFG scale", p.cfgscale);
  w.set("Seed", p.seed);
  w.setSize(p.width, p.height);
  if (typeof p.model === "string") w.set("Model", modelName(p.model));
  if (typeof p.vae === "string") w.set("VAE", modelName(p.vae));
  // SwarmUI counts CLIP layers from the end as negative numbers: -2 is A1111's "Clip skip: 2".
  if (typeof p.clipstopatlayer === "number") w.set("Clip skip", Math.abs(p.clipstopatlayer));
  w.set("Denoising strength", p.initimagecreativity);
  w.set("Variation seed", p.variationseed);
  w.set("Variation seed strength", p.variationseedstrength);
  w.keepOthers(p, USED);
  const text = (v: unknown) => (typeof v === "string" ? v : "");
  return { source: "swarmui", prompt: text(p.prompt), negative: text(p.negativeprompt), params: w.params };
}
