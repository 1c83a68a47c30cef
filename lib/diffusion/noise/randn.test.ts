import { describe, expect, it } from "vitest";
import reference from "./fixtures/slerp.json";
import { expectMatchesSummary } from "./fixtures/summary";
import { philoxRandn } from "./philox";
import { batchNoise, batchSeeds, createImageNoise, createNoise } from "./randn";
import { slerpNoise } from "./slerp";
import { TorchCpuGenerator, torchCpuRandn } from "./torch-cpu";
import type { NoiseSource } from "../sampling-types";

describe("createNoise", () => {
  it("draws from the chosen source; only the element count of the shape matters", () => {
    expect(createNoise(42, [1, 4, 8, 8], "nv")).toEqual(philoxRandn(42, 256));
    expect(createNoise(42, [1, 4, 8, 8], "cpu")).toEqual(torchCpuRandn(42, 256));
    expect(createNoise(42, [4, 8, 8], "cpu")).toEqual(createNoise(42, [1, 4, 8, 8], "cpu"));
  });
});

describe("slerpNoise (A1111's variation seed)", () => {
  for (const c of reference.cases) {
    it(`matches A1111's slerp in torch (${c.source}, seed ${c.seed} → ${c.subseed} at ${c.subseedStrength})`, () => {
      const source = c.source as NoiseSource;
      const image = createImageNoise(c.seed, c.shape, { source, subseed: c.subseed, subseedStrength: c.subseedStrength });
      expectMatchesSummary(image.initial, c);
    });
  }

  it("takes the linear branch, weights reversed as in A1111, when the noises are nearly parallel", () => {
    const low = createNoise(3, [4, 8, 8], "cpu");
    const high = low.map((v, i) => v + 1e-3 * Math.sin(i));
    const out = slerpNoise(0.25, low, high, [4, 8, 8]);
    out.forEach((v, i) => expect(v).toBeCloseTo(low[i] * 0.25 + high[i] * 0.75, 6));
  });
});

describe("batch seeds and per-step noise", () => {
  it("gives image i seed + i, or with a variation strength the same seed and subseed + i", () => {
    expect(batchSeeds(10, 3)).toEqual({ seeds: [10, 11, 12], subseeds: [0, 1, 2] });
    expect(batchSeeds(10, 3, 7, 0.5)).toEqual({ seeds: [10, 10, 10], subseeds: [7, 8, 9] });
    const [a, b] = batchNoise(10, 2, [4, 8, 8], { source: "nv" });
    expect(a).toEqual(createNoise(10, [4, 8, 8], "nv"));
    expect(b).toEqual(createNoise(11, [4, 8, 8], "nv"));
    const varied = batchNoise(10, 2, [4, 8, 8], { source: "cpu", subseed: 7, subseedStrength: 0.5 });
    const low = createNoise(10, [4, 8, 8], "cpu");
    expect(varied[1]).toEqual(slerpNoise(0.5, low, createNoise(8, [4, 8, 8], "cpu"), [4, 8, 8]));
  });

  it("continues each image's own generator for ancestral noise, re-seeded by ENSD when set", () => {
    const nv = createImageNoise(5, [4, 8, 8], { source: "nv" });
    expect(nv.next()).toEqual(philoxRandn(5, 256, 1));
    expect(nv.next()).toEqual(philoxRandn(5, 256, 2));

    const cpu = createImageNoise(5, [4, 8, 8], { source: "cpu", etaNoiseSeedDelta: 31337 });
    const ensd = new TorchCpuGenerator(5 + 31337);
    expect(cpu.initial).toEqual(torchCpuRandn(5, 256));
    expect(cpu.next()).toEqual(ensd.randn(256));
    expect(cpu.next()).toEqual(ensd.randn(256));
  });
});
