import { createNoise } from "../lib/diffusion/noise/randn";
import { sample, spread } from "./measure";

const SHAPE = [1, 4, 64, 64];

/** Time to make the initial noise of one 512×512 image (1×4×64×64) from each source (goal ≤ 1 ms). */
export async function benchNoise(): Promise<void> {
  console.log("noise: 1×4×64×64 (16,384 values), a new seed each run");
  for (const source of ["nv", "cpu"] as const) {
    let seed = 0;
    const times = await sample(200, () => createNoise(seed++, SHAPE, source), 20);
    console.log(`  ${source.padEnd(4)} ${spread(times, "ms", 3)} (goal ≤ 1 ms)`);
  }
}
