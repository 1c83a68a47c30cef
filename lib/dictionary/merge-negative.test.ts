import { describe, expect, it } from "vitest";
import { addPreset, removePreset } from "./merge-negative";
import { NEGATIVE_PRESETS } from "./negative-presets";

describe("addPreset / removePreset", () => {
  it("adds missing tags after the user's, without duplicates", () => {
    const { text, applied } = addPreset("cat, Worst_Quality", ["worst quality", "lowres"]);
    expect(text).toBe("cat, Worst_Quality, lowres");
    expect(applied.added).toEqual(["lowres"]);
  });

  it("keeps the stronger weight in the user's place", () => {
    expect(addPreset("(worst quality:2), cat", ["worst quality"]).text).toBe("(worst quality:2), cat");
    const { text, applied } = addPreset("worst quality, cat", ["(worst quality:1.4)"]);
    expect(text).toBe("(worst quality:1.4), cat");
    expect(removePreset(text, applied)).toBe("worst quality, cat");
  });

  it("removes only what it added, keeping later edits", () => {
    const { text, applied } = addPreset("cat", ["lowres", "blurry"]);
    expect(removePreset(`${text}, dog`, applied)).toBe("cat, dog");
  });

  it("keeps commas inside brackets", () => {
    expect(addPreset("(a, b:1.2)", ["lowres"]).text).toBe("(a, b:1.2), lowres");
  });

  it("has every built-in preset in both languages", () => {
    for (const p of NEGATIVE_PRESETS) {
      expect(p.nameZh).toMatch(/\p{Script=Han}/u);
      expect(new Set(p.tags).size).toBe(p.tags.length);
    }
  });
});
