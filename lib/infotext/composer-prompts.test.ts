import { describe, expect, it } from "vitest";
import { toComposerPrompts } from "./composer-prompts";
import { GOLDEN } from "./fixtures/generation-golden";
import type { GenerationData } from "./generation-data";

const data = (source: GenerationData["source"], prompt: string, negative = ""): GenerationData => ({ source, prompt, negative, params: {} });

describe("toComposerPrompts", () => {
  const cases = [
    { data: data("novelai", "1girl, {smile}", "[[lowres]]"), expected: { prompt: "1girl, (smile:1.05)", negative: "(lowres:0.91)" } },
    { data: data("comfyui", "a [red] cat, (fur:1.2)"), expected: { prompt: "a \\[red\\] cat, (fur:1.2)", negative: "" } },
    { data: data("fooocus", "cinematic [still]", "lowres"), expected: { prompt: "cinematic \\[still\\]", negative: "lowres" } },
    { data: data("a1111", "a [red] cat", "dog"), expected: { prompt: "a [red] cat", negative: "dog" } },
    { data: data("invokeai", "a (cat)++", ""), expected: { prompt: "a (cat)++", negative: "" } },
  ];
  for (const { data: input, expected } of cases) {
    it(`${input.source}: ${input.prompt}`, () => expect(toComposerPrompts(input)).toEqual(expected));
  }

  it("hands every tool's prompts to the composer as text", () => {
    for (const { expected } of GOLDEN) {
      const out = toComposerPrompts(expected);
      expect(typeof out.prompt).toBe("string");
      expect(typeof out.negative).toBe("string");
      expect(out.prompt.length).toBeGreaterThan(0);
    }
  });
});
