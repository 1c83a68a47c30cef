import { describe, expect, it } from "vitest";
import { DEFAULT_RENDER_TIMING, estimateRenderSeconds, measureRenderTiming } from "./render-timing";

describe("render time estimates", () => {
  it("scales the last measured image by steps and pixels", () => {
    const timing = measureRenderTiming({ steps: 10, width: 256, height: 256 }, 4000, 2);
    expect(timing).toEqual({ secondsPerImage: 2, steps: 10, pixels: 65536, measured: true });
    expect(estimateRenderSeconds([{ steps: 20, width: 256, height: 256 }, { steps: 10, width: 512, height: 256 }], timing)).toBe(8);
  });

  it("falls back to a default of 10 s per 20-step 512×512 image", () => {
    expect(estimateRenderSeconds(Array(5).fill({ steps: 20, width: 512, height: 512 }), DEFAULT_RENDER_TIMING)).toBe(50);
    expect(DEFAULT_RENDER_TIMING.measured).toBe(false);
  });
});
