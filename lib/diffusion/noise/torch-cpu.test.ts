import { describe, expect, it } from "vitest";
import reference from "./fixtures/randn.json";
import scalarReference from "./fixtures/randn-cpu-scalar.json";
import { expectMatchesSummary } from "./fixtures/summary";
import { TorchCpuGenerator, torchCpuRandn } from "./torch-cpu";

const count = (shape: number[]) => shape.reduce((n, d) => n * d, 1);

describe("torchCpuRandn (A1111's CPU source)", () => {
  it("gives torch.manual_seed(0); torch.randn(3, 4) (the scalar path under 16 elements)", () => {
    const expected = [1.5410, -0.2934, -2.1788, 0.5684, -1.0845, -1.3986, 0.4033, 0.838, -0.7193, -0.4033, -0.5966, 0.182];
    Array.from(torchCpuRandn(0, 12)).forEach((v, i) => expect(v).toBeCloseTo(expected[i], 4));
  });

  for (const c of reference.cpu) {
    it(`matches torch for seed ${c.seed}, shape ${c.shape.join("×")}`, () => {
      expectMatchesSummary(torchCpuRandn(c.seed, count(c.shape)), c);
    });
  }

  it("is bit-identical to x86 torch's AVX2 kernel on 1×4×64×64", () => {
    const c = reference.cpu.find((r) => r.seed === 42 && r.count === 16384)!;
    const values = torchCpuRandn(42, 16384);
    expect(Array.from(values.slice(0, 64))).toEqual(c.first64.map(Math.fround));
    expect(c.strided!.map((_, i) => values[i * c.stride!])).toEqual(c.strided!.map(Math.fround));
  });

  for (const s of reference.streams.filter((s) => s.source === "cpu")) {
    it(`continues the generator across calls (seed ${s.seed}, ${s.shape.join("×")}), keeping the cached normal`, () => {
      const generator = new TorchCpuGenerator(s.seed);
      for (const call of s.calls) expectMatchesSummary(generator.randn(count(s.shape)), call);
    });
  }

  for (const c of scalarReference.cases) {
    it(`matches the scalar kernel of non-AVX2 builds (seed ${c.seed}, ${c.shape.join("×")})`, () => {
      expectMatchesSummary(torchCpuRandn(c.seed, count(c.shape), "scalar"), c);
    });
  }
});
