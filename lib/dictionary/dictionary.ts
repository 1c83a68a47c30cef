import { normalizeTag, type Category, type DictionaryEntry } from "./entry";
import type { ZhResources } from "./zh/translate-zh";

/** How an entry is found: its keys, folded for comparison, precomputed once. */
export interface IndexedEntry {
  entry: DictionaryEntry;
  /** Normalized English tag. */
  tag: string;
  /** English and Chinese names and aliases, normalized. */
  keys: string[];
  /** Full pinyin (no tones, no spaces) and initials of the Chinese name and Chinese aliases. */
  pinyin: string[];
  /** All keys joined by "\u0001" (with a leading one): one substring test rules most entries out. */
  hay: string;
  /** The pinyin keys joined the same way. */
  pinyinHay: string;
  /** Position in the default order (favourites, then popularity, then shorter tags): the search tie-breaker. */
  order: number;
}

/** The dictionary as a value: entries plus lookup tables. Pure; building it is the only cost. */
export interface Dictionary {
  entries: IndexedEntry[];
  byTag: Map<string, IndexedEntry>;
  /** Chinese name or alias → entries, best first (name before alias, then popularity). */
  byChinese: Map<string, IndexedEntry[]>;
  /** English alias → entry (tags themselves are in byTag). */
  byEnglishAlias: Map<string, IndexedEntry>;
  /** Entries in the default order (favourites, popularity, shorter first). */
  ranked: IndexedEntry[];
  /** Every key (tag, alias, Chinese name, pinyin) → the entries it names exactly, in the default order. */
  exact: Map<string, IndexedEntry[]>;
  /** All entries' keys and pinyin in the default order as one text, and where each entry's part starts: one native
   * substring search over contiguous memory finds the candidates of a query. */
  searchText: string;
  searchStarts: Uint32Array;
  /** Every tag and tag word with its letter mask and entry index, flat, for the typo pass. */
  typoKeys: { text: string[]; mask: Int32Array; item: Uint32Array };
  /** Length of the longest Chinese key or phrase, for segmentation. */
  longestChinese: number;
  /** Chinese phrases that stand for several tags (雨夜 → rain, night), from dictionaries/zh-phrases.tsv. */
  phrases: Map<string, string[]>;
  categories: Map<Category, number>;
  /** What Chinese translation uses beyond the entries (simplification, a general lexicon); absent in pure tests. */
  zh?: ZhResources;
}

/** The data files' rules beside the entries: which tag a shared Chinese key means, and multi-tag phrases. */
export interface DictionaryRules {
  /** Chinese key → the tag it translates to when several entries share it. */
  priority?: Map<string, string>;
  phrases?: Map<string, string[]>;
  zh?: ZhResources;
}

/** Returns pinyin syllables of a Chinese text, e.g. 金发 → ["jin", "fa"]; handed in so the index stays pure. */
export type PinyinOf = (text: string) => string[];

const HAN = /\p{Script=Han}/u;

/**
 * Builds the lookup tables over `entries`.
 * @example createDictionary(entries, pinyinOf).byChinese.get("金发")?.[0].entry.tag // "blonde hair"
 */
export function createDictionary(entries: DictionaryEntry[], pinyinOf?: PinyinOf, rules: DictionaryRules = {}): Dictionary {
  const indexed: IndexedEntry[] = [];
  const byTag = new Map<string, IndexedEntry>();
  const byChinese = new Map<string, Array<{ item: IndexedEntry; rank: number }>>();
  const byEnglishAlias = new Map<string, IndexedEntry>();
  const categories = new Map<Category, number>();
  let longestChinese = 1;

  for (const entry of entries) {
    const chinese = [entry.zh, ...entry.aliases.filter((a) => HAN.test(a))];
    const english = entry.aliases.filter((a) => !HAN.test(a)).map(normalizeTag);
    const item: IndexedEntry = {
      entry,
      tag: normalizeTag(entry.tag),
      keys: [normalizeTag(entry.tag), ...english, ...chinese.map(normalizeTag)],
      pinyin: pinyinOf ? chinese.flatMap((zh) => pinyinKeys(pinyinOf(zh))) : [],
      hay: "",
      pinyinHay: "",
      order: 0,
    };
    item.hay = "\u0001" + item.keys.join("\u0001");
    item.pinyinHay = "\u0001" + item.pinyin.join("\u0001");
    indexed.push(item);
    byTag.set(item.tag, item);
    categories.set(entry.category, (categories.get(entry.category) ?? 0) + 1);
    chinese.forEach((zh, i) => {
      const key = normalizeTag(zh);
      longestChinese = Math.max(longestChinese, key.length);
      const list = byChinese.get(key) ?? [];
      list.push({ item, rank: (i === 0 ? 0 : 10) - entry.pop });
      byChinese.set(key, list);
    });
  }
  for (const item of indexed) {
    for (const alias of item.keys.slice(1)) if (!HAN.test(alias) && !byTag.has(alias) && !byEnglishAlias.has(alias)) byEnglishAlias.set(alias, item);
  }
  const ranked = [...indexed].sort((a, b) => Number(b.entry.favorite ?? false) - Number(a.entry.favorite ?? false) ||
    b.entry.pop - a.entry.pop || a.tag.length - b.tag.length || (a.tag < b.tag ? -1 : 1));
  ranked.forEach((item, i) => (item.order = i));
  const exact = new Map<string, IndexedEntry[]>();
  for (const item of ranked) {
    for (const key of new Set([...item.keys, ...item.pinyin])) {
      const list = exact.get(key);
      if (list) list.push(item);
      else exact.set(key, [item]);
    }
  }
  const typoText: string[] = [];
  const typoItem: number[] = [];
  indexed.forEach((item, i) => {
    const words = item.tag.split(" ");
    for (const text of words.length > 1 ? [item.tag, ...words] : [item.tag]) {
      typoText.push(text);
      typoItem.push(i);
    }
  });
  const typoKeys = { text: typoText, mask: Int32Array.from(typoText, letterMask), item: Uint32Array.from(typoItem) };
  const preferred = (key: string, item: IndexedEntry) => (rules.priority?.get(key) === item.tag ? -100 : 0);
  const sorted = new Map([...byChinese].map(([k, list]) => [k, list.sort((a, b) => a.rank + preferred(k, a.item) - b.rank - preferred(k, b.item)).map((x) => x.item)]));
  const phrases = rules.phrases ?? new Map<string, string[]>();
  for (const key of phrases.keys()) longestChinese = Math.max(longestChinese, key.length);
  const searchStarts = new Uint32Array(ranked.length + 1);
  const parts: string[] = [];
  let at = 0;
  ranked.forEach((item, i) => {
    searchStarts[i] = at;
    const part = item.hay + item.pinyinHay + "\u0002";
    parts.push(part);
    at += part.length;
  });
  searchStarts[ranked.length] = at;
  const searchText = parts.join("");
  return { entries: indexed, ranked, exact, searchText, searchStarts, byTag, byChinese: sorted, byEnglishAlias, typoKeys, longestChinese, phrases, categories, zh: rules.zh };
}

function pinyinKeys(syllables: string[]): string[] {
  const clean = syllables.map((s) => s.toLowerCase().replace(/[^a-z0-9ü]/g, "")).filter(Boolean);
  if (clean.length === 0) return [];
  return [clean.join(""), clean.map((s) => s[0]).join("")];
}

/** The entry for an English tag as written in a prompt (case, underscores, a plural -s and escapes forgiven). */
export function lookupTag(dict: Dictionary, text: string): IndexedEntry | undefined {
  const key = normalizeTag(text.replace(/\\(.)/g, "$1"));
  return dict.byTag.get(key) ?? dict.byEnglishAlias.get(key) ?? (key.endsWith("s") ? dict.byTag.get(key.slice(0, -1)) : dict.byTag.get(`${key}s`));
}

/** A bit per letter a–z present in `text`. */
export function letterMask(text: string): number {
  let mask = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) - 97;
    if (c >= 0 && c < 26) mask |= 1 << c;
  }
  return mask;
}
