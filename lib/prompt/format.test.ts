import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parsePromptAttention } from "./attention";
import { formatPrompt } from "./format";

const corpus = fs
  .readFileSync(path.join(import.meta.dirname, "..", "..", "bench", "corpus", "prompts.jsonl"), "utf8")
  .split("\n").filter(Boolean).map((l) => (JSON.parse(l) as { prompt: string }).prompt);

describe("formatPrompt", () => {
  const cases: Array<[string, string]> = [
    [" masterpiece ,best quality,,  ( 1girl :1.2) ,", "masterpiece, best quality, (1girl:1.2)"],
    ["a,b", "a, b"],
    ["[ a : b : 5 ]", "[a:b:5]"],
    ["a\\, b", "a\\, b"],
    ["(a, ) [x|y ,z]", "(a,) [x|y, z]"],
    ["a BREAK b AND c:0.5", "a BREAK b AND c:0.5"],
  ];
  for (const [input, output] of cases) it(JSON.stringify(input), () => expect(formatPrompt(input)).toBe(output));

  it("changes no meaning on the whole corpus", () => {
    // Meaning: the parts between commas, whitespace-folded, each with its weight, and where BREAKs fall.
    const meaning = (text: string) =>
      parsePromptAttention(text)
        .flatMap(([part, weight]) =>
          weight === -1 ? ["BREAK"] : part.split(",").map((t) => t.replace(/\s+/g, " ").trim()).filter(Boolean).map((t) => `${t}@${weight}`))
        .join("|");
    const changed = corpus.filter((p) => meaning(formatPrompt(p)) !== meaning(p));
    expect(changed.map((p) => [p, formatPrompt(p)])).toEqual([]);
  });

  it("is idempotent", () => {
    for (const p of corpus.slice(0, 300)) expect(formatPrompt(formatPrompt(p))).toBe(formatPrompt(p));
  });
});
