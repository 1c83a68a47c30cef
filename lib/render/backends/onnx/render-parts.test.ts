import { describe, expect, it } from "vitest";
import type { RenderRequest } from "../../render-types";
import { rgbToTensor, tensorToRgb } from "./image-tensor";
import { renderInfotext } from "./render-infotext";
import { resolveSeeds } from "./render-seeds";

const request: RenderRequest = {
  prompt: "a cat", negative: "blurry", sampler: "DPM++ 2M Karras", steps: 30, cfgScale: 6, seed: 1015468391,
  width: 512, height: 768, batchCount: 1, batchSize: 1, noiseSource: "nv", model: null,
};

describe("render infotext", () => {
  it("writes A1111's parameters in its order", () => {
    expect(renderInfotext(request, { seed: 1015468391 }, { name: "ghostmix_v12", hash: "d7465e52e1abcdef" })).toBe(
      "a cat\nNegative prompt: blurry\nSteps: 30, Sampler: DPM++ 2M Karras, CFG scale: 6, Seed: 1015468391, Size: 512x768, Model hash: d7465e52e1, Model: ghostmix_v12",
    );
    const img2img = { ...request, negative: "", subseedStrength: 0.25, noiseSource: "cpu" as const, img2img: { image: new Uint8Array(), resizeMode: "just-resize" as const, denoisingStrength: 0.6 } };
    expect(renderInfotext(img2img, { seed: 3, subseed: 9 }, { name: "m", hash: null })).toBe(
      "a cat\nSteps: 30, Sampler: DPM++ 2M Karras, CFG scale: 6, Seed: 3, Size: 512x768, Model: m, Variation seed: 9, Variation seed strength: 0.25, Denoising strength: 0.6, RNG: CPU",
    );
  });
});

describe("resolveSeeds", () => {
  it("numbers images seed + i, or with a variation strength subseed + i; -1 draws a seed", () => {
    expect(resolveSeeds({ seed: 5, subseed: 2, batchCount: 2, batchSize: 2 })).toEqual({ seed: 5, subseed: 2, seeds: [5, 6, 7, 8], subseeds: [2, 3, 4, 5] });
    expect(resolveSeeds({ seed: 5, subseed: 2, subseedStrength: 0.5, batchCount: 1, batchSize: 3 }).seeds).toEqual([5, 5, 5]);
    expect(resolveSeeds({ seed: -1, subseed: -1, batchCount: 1, batchSize: 1 }, () => 0.5)).toMatchObject({ seed: 2147483647, subseed: 2147483647 });
  });
});

describe("image tensors", () => {
  it("maps [-1, 1] and [0, 1] to bytes as A1111 (clamped, truncated) and bytes back to [-1, 1]", () => {
    expect(Array.from(tensorToRgb(Float32Array.of(-1, 0, 1), 1, 1, "signed"))).toEqual([0, 127, 255]);
    expect(Array.from(tensorToRgb(Float32Array.of(-0.5, 0.5, 2), 1, 1, "unit"))).toEqual([0, 127, 255]);
    // planar RGB of two pixels → interleaved
    expect(Array.from(tensorToRgb(Float32Array.of(1, -1, -1, 1, 0, 0), 2, 1, "signed"))).toEqual([255, 0, 127, 0, 255, 127]);
    expect(Array.from(rgbToTensor(Uint8Array.of(0, 255, 51, 255, 0, 0), 2, 1)).map((v) => +v.toFixed(4))).toEqual([-1, 1, 1, -1, -0.6, -1]);
  });
});

describe("tensorToRgb with a stride", () => {
  it("keeps every stride-th pixel of each row and column", () => {
    // one channel plane per colour, 3×3, values 0..8 / 8 in "unit" range; R, G, B planes equal
    const plane = Array.from({ length: 9 }, (_, i) => i / 8);
    const rgb = tensorToRgb(Float32Array.from([...plane, ...plane, ...plane]), 3, 3, "unit", 2);
    expect(Array.from(rgb).filter((_, i) => i % 3 === 0)).toEqual([0, 2, 6, 8].map((i) => Math.trunc((i / 8) * 255)));
  });
});
