import { describe, expect, it } from "vitest";
import { DEFAULT_TAG_THRESHOLDS, selectTags } from "./select-tags";
import type { TaggerLabel } from "./tagger-labels";

const labels: TaggerLabel[] = [
  { name: "general", kind: "rating", category: 9 },
  { name: "explicit", kind: "rating", category: 9 },
  { name: "solo", kind: "general", category: 0 },
  { name: "smile", kind: "general", category: 0 },
  { name: "hatsune_miku", kind: "character", category: 4 },
  { name: "saber_(fate)", kind: "character", category: 4 },
];

describe("selectTags", () => {
  it("reports every rating apart and keeps tags at or over their own threshold, best first", () => {
    expect(selectTags([0.2, 0.7, 0.35, 0.34, 0.9, 0.84], labels, DEFAULT_TAG_THRESHOLDS)).toEqual({
      ratings: [{ name: "explicit", kind: "rating", score: 0.7 }, { name: "general", kind: "rating", score: 0.2 }],
      tags: [{ name: "hatsune_miku", kind: "character", score: 0.9 }, { name: "solo", kind: "general", score: 0.35 }],
    });
  });

  it("does what its doc comment says", () => {
    expect(selectTags([0.9, 0.5, 0.2], [labels[0], labels[2], labels[4]], DEFAULT_TAG_THRESHOLDS)).toEqual({
      ratings: [{ name: "general", kind: "rating", score: 0.9 }], tags: [{ name: "solo", kind: "general", score: 0.5 }] });
  });

  it("uses the thresholds it is given", () => {
    const { tags } = selectTags([0, 0, 0.35, 0.34, 0.9, 0.84], labels, { general: 0.3, character: 0.8 });
    expect(tags.map((t) => t.name)).toEqual(["hatsune_miku", "saber_(fate)", "solo", "smile"]);
    expect(selectTags([0, 0, 0.35, 0.34, 0.9, 0.84], labels, { general: 1, character: 1 }).tags).toEqual([]);
  });

  it("takes scores outside 0–1 for logits", () => {
    const { ratings, tags } = selectTags([0, 0, 2, -2, 10, -10], labels, DEFAULT_TAG_THRESHOLDS);
    expect(ratings.map((r) => r.score)).toEqual([0.5, 0.5]);
    expect(tags.map((t) => [t.name, Number(t.score.toFixed(4))])).toEqual([["hatsune_miku", 1], ["solo", 0.8808]]);
  });
});
