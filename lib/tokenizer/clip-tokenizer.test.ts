import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { getClipTokenizer } from "./load.server";

// Golden ids from an independent Python re-implementation of OpenAI's reference tokenizer (see fixtures/README.md):
// 1,000 corpus prompts and 110 edge cases (emoji, CJK, HTML entities, full-width text, numbers, a 2,000-word prompt).
const fixture = fs
  .readFileSync(path.join(import.meta.dirname, "fixtures", "clip-reference.jsonl"), "utf8")
  .split("\n")
  .filter(Boolean)
  .map((line) => JSON.parse(line) as { text: string; ids: number[] });

describe("ClipTokenizer.encode matches OpenAI's reference ids", () => {
  const tokenizer = getClipTokenizer();

  it("on the documented example", () => {
    expect(tokenizer.encode("a photo of a cat")).toEqual([320, 1125, 539, 320, 2368]);
  });

  it(`on all ${fixture.length} golden cases`, () => {
    const mismatches = fixture.filter(({ text, ids }) => JSON.stringify(tokenizer.encode(text)) !== JSON.stringify(ids));
    expect(mismatches.map((m) => m.text.slice(0, 80))).toEqual([]);
  });

  const spot: Array<[string, number[]]> = [
    ["", []],
    ["Ｈｅｌｌｏ（ｗｏｒｌｄ）", tokenizer.encode("hello(world)")],
    ["“quoted” ‘text’", tokenizer.encode('"quoted" \'text\'')],
    ["&amp;&lt;&gt;", tokenizer.encode("&<>")],
    ["ﬁne", tokenizer.encode("fine")],
    // ftfy drops the tag characters of a subdivision flag (England's) and the musical format controls.
    ["flag 🏴\u{e0067}\u{e0062}\u{e0065}\u{e006e}\u{e0067}\u{e007f}", tokenizer.encode("flag 🏴")],
    ["a\u{1d173}b", tokenizer.encode("ab")],
  ];
  for (const [text, ids] of spot) it(`cleans ${JSON.stringify(text)} like the reference`, () => expect(tokenizer.encode(text)).toEqual(ids));

  it("survives lone surrogates and control characters", () => {
    expect(() => tokenizer.encode("\ud800 a \udfff\u0000\u0007b")).not.toThrow();
    expect(tokenizer.encode("a\u0000b")).toEqual(tokenizer.encode("ab"));
  });

  it("decodes back to the cleaned text", () => {
    expect(tokenizer.decode(tokenizer.encode("A photo of a CAT, 金发"))).toBe("a photo of a cat , 金发");
  });
});
