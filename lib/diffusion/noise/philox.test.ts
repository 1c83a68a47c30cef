import { describe, expect, it } from "vitest";
import reference from "./fixtures/randn.json";
import { expectMatchesSummary } from "./fixtures/summary";
import { philoxRandn } from "./philox";

const count = (shape: number[]) => shape.reduce((n, d) => n * d, 1);

describe("philoxRandn (A1111's NV source)", () => {
  it("gives CUDA torch.randn's values for seed 0 (rng_philox's docstring example)", () => {
    const expected = [-0.9246624, -0.42534396, -2.6438458, 0.14518388, -0.12086651, -0.5797257, -0.6228513, -0.32838714];
    Array.from(philoxRandn(0, 8)).forEach((v, i) => expect(v).toBeCloseTo(expected[i], 6));
  });

  for (const c of reference.nv) {
    it(`matches rng_philox for seed ${c.seed}, shape ${c.shape.join("×")}`, () => {
      expectMatchesSummary(philoxRandn(c.seed, count(c.shape)), c);
    });
  }

  it("is bit-identical to the numpy rng_philox on 1×4×64×64", () => {
    const c = reference.nv.find((r) => r.seed === 1015468391 && r.count === 16384)!;
    const values = philoxRandn(c.seed, c.count);
    expect(Array.from(values.slice(0, 64))).toEqual(c.first64.map(Math.fround));
    expect(c.strided!.map((_, i) => values[i * c.stride!])).toEqual(c.strided!.map(Math.fround));
  });

  for (const s of reference.streams.filter((s) => s.source === "nv")) {
    it(`continues at offset 1, 2 for later calls (seed ${s.seed}, ${s.shape.join("×")})`, () => {
      s.calls.forEach((call, offset) => expectMatchesSummary(philoxRandn(s.seed, count(s.shape), offset), call));
    });
  }

  it("keys on all 64 bits of the seed and counts the offset", () => {
    expect(philoxRandn(2 ** 32 + 5, 4)).not.toEqual(philoxRandn(5, 4));
    expect(philoxRandn(5, 4, 3)).not.toEqual(philoxRandn(5, 4, 0));
  });
});
