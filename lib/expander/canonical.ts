import { lookupTag, type Dictionary } from "../dictionary/dictionary";
import { normalizeTag } from "../dictionary/entry";
import { translatePrompt, UNKNOWN_ZH } from "../dictionary/translate";
import { parseSyntax } from "../prompt/syntax";
import type { PromptNode } from "../prompt/syntax-tree";
import { readTags, splitTopLevel } from "../prompt/tag-list";
import type { RawTag } from "./parse-reply";
import { TAG_ORDER, type ExpandedTag, type TagCategory } from "./types";

/** A tag made canonical, with the key it is compared by (lower case, no weight). */
export type CanonicalTag = Omit<ExpandedTag, "added"> & { key: string };

const HAN = /\p{Script=Han}/u;
const SYNONYMS: Record<string, TagCategory> = {
  character: "subject", person: "subject", people: "subject", main: "subject",
  hair: "appearance", eyes: "appearance", face: "appearance", expression: "appearance", body: "appearance", features: "appearance",
  clothes: "clothing", outfit: "clothing", accessory: "clothing", accessories: "clothing", wear: "clothing",
  action: "pose", gesture: "pose", posture: "pose", actions: "pose",
  background: "scene", setting: "scene", environment: "scene", place: "scene", location: "scene", weather: "scene",
  light: "lighting", time: "lighting", atmosphere: "lighting",
  composition: "camera", shot: "camera", angle: "camera", view: "camera", framing: "camera",
  color: "color-effects", colour: "color-effects", colors: "color-effects", effects: "color-effects", effect: "color-effects",
  medium: "style", artist: "style", art: "style", "art style": "style",
};

/** The group a category name from a model belongs to ("hair" → appearance); unknown names go to "other". */
export function normalizeCategory(name: string | undefined): TagCategory {
  const key = (name ?? "").toLowerCase().trim().replace(/[_\s]+/g, " ");
  if ((TAG_ORDER as readonly string[]).includes(key)) return key as TagCategory;
  return SYNONYMS[key] ?? SYNONYMS[key.split(" ")[0]] ?? (key.endsWith("s") ? SYNONYMS[key.slice(0, -1)] : undefined) ?? "other";
}

/**
 * Canonical tags for one tag as written (it may hold several, comma-separated): a tag the dictionary knows gets its
 * canonical form, Chinese name and category; a weight is kept as `(tag:w)`; brackets inside a name are escaped.
 * Chinese the dictionary cannot read is returned in `unknown` instead.
 * @example canonicalizeTag(dict, { tag: "(Blonde_Hair:1.2)" }).tags[0] // { tag: "(blonde hair:1.2)", zh: "金发", category: "appearance", key: "blonde hair" }
 */
export function canonicalizeTag(dict: Dictionary, raw: RawTag): { tags: CanonicalTag[]; unknown: string[] } {
  const parts = splitTopLevel(raw.tag).map((p) => p.trim()).filter(Boolean);
  const out: { tags: CanonicalTag[]; unknown: string[] } = { tags: [], unknown: [] };
  for (const part of parts.slice(0, 8)) {
    if (part.length > 120) continue;
    if (!isPlainTag(part)) {
      // Editing, alternation, extra networks, BREAK: the user's syntax is kept exactly as written.
      out.tags.push({ tag: part, zh: glossOf(dict, part, true), category: "other", key: part.toLowerCase() });
      continue;
    }
    const [read] = readTags(part);
    if (!read?.key) continue;
    const entry = HAN.test(read.key) ? dict.byChinese.get(read.key)?.[0] : lookupTag(dict, read.key);
    if (!entry && HAN.test(read.key)) {
      out.unknown.push(read.key);
      continue;
    }
    const name = entry?.entry.tag ?? read.key;
    const weight = Math.round(read.weight * 100) / 100;
    const escaped = name.replace(/[()[\]\\]/g, "\\$&");
    const zh = entry?.entry.zh ?? (raw.zh && HAN.test(raw.zh) && parts.length === 1 ? raw.zh.trim() : glossOf(dict, name));
    const category = categoryOf(entry?.entry.category) ?? (raw.category ? normalizeCategory(raw.category) : guessCategory(dict, read.key));
    out.tags.push({
      tag: weight !== 1 && weight > 0 && weight <= 3 ? `(${escaped}:${weight})` : escaped,
      zh, category, key: normalizeTag(name),
    });
  }
  return out;
}

function glossOf(dict: Dictionary, tag: string, partial = false): string {
  const gloss = translatePrompt(dict, tag, "en-zh");
  return gloss.unknown.length && !partial ? UNKNOWN_ZH : gloss.text;
}

const categoryOf = (c: string | undefined): TagCategory | undefined => (c && (TAG_ORDER as readonly string[]).includes(c) ? (c as TagCategory) : undefined);

// A tag the dictionary lacks takes the group of its longest known ending: "blonde long hair" → long hair → appearance.
function guessCategory(dict: Dictionary, key: string): TagCategory {
  const words = key.split(" ");
  for (let i = 1; i < words.length; i++) {
    const found = categoryOf(lookupTag(dict, words.slice(i).join(" "))?.entry.category);
    if (found) return found;
  }
  return "other";
}

// Words, optionally in weight brackets: anything more (editing, alternation, networks, BREAK, AND) is kept verbatim.
function isPlainTag(part: string): boolean {
  if (/<|\bBREAK\b|\bAND\b/.test(part)) return false;
  const plain = (nodes: PromptNode[]): boolean => nodes.every((n) => n.kind === "plain" || (n.kind === "emphasis" && plain(n.children)));
  return plain(parseSyntax(part).tree);
}

/** Sorts tags into prompt order (subject first, quality and style last), keeping the order within a group. */
export function sortTags<T extends { category: TagCategory }>(tags: T[]): T[] {
  return tags.map((t, i) => ({ t, i })).sort((a, b) => TAG_ORDER.indexOf(a.t.category) - TAG_ORDER.indexOf(b.t.category) || a.i - b.i).map((x) => x.t);
}
