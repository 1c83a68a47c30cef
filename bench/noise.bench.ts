import { createNoise } from "../lib/diffusion/noise/randn";
import { bestOf, fmt } from "./measure";

const SHAPE = [1, 4, 64, 64];

/** Time to make the initial noise of one 512×512 image (1×4×64×64) from each source (goal: under 2 ms). */
export async function benchNoise(): Promise<void> {
  console.log("noise: 1×4×64×64 (16,384 values), best of 20");
  for (const source of ["nv", "cpu"] as const) {
    let seed = 0;
    const ms = await bestOf(20, () => createNoise(seed++, SHAPE, source));
    console.log(`  ${source.padEnd(4)} ${fmt(ms, 3)} ms (goal < 2 ms)`);
  }
}
