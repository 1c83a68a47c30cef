/**
 * Initial and per-step noise exactly as AUTOMATIC1111 makes it (modules/rng.py ImageRNG, modules/processing.py seeds),
 * for either "Random number generator source": "nv" (rng_philox, equal to CUDA torch.randn) or "cpu" (torch's CPU
 * generator). A shape is one image's latent shape, e.g. [4, 64, 64] or [1, 4, 64, 64]; only its element count
 * matters to the generators, and its last two dimensions to the variation slerp.
 */
import type { NoiseSource } from "../sampling-types";
import { philoxRandn } from "./philox";
import { slerpNoise } from "./slerp";
import { TorchCpuGenerator } from "./torch-cpu";

/** Variation ("subseed") and ancestral-noise settings of one image, as A1111's generation parameters. */
export interface NoiseOptions {
  source: NoiseSource;
  /** Variation seed; used only when `subseedStrength` is not 0. */
  subseed?: number;
  /** Variation strength: 0 keeps the seed's noise, 1 gives the variation seed's noise. */
  subseedStrength?: number;
  /** A1111's "Eta noise seed delta" (ENSD, e.g. 31337): re-seeds the per-step noise with seed + delta. */
  etaNoiseSeedDelta?: number;
}

/** A1111's seed and subseed of every image in a batch. */
export interface BatchSeeds {
  seeds: number[];
  subseeds: number[];
}

const elementCount = (shape: readonly number[]) => shape.reduce((n, d) => n * d, 1);

/** One stream of standard normals of one size: A1111's per-image generator (randn, then randn_without_seed). */
interface NormalStream {
  next(): Float32Array;
}

function openStream(seed: number, count: number, source: NoiseSource): NormalStream {
  if (source === "nv") {
    let offset = 0;
    return { next: () => philoxRandn(seed, count, offset++) };
  }
  const generator = new TorchCpuGenerator(seed);
  return { next: () => generator.randn(count) };
}

/**
 * torch.randn(shape) right after seeding with `seed`, from the chosen source, flattened.
 * @example createNoise(0, [1, 4, 64, 64], "nv").slice(0, 3) // [-0.9246624, -0.4253440, -2.6438458]
 */
export function createNoise(seed: number, shape: readonly number[], source: NoiseSource): Float32Array {
  return openStream(seed, elementCount(shape), source).next();
}

/**
 * A1111's seeds for `count` images from one seed: seed + i, or, when a variation strength is set, the same seed for
 * every image and subseed + i (processing.py's all_seeds / all_subseeds).
 */
export function batchSeeds(seed: number, count: number, subseed = 0, subseedStrength = 0): BatchSeeds {
  const index = Array.from({ length: count }, (_, i) => i);
  return {
    seeds: index.map((i) => seed + (subseedStrength === 0 ? i : 0)),
    subseeds: index.map((i) => subseed + i),
  };
}

/** The noise of one image: its initial noise (with the variation slerp applied) and its per-step noise after that. */
export interface ImageNoise {
  /** The starting noise, before scaling by the first sigma. */
  initial: Float32Array;
  /** The next per-step noise (ancestral samplers), continuing the image's generator as A1111's ImageRNG.next. */
  next(): Float32Array;
}

/**
 * A1111's ImageRNG for one image: `initial` is randn(seed) slerped towards randn(subseed) by subseedStrength; `next()`
 * continues the seed's own generator (Philox offset 1, 2, … or the CPU stream), re-seeded with seed + ENSD if set.
 */
export function createImageNoise(seed: number, shape: readonly number[], options: NoiseOptions): ImageNoise {
  const count = elementCount(shape);
  let stream = openStream(seed, count, options.source);
  let initial = stream.next();
  const strength = options.subseedStrength ?? 0;
  if (strength !== 0) {
    const subnoise = createNoise(options.subseed ?? 0, shape, options.source);
    initial = slerpNoise(strength, initial, subnoise, shape);
  }
  const delta = options.etaNoiseSeedDelta ?? 0;
  if (delta !== 0) stream = openStream(seed + delta, count, options.source);
  return { initial, next: () => stream.next() };
}

/**
 * The initial noise of each of `count` images of a batch, with A1111's seed + i convention (see batchSeeds).
 * @example batchNoise(42, 2, [4, 8, 8], { source: "cpu" }) // [randn after seed 42, randn after seed 43]
 */
export function batchNoise(seed: number, count: number, shape: readonly number[], options: NoiseOptions): Float32Array[] {
  const { seeds, subseeds } = batchSeeds(seed, count, options.subseed ?? 0, options.subseedStrength ?? 0);
  return seeds.map((s, i) => createImageNoise(s, shape, { ...options, subseed: subseeds[i] }).initial);
}
