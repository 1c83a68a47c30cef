import { AppError } from "../errors";
import type { GenerationData } from "./generation-data";
import type { GenerationReader, MetadataEntries } from "./generation-reader";
import { readInvokeAiGraph } from "./invokeai-graph";
import { readDreamCommand, readSdMetadata } from "./invokeai-legacy";
import { isPlainObject, readJsonEntry } from "./json-entry";
import { modelName, ParamWriter } from "./param-writer";
import { invokeAiSamplerName } from "./sampler-names";

const KEYS = ["invokeai_metadata", "sd-metadata", "Dream", "invokeai_graph"];
// Keys of InvokeAI's core metadata with an A1111 counterpart, or that are the prompts.
const USED = ["positive_prompt", "negative_prompt", "steps", "scheduler", "cfg_scale", "seed", "width", "height", "model", "vae", "clip_skip", "strength", "loras"];

/**
 * InvokeAI, all its generations: "invokeai_metadata" (3.0 on), "sd-metadata" (1.15 to 2.3), "Dream" (before 1.15),
 * read in that order, and "invokeai_graph" (the node graph) when that is all there is.
 */
export const invokeAiReader: GenerationReader = {
  source: "invokeai",
  claims: (entries) => KEYS.some((key) => Object.hasOwn(entries, key)),
  read: (entries) => {
    if (Object.hasOwn(entries, "invokeai_metadata")) return readInvokeAiMetadata(jsonObject(entries, "invokeai_metadata"));
    if (Object.hasOwn(entries, "sd-metadata")) return readSdMetadata(jsonObject(entries, "sd-metadata"));
    if (Object.hasOwn(entries, "Dream")) return readDreamCommand(entries.Dream);
    return readInvokeAiGraph(jsonObject(entries, "invokeai_graph"));
  },
};

/** InvokeAI 3+ core metadata: positive_prompt, negative_prompt, steps, cfg_scale, scheduler, seed, size, model. */
export function readInvokeAiMetadata(data: Record<string, unknown>): GenerationData {
  const w = new ParamWriter();
  w.set("Steps", data.steps);
  if (typeof data.scheduler === "string") w.set("Sampler", invokeAiSamplerName(data.scheduler));
  w.set("CFG scale", data.cfg_scale);
  w.set("Seed", data.seed);
  w.setSize(data.width, data.height);
  const model = nameOf(data.model);
  if (model) w.set("Model", modelName(model));
  const vae = nameOf(data.vae);
  if (vae) w.set("VAE", modelName(vae));
  // InvokeAI counts the CLIP layers skipped (0 = none); A1111 counts from 1.
  if (typeof data.clip_skip === "number") w.set("Clip skip", data.clip_skip + 1);
  w.set("Denoising strength", data.strength);
  const loras = Array.isArray(data.loras) ? data.loras.filter(isPlainObject) : [];
  const named = loras.map((l) => [nameOf(l.model) ?? nameOf(l.lora), l.weight] as const).filter(([name]) => name);
  if (named.length > 0) w.set("Lora weights", named.map(([name, weight]) => `${name}: ${weight}`).join(", "));
  w.keepOthers(data, USED);
  const text = (v: unknown) => (typeof v === "string" ? v : "");
  return { source: "invokeai", prompt: text(data.positive_prompt), negative: text(data.negative_prompt), params: w.params };
}

// A model field: { name } from 4.0 on, { model_name } in 3.x.
function nameOf(model: unknown): string | undefined {
  if (!isPlainObject(model)) return undefined;
  const name = model.name ?? model.model_name;
  return typeof name === "string" && name ? name : undefined;
}

function jsonObject(entries: MetadataEntries, key: string): Record<string, unknown> {
  const json = readJsonEntry(entries, key);
  if (isPlainObject(json)) return json;
  throw new AppError("invalid_input", `The InvokeAI metadata ("${key}") is not a JSON object.`, `InvokeAI 元数据（“${key}”）不是 JSON 对象。`);
}
