import { describe, expect, it } from "vitest";
import { latentPreview } from "./latent-preview";

describe("latentPreview (A1111's Approx cheap)", () => {
  it("maps each latent pixel through the 4×3 matrix, × 0.5 + 0.5, clamped and truncated to bytes", () => {
    // Two pixels (1×2): the first has only channel 0 = 1, the second is far out of range.
    const latents = Float32Array.of(1, -10, 0, -10, 0, -10, 0, 10);
    expect(Array.from(latentPreview(latents, 1, 2))).toEqual([165, 153, 154, 255, 0, 0, 0, 255]);
    expect(Array.from(latentPreview(latents, 1, 2, 3))).toEqual([165, 153, 154, 0, 0, 0]);
  });

  it("renders zero latents mid-grey and keeps the latent resolution, row by row", () => {
    const out = latentPreview(new Float32Array(4 * 8 * 6), 8, 6);
    expect(out).toHaveLength(8 * 6 * 4);
    expect(Array.from(out.slice(0, 4))).toEqual([127, 127, 127, 255]);
  });

  it("rejects latents smaller than 4 × height × width", () => {
    expect(() => latentPreview(new Float32Array(10), 2, 2)).toThrow(RangeError);
  });
});
