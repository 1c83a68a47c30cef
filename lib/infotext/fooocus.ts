import { AppError } from "../errors";
import { fromInfotext } from "./a1111";
import type { GenerationData } from "./generation-data";
import type { GenerationReader, MetadataEntries } from "./generation-reader";
import { isPlainObject, readJsonEntry } from "./json-entry";
import { modelName, ParamWriter } from "./param-writer";
import { a1111SamplerName } from "./sampler-names";

// Keys of Fooocus's JSON scheme that map to A1111 names or to the prompts.
const USED = [
  "prompt", "negative_prompt", "full_prompt", "full_negative_prompt", "steps", "sampler", "guidance_scale", "seed", "resolution",
  "base_model", "base_model_hash", "refiner_model", "refiner_model_hash", "refiner_switch", "vae", "clip_skip", "loras", "version",
];

const isFooocusJson = (value: unknown): value is Record<string, unknown> =>
  isPlainObject(value) && typeof value.version === "string" && value.version.startsWith("Fooocus");

/**
 * Fooocus: "parameters" plus a "fooocus_scheme" entry ("fooocus": a JSON object; "a1111": A1111 infotext), or, in
 * JPEG and WebP where the scheme sits in the EXIF MakerNote, a JSON "parameters" whose "version" is "Fooocus v…".
 */
export const fooocusReader: GenerationReader = {
  source: "fooocus",
  claims: (entries) =>
    (Object.hasOwn(entries, "fooocus_scheme") && Object.hasOwn(entries, "parameters")) || isFooocusJson(readJsonEntry(entries, "parameters")),
  read: readFooocus,
};

function readFooocus(entries: MetadataEntries): GenerationData {
  const json = readJsonEntry(entries, "parameters");
  const scheme = entries.fooocus_scheme?.trim();
  if (isPlainObject(json) && scheme !== "a1111") return readFooocusJson(json);
  if (json === undefined && scheme !== "fooocus") return { ...fromInfotext(entries.parameters), source: "fooocus" };
  throw new AppError("invalid_input", `The Fooocus metadata does not match its scheme ("${scheme?.slice(0, 40)}").`, `Fooocus 元数据与其格式（“${scheme?.slice(0, 40)}”）不符。`);
}

/**
 * Fooocus's JSON scheme. The prompt is the full prompt (styles and expansion applied) joined as Fooocus's own A1111
 * scheme joins it, so both schemes read the same; the typed prompts stay as "Raw prompt" / "Raw negative prompt".
 */
export function readFooocusJson(data: Record<string, unknown>): GenerationData {
  const w = new ParamWriter();
  const text = (v: unknown) => (typeof v === "string" ? v : undefined);
  w.set("Steps", data.steps);
  if (typeof data.sampler === "string") w.set("Sampler", a1111SamplerName(data.sampler, text(data.scheduler)));
  w.set("CFG scale", data.guidance_scale);
  w.set("Seed", data.seed);
  const size = /^\(\s*(\d+)\s*,\s*(\d+)\s*\)$/.exec(text(data.resolution) ?? "");
  if (size) w.setSize(size[1], size[2]);
  if (typeof data.base_model === "string") w.set("Model", modelName(data.base_model));
  w.set("Model hash", data.base_model_hash);
  if (typeof data.refiner_model === "string" && data.refiner_model !== "None") {
    w.set("Refiner", modelName(data.refiner_model));
    w.set("Refiner hash", data.refiner_model_hash);
    w.set("Refiner switch at", data.refiner_switch);
  }
  if (typeof data.vae === "string" && data.vae !== "Default (model)") w.set("VAE", modelName(data.vae));
  w.set("Clip skip", data.clip_skip);
  const loras = Array.isArray(data.loras) ? data.loras.filter((l): l is unknown[] => Array.isArray(l) && typeof l[0] === "string") : [];
  if (loras.length > 0) {
    w.set("Lora hashes", loras.map((l) => `${l[0]}: ${l[2] ?? ""}`).join(", "));
    w.set("Lora weights", loras.map((l) => `${l[0]}: ${l[1] ?? ""}`).join(", "));
  }
  w.set("Raw prompt", data.prompt);
  w.set("Raw negative prompt", data.negative_prompt);
  w.set("Version", data.version);
  w.keepOthers(data, USED);
  return { source: "fooocus", prompt: joinPrompt(data.full_prompt, data.prompt), negative: joinPrompt(data.full_negative_prompt, data.negative_prompt), params: w.params };
}

function joinPrompt(full: unknown, raw: unknown): string {
  const parts = Array.isArray(full) ? full.filter((p): p is string => typeof p === "string") : [];
  if (parts.length > 0) return parts.join(", ");
  return typeof raw === "string" ? raw : "";
}
