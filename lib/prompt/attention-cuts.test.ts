import { describe, expect, it } from "vitest";
import { attentionCuts, everyAttentionCut, isPickedCut, leavesBracketOpen } from "./attention-cuts";

describe("attentionCuts", () => {
  it("cuts after about one comma in four that whitespace follows, picked by the text after it", () => {
    expect(attentionCuts("cat, dog, bird, fish, cow, pig")).toEqual([4, 15]);
    expect(attentionCuts("a, b, c, d, e, f, g, h, masterpiece, best quality, 1girl, solo")).toEqual([8, 20, 36]);
  });

  it("never cuts inside brackets, after an escape, at a comma without whitespace, or in text with & and <", () => {
    const inside = "(cat, dog, bird, fish, cow, pig)";
    expect(attentionCuts(inside)).toEqual([]);
    expect(attentionCuts(`[${inside.slice(1, -1)}]`)).toEqual([]);
    expect(attentionCuts("cat,dog,bird,fish,cow,pig")).toEqual([]);
    expect(attentionCuts("cat, dog, bird, fish, cow, pig &amp; <x>")).toEqual([]);
    expect(attentionCuts("cat, dog, bird, fish, cow, pig &amp;")).toEqual([4, 15]);
    expect(attentionCuts("(x), cat, dog, bird, fish, cow, pig")).toEqual(attentionCuts("yyy, cat, dog, bird, fish, cow, pig"));
  });
});

describe("everyAttentionCut", () => {
  it("lists every place attentionCuts could pick, and attentionCuts is the picked ones", () => {
    const text = "cat, dog, (bird, fish), cow,pig, hen";
    expect(everyAttentionCut(text)).toEqual([4, 9, 23, 32]);
    expect(attentionCuts(text)).toEqual(everyAttentionCut(text).filter((at) => isPickedCut(text, at)));
    expect(everyAttentionCut("cat, dog &amp; bird <x>")).toEqual([]);
  });
});

describe("leavesBracketOpen", () => {
  it("says whether the attention parse ends with a bracket open", () => {
    expect(leavesBracketOpen("a (b, c")).toBe(true);
    expect(leavesBracketOpen("a) (b)")).toBe(false);
    expect(leavesBracketOpen("[a (b:1.2)]")).toBe(false);
    expect(leavesBracketOpen("\\(a")).toBe(false);
  });
});
