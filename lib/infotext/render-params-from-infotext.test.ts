import { describe, expect, it } from "vitest";
import { parseInfotext } from "./parse-infotext";
import { renderParamsFromInfotext, samplerFromInfotext } from "./render-params-from-infotext";

describe("renderParamsFromInfotext", () => {
  it("carries what A1111's Send to txt2img carries", () => {
    const params = parseInfotext("1girl, solo\nNegative prompt: lowres\nSteps: 25, Sampler: DPM++ 2M Karras, CFG scale: 6.5, Seed: 1234, Size: 512x768, " +
      "Model hash: 6ce0161689, Model: anything-v5, Variation seed: 99, Variation seed strength: 0.3, Denoising strength: 0.45, Version: v1.6.0");
    expect(renderParamsFromInfotext(params)).toEqual({
      sampler: "DPM++ 2M Karras", steps: 25, cfgScale: 6.5, seed: 1234, width: 512, height: 768, subseed: 99, subseedStrength: 0.3,
      denoisingStrength: 0.45, model: { name: "anything-v5", hash: "6ce0161689" },
    });
  });

  it("leaves out what the text does not say (no defaults)", () => {
    expect(renderParamsFromInfotext(parseInfotext("a cat\nSteps: 20, Sampler: Euler a, Seed: 5"))).toEqual({ sampler: "Euler a", steps: 20, seed: 5 });
  });

  it.each([
    ["DPM++ 2M", "Karras", { sampler: "DPM++ 2M Karras" }],
    ["DPM++ 2M", "Automatic", { sampler: "DPM++ 2M Karras" }],
    ["Euler a", "Automatic", { sampler: "Euler a" }],
    ["Euler", undefined, { sampler: "Euler" }],
    ["DPM++ SDE", "Karras", { other: "DPM++ SDE Karras" }],
    ["UniPC", undefined, { other: "UniPC" }],
  ])("reads sampler %s with schedule %s", (sampler, schedule, expected) => {
    expect(samplerFromInfotext(sampler, schedule)).toEqual(expected);
  });
});
