import { describe, expect, it } from "vitest";
import { readGenerationDataFromPaste, readGenerationDataFromText } from "./read-generation-data";

describe("readGenerationData", () => {
  it("prefers A1111 parameters, then ComfyUI, then NovelAI", () => {
    expect(readGenerationDataFromText({ parameters: "a cat\nNegative prompt: dog\nSteps: 20, Sampler: Euler, Seed: 1" })).toMatchObject({ source: "a1111", prompt: "a cat", negative: "dog" });
    const prompt = JSON.stringify({ "1": { class_type: "KSampler", inputs: { positive: ["2", 0], negative: ["3", 0] } }, "2": { class_type: "CLIPTextEncode", inputs: { text: "p" } }, "3": { class_type: "CLIPTextEncode", inputs: { text: "n" } } });
    expect(readGenerationDataFromText({ prompt, workflow: "{}" })).toMatchObject({ source: "comfyui", prompt: "p", negative: "n" });
    expect(readGenerationDataFromText({ Comment: JSON.stringify({ prompt: "x", uc: "y", steps: 1 }) })).toMatchObject({ source: "novelai", prompt: "x", negative: "y" });
  });

  it("says clearly when there is nothing to read", () => {
    expect(() => readGenerationDataFromText({ Software: "GIMP" })).toThrow(/No generation data/);
    expect(() => readGenerationDataFromPaste("   ")).toThrow(/Paste/);
    expect(() => readGenerationDataFromPaste('{"not": "a workflow"}')).toThrow(/not a ComfyUI workflow/);
  });

  it("reads pasted A1111 text and JSON", () => {
    expect(readGenerationDataFromPaste("x\nSteps: 1, Seed: 2, Size: 3x4").params["Size-2"]).toBe("4");
    expect(readGenerationDataFromPaste(JSON.stringify({ prompt: "q", uc: "", scale: 5 })).source).toBe("novelai");
  });
});
