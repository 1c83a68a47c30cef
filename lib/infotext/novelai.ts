import { AppError } from "../errors";
import type { GenerationData } from "./generation-data";
import type { GenerationReader } from "./generation-reader";
import { isPlainObject, parseJsonObject } from "./json-entry";
import type { InfotextParams } from "./parse-infotext";
import { a1111SamplerName } from "./sampler-names";

/** Reads NovelAI's PNG "Comment" JSON (prompt, uc, steps, scale, seed, sampler, size); `description` is the fallback prompt. */
export function readNovelAIComment(comment: string, description = "", source = ""): GenerationData {
  let data: Record<string, unknown>;
  try {
    data = JSON.parse(comment) as Record<string, unknown>;
  } catch {
    throw new AppError("invalid_input", "The NovelAI metadata is not valid JSON.", "NovelAI 元数据不是有效的 JSON。");
  }
  if (!data || typeof data !== "object") throw new AppError("invalid_input", "The NovelAI metadata is not an object.", "NovelAI 元数据格式不对。");
  const str = (v: unknown) => (typeof v === "string" ? v : typeof v === "number" ? String(v) : undefined);
  const params: InfotextParams = {};
  const set = (key: string, v: unknown) => {
    const s = str(v);
    if (s !== undefined) params[key] = s;
  };
  set("Steps", data.steps);
  if (typeof data.sampler === "string") params.Sampler = a1111SamplerName(data.sampler);
  set("CFG scale", data.scale);
  set("Seed", data.seed);
  set("Size-1", data.width);
  set("Size-2", data.height);
  if (source) params.Model = source;
  const v4 = data.v4_prompt as { caption?: { base_caption?: string } } | undefined;
  const v4Negative = data.v4_negative_prompt as { caption?: { base_caption?: string } } | undefined;
  return {
    source: "novelai",
    prompt: str(data.prompt) ?? v4?.caption?.base_caption ?? description,
    negative: str(data.uc) ?? v4Negative?.caption?.base_caption ?? "",
    params,
  };
}

/**
 * NovelAI: a "Comment" entry holding its settings as JSON, signed by "Software: NovelAI" or by NovelAI's own keys
 * (prompt, uc, v4_prompt); any other "Comment" (an editor's note) is not claimed.
 */
export const novelAiReader: GenerationReader = {
  source: "novelai",
  claims: (entries) => {
    if (!Object.hasOwn(entries, "Comment")) return false;
    if (entries.Software?.startsWith("NovelAI")) return true;
    const json = parseJsonObject(entries.Comment);
    return !!json && (typeof json.prompt === "string" || typeof json.uc === "string" || isPlainObject(json.v4_prompt));
  },
  read: (entries) => readNovelAIComment(entries.Comment, entries.Description ?? "", entries.Source ?? ""),
};
