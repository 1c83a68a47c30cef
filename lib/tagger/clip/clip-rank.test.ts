import { describe, expect, it } from "vitest";
import { clipText, rankByClip, type ClipCandidate } from "./clip-rank";

const candidate = (tag: string, category = "scene"): ClipCandidate => ({ tag, zh: "中", category, text: clipText(tag) });

describe("rankByClip", () => {
  it("ranks by cosine similarity, whatever the vectors' lengths", () => {
    const [a, b, c] = [candidate("a"), candidate("b"), candidate("c")];
    const ranked = rankByClip([2, 0], [[0, 5], [10, 1], [1, 1]], [a, b, c], { top: 3, perCategory: 3 });
    expect(ranked.map((r) => [r.candidate.tag, Number(r.score.toFixed(4))])).toEqual([["b", 0.995], ["c", 0.7071], ["a", 0]]);
    expect(rankByClip([1, 0], [[0.9, 0.1], [0, 1]], [a, b], { top: 1, perCategory: 1 }).map((r) => Number(r.score.toFixed(4)))).toEqual([0.9939]);
  });

  it("keeps the top N with at most K per category, and scores a zero vector 0", () => {
    const candidates = [candidate("s1", "scene"), candidate("s2", "scene"), candidate("s3", "scene"), candidate("l1", "lighting"), candidate("z", "pose")];
    const texts = [[1, 0], [0.99, 0.1], [0.98, 0.2], [0.5, 0.5], [0, 0]];
    expect(rankByClip([1, 0], texts, candidates, { top: 4, perCategory: 2 }).map((r) => r.candidate.tag)).toEqual(["s1", "s2", "l1", "z"]);
    expect(rankByClip([1, 0], texts, candidates, { top: 2, perCategory: 5 }).map((r) => r.candidate.tag)).toEqual(["s1", "s2"]);
  });

  it("embeds tags in CLIP's zero-shot template", () => {
    expect(clipText("red background")).toBe("a photo of red background");
  });
});
