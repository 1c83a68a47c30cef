import { AppError } from "../errors";
import { readComfyWorkflow } from "./comfyui";
import type { GenerationData } from "./generation-data";
import { readNovelAIComment } from "./novelai";
import { parseInfotext, type InfotextParams } from "./parse-infotext";

const noData = () =>
  new AppError("invalid_input", "No generation data found: the image carries no A1111, ComfyUI or NovelAI prompt (many sites strip it).",
    "没有找到生成参数：图片里没有 A1111、ComfyUI 或 NovelAI 的提示词（很多网站会删除这些信息）。");

/** A1111 infotext as generation data: prompt and negative lifted out, every parameter kept under A1111's names. */
export function fromInfotext(text: string): GenerationData {
  const params: InfotextParams = parseInfotext(text);
  return { source: "a1111", prompt: String(params.Prompt ?? ""), negative: String(params["Negative prompt"] ?? ""), params };
}

/**
 * Generation data from an image's text chunks: A1111 "parameters" (or EXIF UserComment), ComfyUI "prompt"/"workflow",
 * or NovelAI "Comment", in that order.
 */
export function readGenerationDataFromText(chunks: Record<string, string>): GenerationData {
  if (chunks.parameters?.trim()) return fromInfotext(chunks.parameters);
  for (const key of ["prompt", "workflow"]) {
    if (!chunks[key]) continue;
    try {
      return readComfyWorkflow(JSON.parse(chunks[key]));
    } catch (error) {
      if (key === "workflow" || !chunks.workflow) throw error instanceof AppError ? error : new AppError("invalid_input", "The ComfyUI data is not valid JSON.", "ComfyUI 数据不是有效的 JSON。");
    }
  }
  if (chunks.Comment) return readNovelAIComment(chunks.Comment, chunks.Description ?? "", chunks.Source ?? "");
  throw noData();
}

/** Generation data from pasted text: a ComfyUI or NovelAI JSON, or A1111's generation text. */
export function readGenerationDataFromPaste(text: string): GenerationData {
  const trimmed = text.trim();
  if (!trimmed) throw new AppError("invalid_input", "Paste some generation data first.", "请先粘贴生成参数。");
  if (trimmed.startsWith("{")) {
    let json: unknown;
    try {
      json = JSON.parse(trimmed);
    } catch {
      return fromInfotext(text);
    }
    const obj = json as Record<string, unknown>;
    if (typeof obj.prompt === "string" && ("uc" in obj || "scale" in obj)) return readNovelAIComment(trimmed);
    return readComfyWorkflow(json);
  }
  return fromInfotext(text);
}
