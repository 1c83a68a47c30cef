import { describe, expect, it } from "vitest";
import { splitGenerationText } from "./generation-text";
import { looksLikeGenerationText } from "./looks-like-generation-text";

const PASTED = "masterpiece, 1girl, solo\nNegative prompt: lowres, bad hands\nSteps: 25, Sampler: DPM++ 2M Karras, CFG scale: 7, Seed: 1234, Size: 512x768";

describe("generation text pasted into a prompt box", () => {
  it.each([
    [PASTED, true],
    ["1girl, solo\nSteps: 20, Sampler: Euler a, CFG scale: 7, Seed: 1", true],
    ["1girl\nNegative prompt: lowres", true],
    ["1girl, solo, smile", false],
    ["1girl, (smile:1.2)\nlong hair, blue eyes", false],
    ["a: b, c: d, e: f", false],
    ["Negative prompt: lowres", false],
  ])("%j → %s", (text, expected) => {
    expect(looksLikeGenerationText(text)).toBe(expected);
  });

  it("splits into prompt, negative and parameters", () => {
    const { prompt, negative, params } = splitGenerationText(PASTED);
    expect([prompt, negative]).toEqual(["masterpiece, 1girl, solo", "lowres, bad hands"]);
    expect(params).toMatchObject({ Steps: "25", Sampler: "DPM++ 2M Karras", Seed: "1234", "Size-1": "512", "Size-2": "768" });
  });
});
