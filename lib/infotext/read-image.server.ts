import { inflateZlib } from "../png/inflate.server";
import { readImageMetadata } from "../png/read-image-metadata";
import type { GenerationData } from "./generation-data";
import { readGenerationDataFromText } from "./read-generation-data";

/** Generation data embedded in a PNG, JPEG or WebP (bounded in memory and time; clear errors for bad files). */
export function readImageGenerationData(bytes: Uint8Array): GenerationData {
  const meta = readImageMetadata(bytes, { inflate: inflateZlib });
  return readGenerationDataFromText(meta.text);
}
