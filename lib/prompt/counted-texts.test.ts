import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { splitComposablePrompt } from "./composable";
import { countedTexts, countedVariants } from "./counted-texts";
import { stripExtraNetworks } from "./extra-networks";
import { getPromptSchedules } from "./schedules";

const corpus = fs.readFileSync(path.join(import.meta.dirname, "../../bench/corpus/prompts.jsonl"), "utf8")
  .split("\n").filter(Boolean).map((line) => (JSON.parse(line) as { prompt: string }).prompt);

// A1111's update_token_counter, literally: networks out, AND parts, every schedule entry of each, in order.
const reference = (prompt: string, isNegative: boolean) => {
  const { text } = stripExtraNetworks(prompt);
  const parts = isNegative ? [text] : splitComposablePrompt(text).map((p) => p.text);
  return [...new Set(parts.flatMap((part) => getPromptSchedules(part, 20).map(([, t]) => t)))];
};

describe("countedVariants (the texts A1111's counter measures)", () => {
  it("removes extra networks, splits AND and resolves each part's schedules", () => {
    expect(countedTexts("a, [cat|dog] AND b")).toEqual(["a, cat", "a, dog", " b"]);
    expect(countedTexts("a cat <lora:x:1>")).toEqual(["a cat"]);
    expect(countedTexts("a AND b", { isNegative: true })).toEqual(["a AND b"]);
    expect(countedTexts("[a:b:10]", { steps: 20 })).toEqual(["a", "b"]);
  });

  it("keeps the pieces no step changes as the part's own text", () => {
    const [first, second] = countedVariants("cat, dog, bird, [fish|cow], pig");
    expect(first.pieces.join("")).toBe("cat, dog, bird, fish, pig");
    expect(second.pieces.join("")).toBe("cat, dog, bird, cow, pig");
    const kept = first.pieces.filter((_, k) => !first.rendered[k]);
    expect(kept.length).toBeGreaterThan(0);
    kept.forEach((piece) => expect(second.pieces).toContain(piece));
  });

  it("renders only the tags around a change: the rest of the part is pieces every variant shares", () => {
    const prompt = "masterpiece, best quality, 1girl, solo, long hair, [red|blue] dress, smile, outdoors, sky, cloud";
    const variants = countedVariants(prompt);
    expect(variants.map((v) => v.pieces.join(""))).toEqual([prompt.replace("[red|blue]", "red"), prompt.replace("[red|blue]", "blue")]);
    for (const variant of variants) {
      const rendered = variant.pieces.filter((_, k) => variant.rendered[k]);
      expect(rendered).toHaveLength(1);
      expect(rendered[0].trim()).toMatch(/^(red|blue) dress,$/);
    }
  });

  it(`lists what A1111 lists for all ${corpus.length} corpus prompts, positive and negative`, () => {
    const wrong = corpus.filter((p) => [false, true].some((isNegative) =>
      JSON.stringify(countedTexts(p, { isNegative })) !== JSON.stringify(reference(p, isNegative))));
    expect(wrong).toEqual([]);
  });
});
