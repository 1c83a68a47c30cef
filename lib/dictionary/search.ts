import type { Dictionary, IndexedEntry } from "./dictionary";
import { normalizeTag, type Category, type DictionaryEntry } from "./entry";

export interface SearchOptions {
  category?: Category;
  limit?: number;
}

export interface SearchResult extends DictionaryEntry {
  /** 0 exact, 1 prefix, 2 contains, 3 fuzzy. */
  match: 0 | 1 | 2 | 3;
}

const MAX_QUERY = 100;

/**
 * Finds entries by English, Chinese, aliases or pinyin (full or initials), best first: exact > prefix > contains >
 * fuzzy, then favourites, then popularity. An empty query lists a category by popularity.
 * @example searchDictionary(dict, "jf")[0].zh // "金发"
 */
export function searchDictionary(dict: Dictionary, query: string, options: SearchOptions = {}): SearchResult[] {
  const limit = Math.max(1, Math.min(options.limit ?? 20, 200));
  const q = normalizeTag(query.slice(0, MAX_QUERY));
  const pool = options.category ? dict.entries.filter((e) => e.entry.category === options.category) : dict.entries;
  if (!q) return rank(pool.map((item) => ({ item, match: 0 as const })), limit);

  const qPinyin = q.replace(/[\s']/g, "");
  const found: Array<{ item: IndexedEntry; match: 0 | 1 | 2 | 3 }> = [];
  for (const item of pool) {
    const match = matchLevel(item, q, qPinyin);
    if (match !== null) found.push({ item, match });
  }
  if (found.length < limit && q.length >= 3) {
    const have = new Set(found.map((f) => f.item));
    for (const item of pool) if (!have.has(item) && isFuzzy(item.tag, q)) found.push({ item, match: 3 });
  }
  return rank(found, limit);
}

function matchLevel(item: IndexedEntry, q: string, qPinyin: string): 0 | 1 | 2 | null {
  let best: 0 | 1 | 2 | null = null;
  for (const key of item.keys) {
    if (key === q) return 0;
    if (key.startsWith(q) || key.includes(` ${q}`)) best = 1;
    else if (best === null && key.includes(q)) best = 2;
  }
  if (/^[a-z]+$/.test(qPinyin)) {
    for (const key of item.pinyin) {
      if (key === qPinyin) return 0;
      if (key.startsWith(qPinyin)) best = best === null || best > 1 ? 1 : best;
    }
  }
  return best;
}

// One typo (edit distance ≤ 1, or ≤ 2 for long queries) against the tag or one of its words.
function isFuzzy(tag: string, q: string): boolean {
  const budget = q.length >= 7 ? 2 : 1;
  if (Math.abs(tag.length - q.length) <= budget && editDistance(tag, q, budget) <= budget) return true;
  return tag.includes(" ") && tag.split(" ").some((w) => Math.abs(w.length - q.length) <= budget && editDistance(w, q, budget) <= budget);
}

function editDistance(a: string, b: string, cap: number): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      rowMin = Math.min(rowMin, row[j]);
    }
    if (rowMin > cap) return cap + 1;
    prev = row;
  }
  return prev[b.length];
}

function rank(found: Array<{ item: IndexedEntry; match: 0 | 1 | 2 | 3 }>, limit: number): SearchResult[] {
  found.sort((a, b) =>
    a.match - b.match ||
    Number(b.item.entry.favorite ?? false) - Number(a.item.entry.favorite ?? false) ||
    b.item.entry.pop - a.item.entry.pop ||
    a.item.tag.length - b.item.tag.length ||
    (a.item.tag < b.item.tag ? -1 : 1));
  return found.slice(0, limit).map(({ item, match }) => ({ ...item.entry, match }));
}
