import { describe, expect, it } from "vitest";
import { addNoise, eulerAncestralStep, eulerStep } from "./sampler-steps";

// Values spread over several magnitudes so that float32 rounding matters in every term.
const values = (seed: number, n: number) => Float32Array.from({ length: n }, (_, i) => Math.sin(seed * 1000 + i * 7.3) * 10 ** ((i % 7) - 3));

describe("eulerAncestralStep", () => {
  it("equals eulerStep followed by addNoise bit for bit", () => {
    const [x, denoised, noise] = [values(1, 4096), values(2, 4096), values(3, 4096)];
    const fused = eulerAncestralStep(x, denoised, 14.6, 9.1, noise, 3.3);
    const apart = addNoise(eulerStep(x, denoised, 14.6, 9.1), noise, 3.3);
    expect(Array.from(fused)).toEqual(Array.from(apart));
  });

  it("leaves its inputs alone and rejects noise of another size", () => {
    const x = values(4, 8);
    const copy = x.slice();
    eulerAncestralStep(x, values(5, 8), 2, 1, values(6, 8), 0.5);
    expect(x).toEqual(copy);
    expect(() => eulerAncestralStep(x, values(5, 8), 2, 1, values(6, 4), 0.5)).toThrow(RangeError);
  });
});
