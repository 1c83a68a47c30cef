import type { RenderRequest } from "../../render-types";
import { batchSeeds } from "../../../diffusion/noise/randn";

/** The seeds of a render: -1 resolved, and every image's seed and variation seed (A1111's all_seeds / all_subseeds). */
export interface RenderSeeds {
  seed: number;
  subseed: number;
  seeds: number[];
  subseeds: number[];
}

/** A1111's random seed: a whole number below 4294967294. */
export const randomSeed = (random: () => number = Math.random) => Math.floor(random() * 4294967294);

/**
 * Resolves -1 seeds to random ones and lists each image's seeds: seed + i, or with a variation strength the same seed
 * for all and subseed + i.
 * @example resolveSeeds({ seed: 5, batchCount: 2, batchSize: 2 }).seeds // [5, 6, 7, 8]
 */
export function resolveSeeds(request: Pick<RenderRequest, "seed" | "subseed" | "subseedStrength" | "batchCount" | "batchSize">, random?: () => number): RenderSeeds {
  const seed = request.seed === -1 ? randomSeed(random) : request.seed;
  const subseed = (request.subseed ?? -1) === -1 ? randomSeed(random) : request.subseed!;
  const { seeds, subseeds } = batchSeeds(seed, request.batchCount * request.batchSize, subseed, request.subseedStrength ?? 0);
  return { seed, subseed, seeds, subseeds };
}
