import { lookupTag, type Dictionary } from "../dictionary/dictionary";
import { normalizeTag, type DictionaryEntry } from "../dictionary/entry";
import { SCENE_TYPES, type SceneType, type SceneTypeId } from "./offline-lists";

/** The scene type an input reads as, with every type's score (for tests and debugging). */
export interface SceneTypeReading {
  type: SceneType;
  scores: Record<SceneTypeId, number>;
}

/** What the detector looks at: the user's own text, the tags read from it, and what those tags name. */
export interface SceneTypeInput {
  text: string;
  entries: DictionaryEntry[];
  concepts: DictionaryEntry[];
}

const WEIGHT = { keyword: 3, tag: 2, subject: 2, group: 1 };
const FALLBACK: SceneTypeId = "landscape";

/**
 * Scores every scene type in SCENE_TYPES by its keywords in the text, its tags among the concepts and its groups among
 * the entries; the highest wins, ties go to the earlier type, and an input nothing points at reads as landscape.
 * @example detectSceneType(dict, recognizeInput(dict, "一碗热腾腾的牛肉面，俯拍")).type.id // "food"
 */
export function detectSceneType(dict: Dictionary, input: SceneTypeInput): SceneTypeReading {
  const text = input.text.toLowerCase();
  const concepts = new Set(input.concepts.map((c) => normalizeTag(c.tag)));
  const scores = {} as Record<SceneTypeId, number>;
  let best: SceneType | null = null;
  for (const type of SCENE_TYPES) {
    const keywords = type.keywords.filter((k) => hasKeyword(text, k)).length;
    const tags = new Set(type.tags.map((t) => canonicalTag(dict, t)).filter((t) => t && concepts.has(t))).size;
    const groups = input.entries.reduce((sum, e) => sum + (inGroups(e, type.groups) ? (e.category === "subject" ? WEIGHT.subject : WEIGHT.group) : 0), 0);
    scores[type.id] = keywords * WEIGHT.keyword + tags * WEIGHT.tag + groups;
    if (scores[type.id] > 0 && (!best || scores[type.id] > scores[best.id])) best = type;
  }
  return { type: best ?? SCENE_TYPES.find((t) => t.id === FALLBACK)!, scores };
}

/** The dictionary's own spelling of a curated tag (its tag, or the tag an alias stands for), or "" when it has none. */
export function canonicalTag(dict: Dictionary, name: string): string {
  const found = lookupTag(dict, name);
  return found ? found.tag : "";
}

/** Whether an entry is in one of the groups, written "category" or "category/sub". */
export function inGroups(entry: DictionaryEntry, groups: readonly string[]): boolean {
  return groups.some((g) => g === entry.category || g === `${entry.category}/${entry.sub}`);
}

// Chinese keywords are substrings (Chinese has no spaces); ASCII ones must be whole words, so "car" is not in "scarf".
function hasKeyword(text: string, keyword: string): boolean {
  if (!/^[\x20-\x7e]+$/.test(keyword)) return text.includes(keyword);
  return new RegExp(`\\b${keyword.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}s?\\b`).test(text);
}
