import { describe, expect, it } from "vitest";
import { locateTarget, targetFromSelection, weighSpans } from "./prompt-variant";

const tag = (text: string, index: number, weight: number | null) => weighSpans(text, [{ ...locateTarget(text, { field: "prompt", tag: index })!, weight }]);
const span = (text: string, words: string, weight: number | null) => {
  const start = text.indexOf(words);
  return weighSpans(text, [{ ...locateTarget(text, { field: "prompt", start, end: start + words.length })!, weight }]);
};

describe("prompt variants for one tag", () => {
  const cases: Array<{ text: string; index: number; weight: number | null; out: string }> = [
    { text: "1girl, smile, blue eyes", index: 1, weight: 0, out: "1girl, blue eyes" },
    { text: "1girl, smile, blue eyes", index: 1, weight: 0.7, out: "1girl, (smile:0.7), blue eyes" },
    { text: "1girl, (smile:1.2), blue eyes", index: 1, weight: 1, out: "1girl, smile, blue eyes" },
    { text: "1girl, ((smile)), blue eyes", index: 1, weight: 1.6, out: "1girl, (smile:1.6), blue eyes" },
    { text: "1girl, smile", index: 1, weight: 0, out: "1girl" },
    { text: "smile, 1girl", index: 0, weight: 0, out: "1girl" },
    { text: "1girl, smile", index: 1, weight: null, out: "1girl, smile" },
    { text: "a, <lora:x:0.8>", index: 1, weight: 0, out: "a" },
  ];
  for (const c of cases) it(`${c.text} · tag ${c.index} → ${c.weight}`, () => expect(tag(c.text, c.index, c.weight)).toBe(c.out));
});

describe("prompt variants for a selection", () => {
  it("weighs and removes words inside a tag", () => {
    expect(span("1girl, blue eyes, smile", "blue", 1.3)).toBe("1girl, (blue:1.3) eyes, smile");
    expect(span("1girl, blue eyes, smile", "blue", 0)).toBe("1girl, eyes, smile");
    expect(span("a cat with blue eyes", "blue ", 0)).toBe("a cat with eyes");
  });

  it("treats a selection of exactly one tag as the tag", () => {
    expect(locateTarget("a, smile, b", { field: "prompt", start: 3, end: 8 })).toEqual({ start: 3, end: 8, tag: 1 });
    expect(span("a, smile, b", "smile", 0)).toBe("a, b");
  });

  it("applies two edits right to left so both land", () => {
    const text = "a, smile, blush";
    const edits = [{ ...locateTarget(text, { field: "prompt", tag: 1 })!, weight: 0 }, { ...locateTarget(text, { field: "prompt", tag: 2 })!, weight: 1.3 }];
    expect(weighSpans(text, edits)).toBe("a, (blush:1.3)");
  });

  it("finds nothing for a tag or range that is not there", () => {
    expect(locateTarget("a, b", { field: "prompt", tag: 5 })).toBeNull();
    expect(locateTarget("a, b", { field: "prompt", start: 2, end: 3 })).toBeNull();
    expect(locateTarget("a, b", { field: "prompt", start: 3, end: 9 })).toBeNull();
  });
});

describe("a target from the editor's selection", () => {
  it("takes the selected words, trimmed, or the tag at the cursor", () => {
    expect(targetFromSelection("a, blue eyes", "prompt", 2, 8)).toEqual({ field: "prompt", start: 3, end: 7 });
    expect(targetFromSelection("a, blue eyes", "negative", 12, 12)).toEqual({ field: "negative", tag: 1 });
    expect(targetFromSelection("a, blue eyes", "prompt", 0, 0)).toEqual({ field: "prompt", tag: 0 });
    expect(targetFromSelection("a,  , b", "prompt", 3, 3)).toBeNull();
    expect(targetFromSelection("a, b", "prompt", 1, 3)).toBeNull();
  });
});
