import { AppError } from "../errors";
import { GENERATION_SOURCE_NAMES } from "./generation-data";
import type { MetadataEntries } from "./generation-reader";
import { readJsonEntry } from "./json-entry";

const MAX_LISTED = 12;
const TOOLS = Object.values(GENERATION_SOURCE_NAMES);

/**
 * The error for metadata that no reader claims: AppError("invalid_input", details `{ reason: "no_generation_data",
 * entries }`) whose message names the entries that were there (so "parameters holds JSON of another tool" and
 * "only a Software note" read differently from "stripped"), and whether the pixels were searched too.
 * @example createNoGenerationDataError({ Software: "GIMP" }).message
 * // 'No generation data found: the image\'s metadata ("Software") holds no prompt written by AUTOMATIC1111 / Forge, …'
 */
export function createNoGenerationDataError(entries: MetadataEntries, options: { pixelsSearched?: boolean } = {}): AppError {
  const keys = Object.keys(entries);
  const pixels = options.pixelsSearched ? [", nor PNG info hidden in its pixels", "，像素中也没有隐藏的 PNG 信息"] : ["", ""];
  const details = { reason: "no_generation_data", entries: keys.slice(0, 100) };
  if (keys.length === 0) {
    return new AppError(
      "invalid_input",
      `No generation data found: the image carries no text metadata${pixels[0]} (many sites strip it).`,
      `没有找到生成参数：图片里没有文本元数据${pixels[1]}（很多网站会删除这些信息）。`,
      details,
    );
  }
  const listed = keys.slice(0, MAX_LISTED).map((k) => JSON.stringify(k.length > 40 ? `${k.slice(0, 40)}…` : k)).join(", ");
  const more = keys.length > MAX_LISTED ? ` and ${keys.length - MAX_LISTED} more` : "";
  const moreZh = keys.length > MAX_LISTED ? ` 等 ${keys.length} 项` : "";
  const json = readJsonEntry(entries, "parameters") !== undefined;
  return new AppError(
    "invalid_input",
    `No generation data found: the image's metadata (${listed}${more}) holds no prompt written by ${TOOLS.slice(0, -1).join(", ")} or ${TOOLS.at(-1)}${pixels[0]}.` +
      (json ? ' Its "parameters" entry is JSON in a layout none of them writes.' : ""),
    `没有找到生成参数：图片元数据（${listed}${moreZh}）里没有 ${TOOLS.join("、")} 写入的提示词${pixels[1]}。` +
      (json ? "其中的 “parameters” 是这些工具都不会写的 JSON 格式。" : ""),
    details,
  );
}
