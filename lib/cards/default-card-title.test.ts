import { describe, expect, it } from "vitest";
import { defaultCardTitle } from "./default-card-title";

const cases: Array<{ prompt: string; title: string }> = [
  { prompt: "masterpiece, best quality, (1girl:1.2), red scarf, snowy street, night", title: "1girl, red scarf, snowy street" },
  { prompt: "score_9, score_8_up, source_anime, rating_safe, <lora:foo:0.8>, a knight", title: "a knight" },
  { prompt: "((masterpiece)), 8k, highres, ultra-detailed, 咖啡馆金发少女", title: "咖啡馆金发少女" },
  { prompt: "a_cat BREAK on a mat", title: "a cat, on a mat" },
  { prompt: "masterpiece, best quality", title: "" },
  { prompt: "", title: "" },
];

describe("defaultCardTitle", () => {
  for (const { prompt, title } of cases) it(JSON.stringify(prompt), () => expect(defaultCardTitle(prompt)).toBe(title));

  it("falls back when nothing is left, and stays short", () => {
    expect(defaultCardTitle("masterpiece", "Seed 5")).toBe("Seed 5");
    expect(defaultCardTitle("x".repeat(100)).length).toBe(60);
  });
});
