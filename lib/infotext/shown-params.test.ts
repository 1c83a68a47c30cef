import { describe, expect, it } from "vitest";
import { fromInfotext } from "./a1111";
import { shownParams } from "./shown-params";

describe("shownParams", () => {
  it("shows what A1111's text says, not the ~25 defaults A1111's parser fills in, and the size as W×H", () => {
    const data = fromInfotext('1girl\nNegative prompt: lowres\nSteps: 25, Sampler: DPM++ 2M Karras, CFG scale: 7, Seed: 1234, Size: 512x768, Lora hashes: "a: 1, b: 2"');
    expect(shownParams(data)).toEqual([["Steps", "25"], ["Sampler", "DPM++ 2M Karras"], ["CFG scale", "7"], ["Seed", "1234"], ["Size", "512×768"], ["Lora hashes", "a: 1, b: 2"]]);
    expect(Object.keys(data.params)).toContain("FP8 weight"); // the full parse is still there
  });

  it("shows other tools' settings with their sizes joined", () => {
    expect(shownParams({ source: "comfyui", prompt: "p", negative: "", params: { Prompt: "p", Steps: 20, "Size-1": 512, "Size-2": 768, Sampler: "Euler" } }))
      .toEqual([["Steps", "20"], ["Size", "512×768"], ["Sampler", "Euler"]]);
  });
});
