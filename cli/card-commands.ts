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
    run: (input) => readImageGenerationData(readImageFile(requireString(input, "file"))),
  },
};

const MAX_IMAGE_BYTES = 50 * 1024 * 1024;

// Looks before it reads: a directory, a device (/dev/zero never ends) or a FIFO is refused without opening it, and
// no more than the size seen is read, so a file that grows meanwhile cannot make the read unbounded.
function readImageFile(file: string): Uint8Array {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new UsageError(`no such file: ${file}`);
  }
  if (stat.isDirectory()) throw new UsageError(`${file} is a directory, not an image file`);
  if (!stat.isFile()) throw new UsageError(`${file} is not a regular file (a device, socket or pipe): give the path of an image file`);
  if (stat.size > MAX_IMAGE_BYTES) throw new AppError("payload_too_large", "The image is larger than 50 MB.", "图片超过 50 MB。");
  const bytes = new Uint8Array(stat.size);
  const fd = fs.openSync(file, "r");
  try {
    let at = 0;
    while (at < bytes.length) {
      const n = fs.readSync(fd, bytes, at, bytes.length - at, at);
      if (n === 0) break;
      at += n;
    }
    return bytes.subarray(0, at);
  } finally {
    fs.closeSync(fd);
  }
}
