import { describe, expect, it } from "vitest";
import { moveTag, removeTag, replaceTag, setTagWeight, splitPromptParts, stepTagWeight, tagKind, tagWeight, withoutTags } from "./tag-parts";

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

  it("reads the weight A1111 applies on special chips", () => {
    const cases: Array<[string, number]> = [
      ["<lora:foo:0.8>", 0.8], ["<lora:foo>", 1], ["<lora:foo:0.6:0.2>", 0.6], ["<lora:foo:unet=0.2:te=0.7>", 0.7], ["<hypernet:h:-0.5>", -0.5],
      ["[smile|laugh]", 1], ["[day:night:5]", 1], ["[:night:5]", 1], ["[[smile|laugh]]", 1 / 1.1], ["([smile|laugh]:1.3)", 1.3], ["[cat]", 1 / 1.1],
    ];
    for (const [body, weight] of cases) expect(tagWeight(body), body).toBeCloseTo(weight);
  });

  it("steps a chip's weight the way the user means", () => {
    const cases: Array<[string, 1 | -1, string]> = [
      ["<lora:foo:0.8>", 1, "<lora:foo:0.9>"], ["<lora:foo>", -1, "<lora:foo:0.9>"], ["<lora:foo:0.1>", -1, "<lora:foo:0>"],
      ["<lora:foo:0>", -1, "<lora:foo:-0.1>"], ["<lora:foo:0.6:0.2>", 1, "<lora:foo:0.7:0.2>"], ["<lora:foo:unet=0.2>", 1, "<lora:foo:1.1:unet=0.2>"],
      ["<lora:foo:te=0.5:0.3>", 1, "<lora:foo:te=0.6:0.3>"],
      ["[smile|laugh]", 1, "([smile|laugh]:1.1)"], ["[smile|laugh]", -1, "([smile|laugh]:0.9)"], ["([smile|laugh]:1.1)", -1, "[smile|laugh]"],
      ["[day:night:5]", 1, "([day:night:5]:1.1)"],
      // A1111's Ctrl+↑/↓ on old-style emphasis: rounded to the step, then moved (as edit-weight.test.ts).
      ["[cat]", -1, "(cat:0.8)"], ["((cat))", 1, "(cat:1.3)"], ["(cat)", 1, "(cat:1.2)"], ["(cat:1.15)", 1, "(cat:1.25)"],
      ["(cat:0.05)", -1, "(cat:0)"], ["cat", 1, "(cat:1.1)"],
    ];
    for (const [body, direction, after] of cases) expect(stepTagWeight(body, direction), `${body} ${direction}`).toBe(after);
    expect(setTagWeight("<lora:foo:0.8>", 1)).toBe("<lora:foo:1>");
    expect(setTagWeight("cat", -0.5)).toBe("(cat:0)");
  });
});
