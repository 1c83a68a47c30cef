import { AppError } from "../errors";
import { XMP_KEYWORD } from "../png/read-image-metadata";
import type { GenerationData } from "./generation-data";
import type { GenerationReader, MetadataEntries } from "./generation-reader";
import { parseJsonObject } from "./json-entry";
import { modelName, ParamWriter } from "./param-writer";
import { readXmpProperty } from "./read-xmp-property";
import { a1111SamplerName } from "./sampler-names";

// Keys of Draw Things' UserComment JSON with an A1111 counterpart, the prompts, and "v2" (the same settings again).
const USED = ["c", "uc", "steps", "sampler", "scale", "seed", "size", "model", "strength", "v2"];

/** Draw Things: XMP whose xmp:CreatorTool is "Draw Things", with the settings as JSON in exif:UserComment. */
export const drawThingsReader: GenerationReader = {
  source: "drawthings",
  claims: (entries) => (readXmpProperty(entries[XMP_KEYWORD] ?? "", "xmp:CreatorTool") ?? "").startsWith("Draw Things"),
  read: readDrawThings,
};

function readDrawThings(entries: MetadataEntries): GenerationData {
  const comment = readXmpProperty(entries[XMP_KEYWORD] ?? "", "exif:UserComment");
  const data = comment === undefined ? undefined : parseJsonObject(comment);
  if (!data) throw new AppError("invalid_input", "The Draw Things metadata has no readable settings (exif:UserComment).", "Draw Things 元数据里没有可读的设置（exif:UserComment）。");
  const w = new ParamWriter();
  w.set("Steps", data.steps);
  if (typeof data.sampler === "string") w.set("Sampler", a1111SamplerName(data.sampler));
  w.set("CFG scale", data.scale);
  w.set("Seed", data.seed);
  const size = /^(\d+)x(\d+)$/.exec(typeof data.size === "string" ? data.size : "");
  if (size) w.setSize(size[1], size[2]);
  if (typeof data.model === "string") w.set("Model", modelName(data.model));
  // Text to image is strength 1, which A1111 does not write.
  if (typeof data.strength === "number" && data.strength < 1) w.set("Denoising strength", data.strength);
  w.keepOthers(data, USED);
  const text = (v: unknown) => (typeof v === "string" ? v : "");
  return { source: "drawthings", prompt: text(data.c), negative: text(data.uc), params: w.params };
}
