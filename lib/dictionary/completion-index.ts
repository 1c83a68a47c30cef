import { normalizeTag } from "./normalize-tag";

/** What a suggestion shows of a tag, and what ranks and filters it. */
export interface CompletionItem {
  /** The tag as Danbooru or the dictionary names it, spaces for underscores (parenthesised qualifiers unescaped). */
  tag: string;
  /** Chinese name, "" when the tag has none yet. */
  zh: string;
  /** Dictionary category, or general / character / franchise for Danbooru-only tags. */
  category: string;
  /** Danbooru post count (or an estimate from the dictionary's popularity): the ranking users know. */
  posts: number;
  explicit: boolean;
  favorite: boolean;
}

/** One suggestible tag: a dictionary entry, a Danbooru tag, or both merged. */
export interface CompletionRow extends CompletionItem {
  /** English and Chinese aliases. */
  aliases: string[];
  /** Full pinyin and initials of the Chinese names. */
  pinyin: string[];
}

/** How a key names its row. Word keys ("hair" of "long hair") rank after every other prefix match. */
export const KeyKind = { Tag: 0, Chinese: 1, Alias: 2, Pinyin: 3, Word: 4 } as const;

/**
 * Sorted search keys over the rows (every name, alias, pinyin form and each later word of a tag), cut into blocks
 * whose keys are also listed by rank, so the best matches of any prefix range come out of a small heap.
 */
export interface CompletionIndex {
  rows: CompletionItem[];
  /** In UTF-16 code unit order; equal keys by kind, then row. */
  keys: string[];
  /** Row and kind of each key. */
  row: Uint32Array;
  kind: Uint8Array;
  /** Within each block of COMPLETION_BLOCK keys, the key positions from best ranked to worst. */
  byRank: Uint32Array;
  /** Each row's own keys (all but its words): positions in `keys`, row r's at [namesStart[r], namesStart[r + 1]). */
  names: Uint32Array;
  namesStart: Uint32Array;
  /** Favourite rows: boosted for every prefix they match. */
  favorites: number[];
}

/** Keys per rank-ordered block. */
export const COMPLETION_BLOCK = 64;

/** The form keys are compared in: lower case, underscores as spaces, no backslash escapes. */
export function completionKey(text: string): string {
  // Most names are already in that form; one test is far cheaper than four rewrites over 250,000 keys.
  return /[\p{Lu}_\\]|\s\s|^\s|\s$|[^\S ]/u.test(text) ? normalizeTag(text.replace(/\\(.)/g, "$1")) : text;
}

/**
 * Prefix matches of a tag, name, alias or pinyin by Danbooru posts, a pinyin one weighed at a quarter of its posts;
 * matches of a later word after all of them. Typing pinyin, a Chinese user gets 红发 (red hair, 520k posts) for "hong"
 * before "hong meiling (cosplay)" (199): ranked after every English prefix, as before, pinyin lost to any obscure name
 * that happened to start with the same letters; at a quarter, an English prefix still wins where both are common.
 */
export const rankOf = (row: CompletionItem, kind: number) => rankFor(row.posts, kind);
const PINYIN_WEIGHT = 0.25;
const rankFor = (posts: number, kind: number) => {
  const count = Math.min(posts, 9.99e9);
  return kind === KeyKind.Word ? count : 1e10 + (kind === KeyKind.Pinyin ? PINYIN_WEIGHT * count : count);
};

const HAN = /\p{Script=Han}/u;

/**
 * Builds the key table once. Distinct keys are sorted natively (no comparator: several times faster than calling
 * one per comparison), then every key is placed by counting, so equal keys come by kind, then row.
 */
export function buildCompletionIndex(rows: CompletionRow[]): CompletionIndex {
  const text: string[] = [];
  const owner: number[] = [];
  const kinds: number[] = [];
  const add = (key: string, r: number, kind: number) => {
    if (!key) return;
    text.push(key);
    owner.push(r);
    kinds.push(kind);
  };
  rows.forEach((r, i) => {
    const tag = completionKey(r.tag);
    add(tag, i, KeyKind.Tag);
    if (r.zh) add(completionKey(r.zh), i, KeyKind.Chinese);
    for (const a of r.aliases) add(completionKey(a), i, HAN.test(a) ? KeyKind.Chinese : KeyKind.Alias);
    for (const p of r.pinyin) add(p, i, KeyKind.Pinyin);
    for (let at = tag.indexOf(" "); at !== -1; at = tag.indexOf(" ", at + 1)) add(tag.slice(at + 1), i, KeyKind.Word);
  });
  const n = text.length;
  const idOf = new Map<string, number>();
  const keyId = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    let id = idOf.get(text[i]);
    if (id === undefined) idOf.set(text[i], (id = idOf.size));
    keyId[i] = id;
  }
  // Where each distinct key's run starts in the sorted table, then each kind's keys in row order into their runs.
  const next = new Uint32Array(idOf.size + 1);
  const sorted = [...idOf.keys()].sort();
  const rankOfId = new Uint32Array(idOf.size);
  sorted.forEach((key, p) => (rankOfId[idOf.get(key)!] = p));
  for (let i = 0; i < n; i++) next[rankOfId[keyId[i]] + 1]++;
  for (let p = 1; p <= sorted.length; p++) next[p] += next[p - 1];
  const keys = new Array<string>(n);
  const row = new Uint32Array(n);
  const kind = new Uint8Array(n);
  for (let k = KeyKind.Tag; k <= KeyKind.Word; k++) {
    for (let i = 0; i < n; i++) {
      if (kinds[i] !== k) continue;
      const at = next[rankOfId[keyId[i]]]++;
      keys[at] = text[i];
      row[at] = owner[i];
      kind[at] = k;
    }
  }
  return indexSortedKeys(rows, keys, row, kind);
}

/** Completes an index from its sorted key table: the rank order of each block, each row's names, the favourites. */
export function indexSortedKeys(rows: CompletionItem[], keys: string[], row: Uint32Array, kind: Uint8Array): CompletionIndex {
  const n = keys.length;
  const posts = Float64Array.from(rows, (r) => r.posts);
  const rank = new Float64Array(n);
  for (let k = 0; k < n; k++) rank[k] = rankFor(posts[row[k]], kind[k]);
  // An insertion sort per block, best first; a key moves only past worse ones, so ties keep key order.
  const byRank = new Uint32Array(n);
  for (let start = 0; start < n; start += COMPLETION_BLOCK) {
    for (let k = start, end = Math.min(start + COMPLETION_BLOCK, n); k < end; k++) {
      let j = k;
      for (; j > start && rank[byRank[j - 1]] < rank[k]; j--) byRank[j] = byRank[j - 1];
      byRank[j] = k;
    }
  }
  const namesStart = new Uint32Array(rows.length + 1);
  for (let k = 0; k < n; k++) if (kind[k] !== KeyKind.Word) namesStart[row[k] + 1]++;
  for (let r = 1; r <= rows.length; r++) namesStart[r] += namesStart[r - 1];
  const names = new Uint32Array(namesStart[rows.length]);
  const fill = namesStart.slice(0, rows.length);
  for (let k = 0; k < n; k++) if (kind[k] !== KeyKind.Word) names[fill[row[k]]++] = k;
  const favorites: number[] = [];
  rows.forEach((r, i) => r.favorite && favorites.push(i));
  return { rows, keys, row, kind, byRank, names, namesStart, favorites };
}
