import { describe, expect, it } from "vitest";
import { applyCfg, applyComposableCfg } from "./guidance";

describe("classifier-free guidance", () => {
  const uncond = Float32Array.of(0.5, -1, 2);
  const cond = Float32Array.of(1, 1, 2);

  it("moves from uncond towards cond by the scale", () => {
    expect(applyCfg(uncond, cond, 7)).toEqual(Float32Array.of(4, 13, 2));
    expect(applyCfg(uncond, cond, 1)).toEqual(cond);
    expect(applyCfg(uncond, cond, 0)).toEqual(uncond);
  });

  it("adds each AND part's pull by its weight × scale (A1111's combine_denoised)", () => {
    const other = Float32Array.of(0.5, 0, 0);
    const out = applyComposableCfg(uncond, [{ denoised: cond, weight: 1 }, { denoised: other, weight: 0.5 }], 7);
    expect(Array.from(out)).toEqual([0.5 + 0.5 * 7, -1 + 2 * 7 + 1 * 3.5, 2 + 0 - 2 * 3.5]);
    expect(applyComposableCfg(uncond, [{ denoised: cond, weight: 1 }], 7)).toEqual(applyCfg(uncond, cond, 7));
    expect(uncond).toEqual(Float32Array.of(0.5, -1, 2));
  });

  it("rejects predictions of different sizes", () => {
    expect(() => applyCfg(uncond, new Float32Array(2), 7)).toThrow(RangeError);
    expect(() => applyComposableCfg(uncond, [{ denoised: new Float32Array(2), weight: 1 }], 7)).toThrow(RangeError);
  });
});
