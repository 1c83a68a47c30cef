import { AppError } from "../errors";
import { fromInfotext } from "./a1111";
import { readComfyWorkflow } from "./comfyui";
import type { GenerationData } from "./generation-data";
import type { MetadataEntries } from "./generation-reader";
import { findGenerationReader } from "./generation-readers";
import { readJsonEntry } from "./json-entry";
import { createNoGenerationDataError } from "./no-generation-data";
import { readNovelAIComment } from "./novelai";

/**
 * Generation data from an image's text metadata, by the one reader whose signature it carries: A1111 / Forge,
 * ComfyUI, NovelAI, Fooocus, InvokeAI, SwarmUI, Easy Diffusion or Draw Things. Never guesses: when no reader claims
 * the entries, it throws an AppError naming the entries that were there.
 * @example readGenerationDataFromText({ parameters: "a cat\nSteps: 20, Sampler: Euler a, Seed: 1" }).source // "a1111"
 */
export function readGenerationDataFromText(entries: MetadataEntries): GenerationData {
  const reader = findGenerationReader(entries);
  if (!reader) throw createNoGenerationDataError(entries);
  return reader.read(entries);
}

/**
 * Generation data from pasted text: A1111's generation text, or JSON: NovelAI's settings, a SwarmUI, Fooocus or
 * Easy Diffusion "parameters" object, else a ComfyUI workflow.
 */
export function readGenerationDataFromPaste(text: string): GenerationData {
  const trimmed = text.trim();
  if (!trimmed) throw new AppError("invalid_input", "Paste some generation data first.", "请先粘贴生成参数。");
  const entries = { parameters: trimmed };
  const json = readJsonEntry(entries, "parameters");
  if (json === undefined) return fromInfotext(text);
  const obj = json as Record<string, unknown>;
  if (typeof obj.prompt === "string" && ("uc" in obj || "scale" in obj)) return readNovelAIComment(trimmed);
  const reader = findGenerationReader(entries);
  return reader ? reader.read(entries) : readComfyWorkflow(json);
}
