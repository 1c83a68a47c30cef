import type { TaggerLabel, TagKind } from "./tagger-labels";

/** A tagger output above its threshold (or a rating): Danbooru's name, its kind and the model's confidence 0–1. */
export interface TagScore {
  name: string;
  kind: TagKind;
  score: number;
}

/** The confidence a general or character tag needs to be kept. */
export interface TagThresholds {
  general: number;
  character: number;
}

/** SmilingWolf's defaults: 0.35 for general tags, 0.85 for characters (a wrong character is worse than a missed one). */
export const DEFAULT_TAG_THRESHOLDS: Readonly<TagThresholds> = Object.freeze({ general: 0.35, character: 0.85 });

/**
 * Splits a tagger's scores into ratings (all of them, best first) and the general and character tags at or above
 * their thresholds (best first). Scores outside 0–1 are taken for logits of an export without its final sigmoid.
 * @example selectTags([0.9, 0.5, 0.2], [{ name: "general", kind: "rating", category: 9 }, { name: "solo", kind: "general", category: 0 },
 *   { name: "hatsune_miku", kind: "character", category: 4 }], { general: 0.35, character: 0.85 })
 * // { ratings: [{ name: "general", kind: "rating", score: 0.9 }], tags: [{ name: "solo", kind: "general", score: 0.5 }] }
 */
export function selectTags(scores: ArrayLike<number>, labels: readonly TaggerLabel[], thresholds: TagThresholds): { ratings: TagScore[]; tags: TagScore[] } {
  const logits = Array.from(scores).some((s) => s < 0 || s > 1);
  const ratings: TagScore[] = [];
  const tags: TagScore[] = [];
  labels.forEach((label, i) => {
    const raw = scores[i] ?? 0;
    const score = logits ? 1 / (1 + Math.exp(-raw)) : raw;
    const entry = { name: label.name, kind: label.kind, score };
    if (label.kind === "rating") ratings.push(entry);
    else if (score >= (label.kind === "character" ? thresholds.character : thresholds.general)) tags.push(entry);
  });
  const best = (a: TagScore, b: TagScore) => b.score - a.score;
  return { ratings: ratings.sort(best), tags: tags.sort(best) };
}
