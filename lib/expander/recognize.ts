import { lookupTag, type Dictionary, type IndexedEntry } from "../dictionary/dictionary";
import type { DictionaryEntry } from "../dictionary/entry";
import { translatePrompt } from "../dictionary/translate";
import { splitTopLevel } from "../prompt/tag-list";
import { canonicalizeTag } from "./canonical";
import type { ExpandedTag } from "./types";

/** What the user's text already says. */
export interface RecognizedInput {
  /** The input's own tags in order, canonical where the dictionary knows them (added: false). */
  tags: ExpandedTag[];
  /** The dictionary entries of those tags. */
  entries: DictionaryEntry[];
  /** Every dictionary entry the input names, also inside longer phrases ("sitting in cafe" names cafe). */
  concepts: DictionaryEntry[];
  /** Fragments nothing could read. */
  unknown: string[];
}

const HAN = /\p{Script=Han}/u;
const STOP_WORDS = new Set(["a", "an", "the", "in", "on", "at", "of", "with", "and", "is", "are", "by", "to", "into", "from", "near", "under",
  "over", "inside", "while", "who", "that", "his", "her", "its", "their", "some", "very", "beside", "through", "for", "as", "be"]);
const MAX_NGRAM = 4;

/**
 * Reads a scene or prompt in Chinese, English or both: Chinese through the dictionary's translation (with the people
 * and animals named split out first, so 女孩坐在咖啡馆 reads 1girl + sitting in cafe), English tags by lookup, and
 * English sentences word by word.
 * @example recognizeInput(dict, "a knight in the forest").tags.map((t) => t.tag) // ["knight", "forest"]
 */
export function recognizeInput(dict: Dictionary, text: string): RecognizedInput {
  const out: RecognizedInput = { tags: [], entries: [], concepts: [], unknown: [] };
  const seen = new Set<string>();
  const addTag = (raw: string, fromChinese: boolean) => {
    const { tags, unknown } = canonicalizeTag(dict, { tag: raw });
    out.unknown.push(...unknown);
    for (const t of tags) {
      const known = lookupTag(dict, t.key);
      if (!known && (fromChinese || t.key.split(" ").length > 3) && !/[()[\]<]/.test(raw)) {
        scanWords(dict, t.key, out, seen);
        continue;
      }
      if (seen.has(t.key)) continue;
      seen.add(t.key);
      out.tags.push({ tag: t.tag, zh: t.zh, category: t.category, added: false });
      if (known) addConcepts(dict, known, out);
    }
  };
  for (const part of splitTopLevel(text.replace(/[。；;\n]/g, ","))) {
    const trimmed = part.trim();
    if (!trimmed) continue;
    if (!HAN.test(trimmed)) {
      addTag(trimmed, false);
      continue;
    }
    const translated = translatePrompt(dict, isolateSubjects(dict, trimmed), "zh-en");
    out.unknown.push(...translated.unknown);
    for (const piece of splitTopLevel(translated.text)) if (piece.trim() && !HAN.test(piece)) addTag(piece.trim(), true);
  }
  out.unknown = [...new Set(out.unknown)];
  return out;
}

// Greedy longest-first lookup of word runs; stop words are skipped, words nothing matches are unknown.
function scanWords(dict: Dictionary, phrase: string, out: RecognizedInput, seen: Set<string>) {
  const words = phrase.split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length; ) {
    const match = longestMatch(dict, words, i);
    if (!match) {
      if (!STOP_WORDS.has(words[i])) out.unknown.push(words[i]);
      i++;
      continue;
    }
    const found = match.item;
    i += match.length;
    if (seen.has(found.tag)) continue;
    seen.add(found.tag);
    out.tags.push({ tag: found.entry.tag, zh: found.entry.zh, category: categoryOf(found.entry), added: false });
    addConcepts(dict, found, out);
  }
}

function longestMatch(dict: Dictionary, words: string[], at: number): { item: IndexedEntry; length: number } | null {
  for (let length = Math.min(MAX_NGRAM, words.length - at); length >= 1; length--) {
    if (length === 1 && STOP_WORDS.has(words[at])) return null;
    const item = lookupTag(dict, words.slice(at, at + length).join(" "));
    if (item) return { item, length };
  }
  return null;
}

// An entry and what its words name on their own ("sitting in cafe" → cafe, sitting), people and animals aside
// ("cat ears" is not a cat).
function addConcepts(dict: Dictionary, item: IndexedEntry, out: RecognizedInput) {
  out.entries.push(item.entry);
  out.concepts.push(item.entry);
  const words = item.tag.split(" ");
  if (words.length < 2) return;
  for (let len = words.length - 1; len >= 1; len--) {
    for (let i = 0; i + len <= words.length; i++) {
      const inner = lookupTag(dict, words.slice(i, i + len).join(" "));
      if (inner && inner.entry.category !== "subject" && !STOP_WORDS.has(inner.tag)) out.concepts.push(inner.entry);
    }
  }
}

function categoryOf(entry: DictionaryEntry): ExpandedTag["category"] {
  return entry.category === "negative" || entry.category === "emoji" ? "other" : entry.category;
}

/**
 * Sets the people, animals and things a Chinese text names apart with commas, unless a longer word that is some
 * entry's own name starts there (猫耳 is cat ears, not a cat), so that an alias such as 女孩坐 (wariza) cannot swallow
 * the subject of 女孩坐在咖啡馆.
 * @example isolateSubjects(dict, "女孩坐在咖啡馆") // "女孩，坐在咖啡馆"
 */
export function isolateSubjects(dict: Dictionary, text: string): string {
  let out = "";
  let depth = 0;
  for (let i = 0; i < text.length; ) {
    if ("([".includes(text[i])) depth++;
    if (")]".includes(text[i])) depth = Math.max(0, depth - 1);
    let subject = 0;
    let named = 0;
    for (let len = Math.min(dict.longestChinese, text.length - i); len >= 1; len--) {
      const candidates = dict.byChinese.get(text.slice(i, i + len));
      if (!candidates) continue;
      if (!subject && candidates.some((c) => c.entry.category === "subject")) subject = len;
      if (!named && candidates.some((c) => c.entry.zh === text.slice(i, i + len))) named = len;
    }
    if (subject && subject >= named) {
      // Inside brackets a comma would split the weighted group: a space separates the words instead.
      const gap = (c: string | undefined) => (c && HAN.test(c) ? (depth > 0 ? " " : "，") : "");
      out += `${gap(text[i - 1])}${text.slice(i, i + subject)}${gap(text[i + subject])}`;
      i += subject;
    } else {
      const step = Math.max(named, 1);
      out += text.slice(i, i + step);
      i += step;
    }
  }
  return out;
}
