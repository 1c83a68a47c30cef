import { describe, expect, it } from "vitest";
import { moveTag, removeTag, replaceTag, setTagWeight, splitPromptParts, tagKind, tagWeight, withoutTags } from "./tag-parts";

describe("tag parts", () => {
  it("splits at top-level commas only, keeping every character", () => {
    const text = " a,  (b, c:1.2)，[d|e],\n<lora:x:1>, ";
    const { parts } = splitPromptParts(text);
    expect(parts.map((p) => p.body)).toEqual(["a", "(b, c:1.2)", "[d|e]", "<lora:x:1>", ""]);
  });

  it("moves a tag without touching the user's spacing", () => {
    expect(moveTag("a, b,\n c", 2, 0)).toBe("c, a,\n b");
    expect(moveTag("a, b, c", 0, 2)).toBe("b, c, a");
  });

  it("removes a tag with one separator", () => {
    expect(removeTag("a, b, c", 1)).toBe("a, c");
    expect(removeTag("a, b, c", 2)).toBe("a, b");
    expect(removeTag("a, b, c", 0)).toBe("b, c");
    expect(removeTag("a", 0)).toBe("");
  });

  it("replaces and switches off tags", () => {
    expect(replaceTag("a, b", 1, "(cat:1.2)")).toBe("a, (cat:1.2)");
    expect(withoutTags("a, b, c, b", new Set(["b"]))).toBe("a, c");
  });

  it("reads and sets weights the A1111 way", () => {
    expect(tagWeight("((cat))")).toBeCloseTo(1.21);
    expect(tagWeight("[cat]")).toBeCloseTo(1 / 1.1);
    expect(setTagWeight("((cat))", 1.3)).toBe("(cat:1.3)");
    expect(setTagWeight("(cat:1.2)", 1)).toBe("cat");
    expect(setTagWeight("[a:b:5]", 1.1)).toBe("([a:b:5]:1.1)");
    expect(setTagWeight("(a:b)", 1.2)).toBe("((a:b):1.2)");
  });

  it("names chip kinds", () => {
    expect(["cat", "(a, b)", "[a:b:5]", "[a|b]", "<lora:x:1>", "BREAK"].map(tagKind)).toEqual(["tag", "group", "editing", "alternation", "network", "keyword"]);
  });
});
