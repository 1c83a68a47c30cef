import { tagForPrompt } from "../dictionary/complete";
import { lookupTag, type Dictionary } from "../dictionary/dictionary";
import { isExplicit, type ExplicitRules } from "../dictionary/rules";
import type { ImageRating, ImageTag } from "./image-tags";
import type { TagScore } from "./select-tags";

/** Danbooru's kaomoji tags, whose underscores are the face and stay (SmilingWolf's list). */
export const KAOMOJI: ReadonlySet<string> = new Set([
  "0_0", "(o)_(o)", "+_+", "+_-", "._.", "<o>_<o>", "<|>_<|>", "=_=", ">_<", "3_3", "6_9", ">_o", "@_@", "^_^", "o_o", "u_u", "x_x", "|_|", "||_||",
]);

const RATING_ZH: Record<string, string> = { general: "全年龄", sensitive: "轻度敏感", questionable: "较敏感", explicit: "露骨" };

/** What glossing needs: the dictionary, which tags are explicit, and whether the user shows them. */
export interface GlossContext {
  dictionary: Dictionary;
  explicit: ExplicitRules;
  showExplicit: boolean;
}

/**
 * Turns scored tags into chips: the prompt form ({@link tagForPrompt}, kaomoji keeping their underscores), the
 * dictionary's Chinese name, and explicit tags left out (and counted) unless the user shows them.
 * @example glossTags([{ name: "hatsune_miku_(append)", kind: "character", score: 0.9 }], context).tags[0]
 * // { tag: "hatsune miku \\(append\\)", name: "hatsune_miku_(append)", zh: null, score: 0.9, kind: "character" }
 */
export function glossTags(scored: readonly TagScore[], context: GlossContext): { tags: ImageTag[]; hiddenExplicit: number } {
  const tags: ImageTag[] = [];
  let hiddenExplicit = 0;
  for (const { name, kind, score } of scored) {
    if (kind === "rating") continue;
    if (!context.showExplicit && isExplicit(context.explicit, name)) {
      hiddenExplicit++;
      continue;
    }
    const zh = lookupTag(context.dictionary, name)?.entry.zh ?? null;
    tags.push({ tag: tagForPrompt(name, { underscores: KAOMOJI.has(name) }), name, zh, score, kind });
  }
  return { tags, hiddenExplicit };
}

/**
 * The ratings with their Chinese names.
 * @example glossRatings([{ name: "general", kind: "rating", score: 0.8 }]) // [{ name: "general", zh: "全年龄", score: 0.8 }]
 */
export function glossRatings(ratings: readonly TagScore[]): ImageRating[] {
  return ratings.map(({ name, score }) => ({ name, zh: RATING_ZH[name] ?? name, score }));
}
