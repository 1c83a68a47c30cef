import { createImageNoise } from "../lib/diffusion/noise/randn";
import type { NoiseSource } from "../lib/diffusion/sampling-types";
import { optionalNumber, UsageError, type Command } from "./command";

const SOURCES: NoiseSource[] = ["nv", "cpu"];
const MAX_VALUES = 1 << 22;

function seedOf(input: Record<string, unknown>, key: string, fallback?: number): number {
  if (input[key] === undefined && fallback === undefined) throw new UsageError(`"${key}" is required`);
  const seed = optionalNumber(input, key, fallback ?? 0);
  if (!Number.isSafeInteger(seed) || seed < 0) throw new UsageError(`"${key}" must be a whole number ≥ 0`);
  return seed;
}

function shapeOf(input: Record<string, unknown>): number[] {
  const raw = input.shape ?? "1,4,64,64";
  const parts = Array.isArray(raw) ? raw : typeof raw === "string" ? raw.split(",") : [];
  const shape = parts.map((d) => (typeof d === "string" && d.trim() !== "" ? Number(d) : d));
  if (!shape.length || !shape.every((d) => Number.isSafeInteger(d) && (d as number) > 0)) {
    throw new UsageError(`"shape" must be positive whole numbers such as 1,4,64,64`);
  }
  const count = (shape as number[]).reduce((n, d) => n * d, 1);
  if (count > MAX_VALUES) throw new UsageError(`"shape" has ${count} values; at most ${MAX_VALUES}`);
  return shape as number[];
}

function sourceOf(input: Record<string, unknown>): NoiseSource {
  const source = input.source ?? "nv";
  if (!SOURCES.includes(source as NoiseSource)) throw new UsageError(`"source" must be one of ${SOURCES.join(", ")}`);
  return source as NoiseSource;
}

/** `promptstudio noise`: A1111's initial noise for a seed, to compare with a WebUI's. */
export const noiseCommands: Record<string, Command> = {
  noise: {
    summary: "A1111's initial noise for a seed (NV = CUDA's torch.randn, or torch's CPU generator)",
    usage:
      'noise --seed S [--shape 1,4,64,64] [--source nv|cpu] [--subseed S --subseed-strength 0.3]   | --jsonl: {"seed", "shape", "source"} → {"values"}',
    fromArgs: (_positional, flags) => ({
      seed: flags.seed,
      shape: flags.shape,
      source: flags.source,
      subseed: flags.subseed,
      subseedStrength: flags["subseed-strength"],
    }),
    run: (input) => {
      const shape = shapeOf(input);
      const subseedStrength = optionalNumber(input, "subseedStrength", 0);
      const noise = createImageNoise(seedOf(input, "seed"), shape, {
        source: sourceOf(input),
        subseed: seedOf(input, "subseed", 0),
        subseedStrength,
      });
      return { values: Array.from(noise.initial) };
    },
  },
};
