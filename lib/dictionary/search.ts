import { letterMask, type Dictionary, type IndexedEntry } from "./dictionary";
import { normalizeTag, type Category, type DictionaryEntry } from "./entry";

export interface SearchOptions {
  category?: Category;
  limit?: number;
  /** Entries to leave out (explicit tags unless the user shows them). */
  hide?: (entry: DictionaryEntry) => boolean;
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
  const inCategory = (e: IndexedEntry) => (!options.category || e.entry.category === options.category) && !options.hide?.(e.entry);
  if (!q) {
    const top: IndexedEntry[] = [];
    for (const e of dict.ranked) if (inCategory(e) && top.push(e) >= limit) break;
    return top.map((item) => ({ ...item.entry, match: 0 as const }));
  }
  const qCompact = q.replace(/[\s']/g, "");
  const qPinyin = /^[a-z]+$/.test(qCompact) ? qCompact : null;
  // Exact names come from one lookup; the rest are read in the default order, so the scan can stop as soon as
  // `limit` prefix matches are in hand (every contains-match ranks after them).
  const found: Array<{ item: IndexedEntry; match: 0 | 1 | 2 | 3 }> = [];
  const exact = new Set<IndexedEntry>();
  for (const key of qPinyin && qPinyin !== q ? [q, qPinyin] : [q]) {
    for (const item of dict.exact.get(key) ?? []) if (inCategory(item) && !exact.has(item) && (key === q || item.pinyin.includes(key))) exact.add(item);
  }
  exact.forEach((item) => found.push({ item, match: 0 }));
  let prefixes = 0;
  let contains = 0;
  // Candidates in the default order from one substring search over all keys (a pinyin query written with spaces,
  // "jin fa", is also looked for without them).
  for (const i of candidateEntries(dict, qPinyin !== null && qPinyin !== q ? [q, qPinyin] : [q])) {
    if (prefixes >= limit) break;
    const item = dict.ranked[i];
    if (exact.has(item)) continue;
    const match = matchLevel(item, q, qPinyin);
    if (match === null || match === 0 || !inCategory(item)) continue;
    if (match === 1) {
      prefixes++;
      found.push({ item, match });
    } else if (contains < limit) {
      contains++;
      found.push({ item, match });
    }
  }
  // Typo matching only when the query found (almost) nothing: it is the one costly pass.
  if (found.length < 5 && q.length >= 3) {
    const have = new Set(found.map((f) => f.item));
    for (const item of typoMatches(dict, q)) {
      if (!have.has(item) && inCategory(item)) {
        have.add(item);
        found.push({ item, match: 3 });
      }
    }
  }
  return rank(found, limit);
}

// Ranked positions of the entries whose keys contain any needle, in order, each once.
function* candidateEntries(dict: Dictionary, needles: string[]): Generator<number> {
  const { searchText, searchStarts } = dict;
  const hits: number[] = [];
  for (const needle of needles) {
    let entry = 0;
    for (let pos = searchText.indexOf(needle); pos !== -1; ) {
      while (searchStarts[entry + 1] <= pos) entry++;
      if (needles.length === 1) yield entry;
      else hits.push(entry);
      pos = searchText.indexOf(needle, searchStarts[entry + 1]);
    }
  }
  if (needles.length > 1) yield* [...new Set(hits)].sort((a, b) => a - b);
}

function matchLevel(item: IndexedEntry, q: string, qPinyin: string | null): 0 | 1 | 2 | null {
  let best: 0 | 1 | 2 | null = null;
  if (item.hay.includes(q)) for (const key of item.keys) {
    if (key === q) return 0;
    if (key.startsWith(q) || key.includes(` ${q}`)) best = 1;
    else if (best === null && key.includes(q)) best = 2;
  }
  if (qPinyin !== null && item.pinyinHay.includes("\u0001" + qPinyin)) {
    for (const key of item.pinyin) {
      if (key === qPinyin) return 0;
      if (key.startsWith(qPinyin)) best = best === null || best > 1 ? 1 : best;
    }
  }
  return best;
}

// One typo (edit distance ≤ 1, or ≤ 2 for long queries) against a tag or one of its words.
function typoMatches(dict: Dictionary, q: string): IndexedEntry[] {
  const budget = q.length >= 7 ? 2 : 1;
  const qMask = letterMask(q);
  const { text, mask, item } = dict.typoKeys;
  const out: IndexedEntry[] = [];
  for (let k = 0; k < text.length; k++) {
    const word = text[k];
    if (Math.abs(word.length - q.length) > budget) continue;
    // Each edit brings in at most one letter the word lacks: count those first, it is nearly free.
    if (popcount(qMask & ~mask[k]) > budget) continue;
    if (editDistance(word, q, budget) <= budget) out.push(dict.entries[item[k]]);
  }
  return out;
}

function popcount(n: number): number {
  let count = 0;
  for (let v = n; v; v &= v - 1) count++;
  return count;
}

const rowA = new Uint16Array(128);
const rowB = new Uint16Array(128);

// Levenshtein distance with an early exit once every cell exceeds `cap`; strings past 126 chars count as far.
function editDistance(a: string, b: string, cap: number): number {
  if (a.length > 126 || b.length > 126) return cap + 1;
  let prev = rowA;
  let row = rowB;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (ca === b.charCodeAt(j - 1) ? 0 : 1));
      row[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > cap) return cap + 1;
    [prev, row] = [row, prev];
  }
  return prev[b.length];
}

function rank(found: Array<{ item: IndexedEntry; match: 0 | 1 | 2 | 3 }>, limit: number): SearchResult[] {
  found.sort((a, b) => a.match - b.match || a.item.order - b.item.order);
  return found.slice(0, limit).map(({ item, match }) => ({ ...item.entry, match }));
}
