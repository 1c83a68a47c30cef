import { describe, expect, it } from "vitest";
import { cardParamsFromInfotext } from "./card-params-from-infotext";

describe("cardParamsFromInfotext", () => {
  it("keeps the prompts and only the parameters the infotext names", () => {
    expect(cardParamsFromInfotext("a cat, (fluffy:1.2)\nNegative prompt: lowres\nSteps: 20, Sampler: DPM++ 2M Karras, CFG scale: 7, Seed: 5, Size: 512x768, Model: sd15")).toEqual({
      prompt: "a cat, (fluffy:1.2)",
      negative: "lowres",
      params: { Steps: "20", Sampler: "DPM++ 2M Karras", "CFG scale": "7", Seed: "5", "Size-1": "512", "Size-2": "768", Model: "sd15" },
    });
  });
});
