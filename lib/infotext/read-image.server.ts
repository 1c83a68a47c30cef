import { inflateZlib } from "../png/inflate.server";
import { readImageMetadata } from "../png/read-image-metadata";
import { readStealthText } from "../png/read-stealth-text.server";
import type { GenerationData } from "./generation-data";
import type { MetadataEntries } from "./generation-reader";
import { findGenerationReader } from "./generation-readers";
import { isPlainObject, parseJsonObject } from "./json-entry";
import { createNoGenerationDataError } from "./no-generation-data";
import { readGenerationDataFromText } from "./read-generation-data";

/**
 * Generation data from the text metadata of a PNG, JPEG or WebP (bounded in memory and time; clear errors for bad
 * files). Synchronous, so it does not look at pixels: {@link readImageGenerationDataWithPixels} also reads stealth
 * PNG info.
 */
export function readImageGenerationData(bytes: Uint8Array): GenerationData {
  const meta = readImageMetadata(bytes, { inflate: inflateZlib });
  return readGenerationDataFromText(meta.text);
}

/**
 * Generation data of an image: its text metadata as {@link readImageGenerationData} reads it, or, when no tool's
 * signature is there and the image is a PNG or WebP, stealth PNG info hidden in its pixels (A1111's stealth-pnginfo
 * extension, NovelAI); `hiddenIn` then says where. Throws AppError("invalid_input") naming the metadata that was
 * there when neither holds generation data.
 * @example await readImageGenerationDataWithPixels(png) // { source: "novelai", prompt: "1girl", ..., hiddenIn: "alpha" }
 */
export async function readImageGenerationDataWithPixels(bytes: Uint8Array): Promise<GenerationData> {
  const meta = readImageMetadata(bytes, { inflate: inflateZlib });
  // JPEG's lossy pixels cannot keep hidden bits.
  if (findGenerationReader(meta.text) || meta.format === "jpeg") return readGenerationDataFromText(meta.text);
  const hidden = await readStealthText(bytes);
  if (!hidden) throw createNoGenerationDataError(meta.text, { pixelsSearched: true });
  return { ...readGenerationDataFromText(stealthEntries(hidden.text)), hiddenIn: hidden.mode };
}

// A1111 hides its "parameters" text; NovelAI hides all its text chunks as one JSON object.
function stealthEntries(text: string): MetadataEntries {
  const json = parseJsonObject(text);
  if (!json || typeof json.Comment !== "string") return { parameters: text };
  const entries: MetadataEntries = {};
  for (const [key, value] of Object.entries(json)) {
    if (typeof value === "string" || typeof value === "number") Object.defineProperty(entries, key, { value: String(value), enumerable: true, writable: true, configurable: true });
    else if (isPlainObject(value)) Object.defineProperty(entries, key, { value: JSON.stringify(value), enumerable: true, writable: true, configurable: true });
  }
  return entries;
}
