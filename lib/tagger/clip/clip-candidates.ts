import type { Dictionary } from "../../dictionary/dictionary";
import type { Category } from "../../dictionary/entry";
import { isExplicit, type ExplicitRules } from "../../dictionary/rules";
import { clipText, type ClipCandidate } from "./clip-rank";

/** What a photo can show: anime characters, franchises, quality boosters, negatives and emoji are left out. */
export const CLIP_CATEGORIES: readonly Category[] = ["style", "lighting", "camera", "subject", "appearance", "clothing", "pose", "scene", "color-effects"];

/**
 * The dictionary's tags CLIP mode ranks: those of {@link CLIP_CATEGORIES}, explicit ones only when `showExplicit`,
 * in the dictionary's default order.
 * @example clipCandidates(createDictionary([{ tag: "red background", zh: "红色背景", category: "scene", … }]), rules, false)
 * // [{ tag: "red background", zh: "红色背景", category: "scene", text: "a photo of red background" }]
 */
export function clipCandidates(dictionary: Dictionary, explicit: ExplicitRules, showExplicit: boolean): ClipCandidate[] {
  return dictionary.ranked
    .filter(({ entry }) => CLIP_CATEGORIES.includes(entry.category) && (showExplicit || !isExplicit(explicit, entry.tag)))
    .map(({ entry }) => ({ tag: entry.tag, zh: entry.zh, category: entry.category, text: clipText(entry.tag) }));
}
