import fs from "node:fs";
import { tagImage } from "../lib/tagger/tag-image.server";
import { optionalNumber, requireString, UsageError, type Command } from "./command";

const MAX_FILE_BYTES = 50 * 1024 * 1024;
const round = (n: number) => Math.round(n * 10_000) / 10_000;

function mode(input: Record<string, unknown>): "tagger" | "clip" {
  const value = input.mode ?? "tagger";
  if (value !== "tagger" && value !== "clip") throw new UsageError('"mode" must be "tagger" or "clip"');
  return value;
}

function threshold(input: Record<string, unknown>, key: string): number | undefined {
  if (input[key] === undefined) return undefined;
  const value = optionalNumber(input, key, 0);
  if (value < 0 || value > 1) throw new UsageError(`"${key}" must be between 0 and 1`);
  return value;
}

async function run(input: Record<string, unknown>) {
  const file = requireString(input, "file");
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new UsageError(`no such file: ${file}`);
  if (fs.statSync(file).size > MAX_FILE_BYTES) throw new UsageError(`${file} is larger than 50 MB`);
  const model = input.model === undefined ? null : requireString(input, "model");
  const result = await tagImage(new Uint8Array(fs.readFileSync(file)), {
    mode: mode(input),
    model,
    folders: true,
    thresholds: { general: threshold(input, "threshold"), character: threshold(input, "characterThreshold") },
    clip: { top: input.top === undefined ? undefined : optionalNumber(input, "top", 24) },
  });
  return {
    tags: result.tags.map(({ tag, zh, score }) => ({ tag, zh, score: round(score) })),
    ratings: result.ratings.map(({ name, zh, score }) => ({ name, zh, score: round(score) })),
    hiddenExplicit: result.hiddenExplicit,
    model: result.model,
  };
}

export const taggerCommands: Record<string, Command> = {
  "tag-image": {
    summary: "Danbooru tags (with Chinese names and confidences) from an image, with a WD-style tagger or CLIP for photos",
    usage: "tag-image FILE [--threshold 0.35] [--character-threshold 0.85] [--mode tagger|clip] [--top 24] [--model <id|folder>] [--json]",
    fromArgs: ([file], flags) => ({
      file,
      threshold: flags.threshold,
      characterThreshold: flags["character-threshold"],
      mode: flags.mode,
      top: flags.top,
      model: flags.model,
    }),
    run,
  },
};
