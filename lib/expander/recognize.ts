import { lookupTag, type Dictionary, type IndexedEntry } from "../dictionary/dictionary";
import type { DictionaryEntry } from "../dictionary/entry";
import { splitTopLevel } from "../prompt/tag-list";
import { canonicalizeTag } from "./canonical";
import { readChinese, readWeightedChinese, type TagSink } from "./read-chinese";
import type { ExpandedTag } from "./types";

export { isolateSubjects } from "./read-chinese";

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
  /** The text as the user wrote it (scene-type keywords are read from it). */
  text: string;
}

const HAN = /\p{Script=Han}/u;
const SYNTAX = /[()[\]<>:|]/;
// "赛博朋克风格的城市" is a city in the cyberpunk style: 风格 is grammar, not something to draw (风 alone is wind).
const STYLE_WORD = /风格的?/g;
const STOP_WORDS = new Set(["a", "an", "the", "in", "on", "at", "of", "with", "and", "is", "are", "by", "to", "into", "from", "near", "under",
  "over", "inside", "while", "who", "that", "his", "her", "its", "their", "some", "very", "beside", "through", "for", "as", "be"]);
const MAX_NGRAM = 4;

/**
 * Reads a scene or prompt in Chinese, English or both: Chinese through the dictionary's translation, word by word
 * (with the people and animals named split out first, so 女孩坐在咖啡馆 reads 1girl + sitting in cafe), English tags
 * by lookup, and English sentences word by word.
 * @example recognizeInput(dict, "a knight in the forest").tags.map((t) => t.tag) // ["knight", "forest"]
 */
export function recognizeInput(dict: Dictionary, text: string): RecognizedInput {
  const out: RecognizedInput = { tags: [], entries: [], concepts: [], unknown: [], text };
  const seen = new Set<string>();
  const push = (tag: ExpandedTag, key: string, item?: IndexedEntry) => {
    if (seen.has(key)) return;
    seen.add(key);
    out.tags.push(tag);
    if (item) addConcepts(dict, item, out);
  };
  const addEntry = (item: IndexedEntry) =>
    push({ tag: escapeTag(item.entry.tag), zh: item.entry.zh, category: categoryOf(item.entry), added: false }, item.tag, item);
  const sink: TagSink = {
    written: (raw, fromChinese) => {
      const { tags, unknown } = canonicalizeTag(dict, { tag: raw });
      out.unknown.push(...unknown);
      for (const t of tags) {
        const known = lookupTag(dict, t.key);
        if (!known && (fromChinese || t.key.split(" ").length > 3) && !/[()[\]<]/.test(raw)) {
          const words = matchWords(dict, t.key);
          words.items.forEach(addEntry);
          out.unknown.push(...words.missing);
        } else push({ tag: t.tag, zh: t.zh, category: t.category, added: false }, t.key, known);
      }
    },
    // A translation the dictionary lacks ("tabletop") stays whole, under its Chinese name, unless its words are all tags.
    translated: (target, source) => {
      const known = lookupTag(dict, target);
      const words = known ? null : matchWords(dict, target);
      if (known) addEntry(known);
      else if (words && words.items.length && !words.missing.length) words.items.forEach(addEntry);
      else push({ tag: escapeTag(target), zh: source, category: "other", added: false }, target.toLowerCase());
    },
    unknown: (fragment) => out.unknown.push(fragment),
  };
  for (const part of splitTopLevel(text.replace(/[。；;\n]/g, ",").replace(STYLE_WORD, " "))) {
    const trimmed = part.trim();
    if (!trimmed) continue;
    if (!HAN.test(trimmed)) sink.written(trimmed, false);
    else if (SYNTAX.test(trimmed)) readWeightedChinese(dict, trimmed, sink);
    else readChinese(dict, trimmed, sink);
  }
  out.unknown = [...new Set(out.unknown)];
  return out;
}

// Greedy longest-first lookup of word runs; stop words are skipped, words nothing matches are missing.
function matchWords(dict: Dictionary, phrase: string): { items: IndexedEntry[]; missing: string[] } {
  const words = phrase.split(/\s+/).filter(Boolean);
  const found: { items: IndexedEntry[]; missing: string[] } = { items: [], missing: [] };
  for (let i = 0; i < words.length; ) {
    const match = longestMatch(dict, words, i);
    if (match) found.items.push(match.item);
    else if (!STOP_WORDS.has(words[i])) found.missing.push(words[i]);
    i += match?.length ?? 1;
  }
  return found;
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

// Brackets in a tag's name ("marble (stone)") are escaped, or the prompt would read them as weights.
const escapeTag = (tag: string) => tag.replace(/[()[\]\\]/g, "\\$&");
