import { parseInfotext } from "../lib/infotext/parse-infotext";
import { readImageFileGenerationData } from "../lib/infotext/read-image-file.server";
import { requireString, type Command } from "./command";
import { writePngInfoLines } from "./pnginfo-files";

export const cardCommands: Record<string, Command> = {
  infotext: {
    summary: "parse A1111 generation text as A1111's parse_generation_parameters does",
    usage: 'infotext "<text>"   | --jsonl: {"text"} → {"params": {...A1111 names, with "Prompt" and "Negative prompt"}}',
    fromArgs: (positional) => ({ text: positional.join(" ") }),
    run: (input) => ({ params: parseInfotext(requireString(input, "text")) }),
  },
  pnginfo: {
    summary: "read the prompt and parameters out of images from A1111, ComfyUI, NovelAI, Fooocus, InvokeAI, SwarmUI, Easy Diffusion and Draw Things",
    usage: 'pnginfo FILE --json → {"source", "prompt", "negative", "params"}   | pnginfo FILE... or FOLDER --jsonl → one line per image: {"file", "source", …} or {"file", "error"}',
    fromArgs: (positional) => ({ file: positional[0] }),
    run: (input) => readImageFileGenerationData(requireString(input, "file")),
    runFiles: writePngInfoLines,
  },
};
