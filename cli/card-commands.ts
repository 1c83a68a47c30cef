import fs from "node:fs";
import { AppError } from "../lib/errors";
import { parseInfotext } from "../lib/infotext/parse-infotext";
import { readImageGenerationData } from "../lib/infotext/read-image.server";
import { requireString, UsageError, type Command } from "./command";

export const cardCommands: Record<string, Command> = {
  infotext: {
    summary: "parse A1111 generation text as A1111's parse_generation_parameters does",
    usage: 'infotext "<text>"   | --jsonl: {"text"} → {"params": {...A1111 names, with "Prompt" and "Negative prompt"}}',
    fromArgs: (positional) => ({ text: positional.join(" ") }),
    run: (input) => ({ params: parseInfotext(requireString(input, "text")) }),
  },
  pnginfo: {
    summary: "read the prompt and parameters out of a PNG, JPEG or WebP (A1111, ComfyUI, NovelAI)",
    usage: 'pnginfo FILE --json → {"source", "prompt", "negative", "params"}',
    fromArgs: (positional) => ({ file: positional[0] }),
    run: (input) => {
      const file = requireString(input, "file");
      if (!fs.existsSync(file)) throw new UsageError(`no such file: ${file}`);
      const size = fs.statSync(file).size;
      if (size > 50 * 1024 * 1024) throw new AppError("payload_too_large", "The image is larger than 50 MB.", "图片超过 50 MB。");
      return readImageGenerationData(new Uint8Array(fs.readFileSync(file)));
    },
  },
};
