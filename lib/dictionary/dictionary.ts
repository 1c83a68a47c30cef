import { normalizeTag, type Category, type DictionaryEntry } from "./entry";

/** How an entry is found: its keys, folded for comparison, precomputed once. */
export interface IndexedEntry {
  entry: DictionaryEntry;
  /** Normalized English tag. */
  tag: string;
  /** English and Chinese names and aliases, normalized. */
  keys: string[];
  /** Full pinyin (no tones, no spaces) and initials of the Chinese name and Chinese aliases. */
  pinyin: string[];
}

/** The dictionary as a value: entries plus lookup tables. Pure; building it is the only cost. */
export interface Dictionary {
  entries: IndexedEntry[];
  byTag: Map<string, IndexedEntry>;
  /** Chinese name or alias → entries, best first (name before alias, then popularity). */
  byChinese: Map<string, IndexedEntry[]>;
  /** English alias → entry (tags themselves are in byTag). */
  byEnglishAlias: Map<string, IndexedEntry>;
  /** Length of the longest Chinese key, for longest-first matching. */
  longestChinese: number;
  categories: Map<Category, number>;
}

/** Returns pinyin syllables of a Chinese text, e.g. 金发 → ["jin", "fa"]; handed in so the index stays pure. */
export type PinyinOf = (text: string) => string[];

const HAN = /\p{Script=Han}/u;

/**
 * Builds the lookup tables over `entries`.
 * @example createDictionary(entries, pinyinOf).byChinese.get("金发")?.[0].entry.tag // "blonde hair"
 */
export function createDictionary(entries: DictionaryEntry[], pinyinOf?: PinyinOf): Dictionary {
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
    };
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
  const sorted = new Map([...byChinese].map(([k, list]) => [k, list.sort((a, b) => a.rank - b.rank).map((x) => x.item)]));
  return { entries: indexed, byTag, byChinese: sorted, byEnglishAlias, longestChinese, categories };
}

function pinyinKeys(syllables: string[]): string[] {
  const clean = syllables.map((s) => s.toLowerCase().replace(/[^a-zü]/g, "")).filter(Boolean);
  if (clean.length === 0) return [];
  return [clean.join(""), clean.map((s) => s[0]).join("")];
}

/** The entry for an English tag as written in a prompt (case, underscores, a plural -s and escapes forgiven). */
export function lookupTag(dict: Dictionary, text: string): IndexedEntry | undefined {
  const key = normalizeTag(text.replace(/\\(.)/g, "$1"));
  return dict.byTag.get(key) ?? dict.byEnglishAlias.get(key) ?? (key.endsWith("s") ? dict.byTag.get(key.slice(0, -1)) : dict.byTag.get(`${key}s`));
}
