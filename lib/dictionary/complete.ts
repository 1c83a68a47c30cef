import { normalizeTag } from "./normalize-tag";

/** One suggestible tag: a dictionary entry, a Danbooru tag, or both merged. */
export interface CompletionRow {
  /** The tag as Danbooru or the dictionary names it, spaces for underscores (parenthesised qualifiers unescaped). */
  tag: string;
  /** Chinese name, "" when the tag has none yet. */
  zh: string;
  /** Dictionary category, or general / character / franchise for Danbooru-only tags. */
  category: string;
  /** Danbooru post count (or an estimate from the dictionary's popularity): the ranking users know. */
  posts: number;
  /** English and Chinese aliases. */
  aliases: string[];
  /** Full pinyin and initials of the Chinese names. */
  pinyin: string[];
  explicit: boolean;
  favorite: boolean;
}

/** How a key names its row. Word keys ("hair" of "long hair") rank after every other prefix match. */
const enum KeyKind { Tag, Chinese, Alias, Pinyin, Word }

/**
 * Sorted search keys over the rows (every name, alias, pinyin form and each later word of a tag), cut into blocks
 * whose keys are also listed by rank, so the best matches of any prefix range come out of a small heap.
 */
export interface CompletionIndex {
  rows: CompletionRow[];
  keys: string[];
  /** Row and kind of each key. */
  row: Uint32Array;
  kind: Uint8Array;
  /** Within each block of BLOCK keys, the key positions from best ranked to worst. */
  byRank: Uint32Array;
  /** Favourite rows: boosted for every prefix they match. */
  favorites: number[];
  /** Row of each tag (normalized), for the user's recent tags. */
  rowOfTag: Map<string, number>;
}

export interface CompletionOptions {
  limit?: number;
  includeExplicit?: boolean;
  /** Tags the user used lately: ranked after exact matches, before post counts, like favourites. */
  recent?: readonly string[];
}

export interface Completion {
  tag: string;
  zh: string;
  category: string;
  posts: number;
  /** The key that matched, when it is an alias or pinyin rather than the tag or its Chinese name. */
  via?: string;
}

const MAX_QUERY = 64;
const BLOCK = 64;

/** The form keys are compared in: lower case, underscores as spaces, no backslash escapes. */
export function completionKey(text: string): string {
  // Most names are already in that form; one test is far cheaper than four rewrites over 250,000 keys.
  return /[\p{Lu}_\\]|\s\s|^\s|\s$|[^\S ]/u.test(text) ? normalizeTag(text.replace(/\\(.)/g, "$1")) : text;
}

// Tag, name and alias prefixes first, then pinyin, then later words; within a class, more Danbooru posts first.
const rankOf = (row: CompletionRow, kind: number) => (kind === KeyKind.Word ? 0 : kind === KeyKind.Pinyin ? 1e10 : 2e10) + Math.min(row.posts, 9.99e9);

/**
 * Builds the key table once. Each key carries its row and kind after a separator, so one string sort orders them
 * (several times faster than sorting tuples).
 */
export function buildCompletionIndex(rows: CompletionRow[]): CompletionIndex {
  const packed: string[] = [];
  const add = (key: string, r: number, kind: KeyKind) => key && packed.push(`${key}\u0000${kind}${r}`);
  rows.forEach((r, i) => {
    const tag = completionKey(r.tag);
    add(tag, i, KeyKind.Tag);
    if (r.zh) add(completionKey(r.zh), i, KeyKind.Chinese);
    for (const a of r.aliases) add(completionKey(a), i, /\p{Script=Han}/u.test(a) ? KeyKind.Chinese : KeyKind.Alias);
    for (const p of r.pinyin) add(p, i, KeyKind.Pinyin);
    for (let at = tag.indexOf(" "); at !== -1; at = tag.indexOf(" ", at + 1)) add(tag.slice(at + 1), i, KeyKind.Word);
  });
  packed.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const n = packed.length;
  const keys = new Array<string>(n);
  const row = new Uint32Array(n);
  const kind = new Uint8Array(n);
  for (let k = 0; k < n; k++) {
    const s = packed[k];
    const cut = s.indexOf("\u0000");
    keys[k] = s.slice(0, cut);
    kind[k] = s.charCodeAt(cut + 1) - 48;
    row[k] = Number(s.slice(cut + 2));
  }
  const rank = Float64Array.from(keys, (_, k) => rankOf(rows[row[k]], kind[k]));
  const byRank = new Uint32Array(n);
  for (let start = 0; start < n; start += BLOCK) {
    const block = Array.from({ length: Math.min(BLOCK, n - start) }, (_, i) => start + i).sort((a, b) => rank[b] - rank[a]);
    byRank.set(block, start);
  }
  const favorites = rows.flatMap((r, i) => (r.favorite ? [i] : []));
  const rowOfTag = new Map(rows.map((r, i) => [completionKey(r.tag), i]));
  return { rows, keys, row, kind, byRank, favorites, rowOfTag };
}

/**
 * Suggestions for what the user is typing, best first: exact matches, then the user's favourites and recent tags,
 * then prefix matches by Danbooru post count, then matches of a later word.
 * @example completeTag(index, "blon")[0].tag // "blonde hair"
 */
export function completeTag(index: CompletionIndex, query: string, options: CompletionOptions = {}): Completion[] {
  const q = completionKey(query.slice(0, MAX_QUERY));
  if (!q) return [];
  const limit = Math.max(1, Math.min(options.limit ?? 10, 50));
  const { keys, rows } = index;
  const out: Completion[] = [];
  const taken = new Set<number>();
  const take = (k: number, r = index.row[k]) => {
    const item = rows[r];
    if (taken.has(r) || (item.explicit && !options.includeExplicit)) return;
    taken.add(r);
    const viaKey = k >= 0 && (index.kind[k] === KeyKind.Alias || index.kind[k] === KeyKind.Pinyin || (index.kind[k] === KeyKind.Chinese && keys[k] !== completionKey(item.zh)));
    out.push({ tag: item.tag, zh: item.zh, category: item.category, posts: item.posts, ...(viaKey ? { via: keys[k] } : {}) });
  };
  const lo = lowerBound(keys, q);
  const hi = lowerBound(keys, `${q}\uffff`);
  if (lo === hi) return out;

  // 1. Exact: the keys equal to q sit at the start of the range (pinyin initials count only from three letters).
  const exact: number[] = [];
  for (let k = lo; k < hi && keys[k] === q; k++) if (index.kind[k] !== KeyKind.Word && (index.kind[k] !== KeyKind.Pinyin || q.length >= 3)) exact.push(k);
  exact.sort((a, b) => rankOf(rows[index.row[b]], index.kind[b]) - rankOf(rows[index.row[a]], index.kind[a])).forEach((k) => take(k));
  // 2. Favourites and recent tags that match the prefix: few rows, so their own keys are checked directly.
  const boosted = [...index.favorites, ...(options.recent ?? []).map((t) => index.rowOfTag.get(completionKey(t))).filter((r) => r !== undefined)];
  boosted
    .filter((r) => rowKeys(rows[r]).some((key) => key.startsWith(q)))
    .sort((a, b) => rows[b].posts - rows[a].posts)
    .forEach((r) => take(-1, r));
  // 3. The rest by rank: a heap over the range's blocks, each read from its best key down.
  for (const k of rankedRange(index, lo, hi)) {
    if (out.length >= limit) break;
    take(k);
  }
  return out.slice(0, limit);
}

// Yields the key positions of [lo, hi) from best ranked to worst, touching only as many as the caller reads.
function* rankedRange(index: CompletionIndex, lo: number, hi: number): Generator<number> {
  const rank = (k: number) => rankOf(index.rows[index.row[k]], index.kind[k]);
  const cursors: Array<{ next: number; end: number }> = [];
  for (let start = Math.floor(lo / BLOCK) * BLOCK; start < hi; start += BLOCK) cursors.push({ next: start, end: Math.min(start + BLOCK, index.keys.length) });
  const inRange = (k: number) => k >= lo && k < hi;
  const head = (c: { next: number; end: number }) => {
    while (c.next < c.end && !inRange(index.byRank[c.next])) c.next++;
    return c.next < c.end ? index.byRank[c.next] : -1;
  };
  const heap: Array<{ k: number; r: number; c: { next: number; end: number } }> = [];
  const push = (c: { next: number; end: number }) => {
    const k = head(c);
    if (k < 0) return;
    heap.push({ k, r: rank(k), c });
    for (let i = heap.length - 1; i > 0; ) {
      const p = (i - 1) >> 1;
      if (heap[p].r >= heap[i].r) break;
      [heap[p], heap[i]] = [heap[i], heap[p]];
      i = p;
    }
  };
  cursors.forEach(push);
  while (heap.length) {
    const top = heap[0];
    const last = heap.pop()!;
    if (heap.length) {
      heap[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heap.length && heap[l].r > heap[m].r) m = l;
        if (r < heap.length && heap[r].r > heap[m].r) m = r;
        if (m === i) break;
        [heap[m], heap[i]] = [heap[i], heap[m]];
        i = m;
      }
    }
    yield top.k;
    top.c.next++;
    push(top.c);
  }
}

function rowKeys(r: CompletionRow): string[] {
  return [r.tag, r.zh, ...r.aliases, ...r.pinyin].filter(Boolean).map(completionKey);
}

function lowerBound(keys: string[], q: string): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keys[mid] < q) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A tag as A1111 users write it: spaces for underscores (unless kept), parentheses escaped so they are not weights.
 * @example tagForPrompt("hatsune_miku_(cosplay)") // "hatsune miku \\(cosplay\\)"
 */
export function tagForPrompt(tag: string, options: { underscores?: boolean } = {}): string {
  const words = options.underscores ? tag.trim().replace(/ +/g, "_") : tag.trim().replace(/_/g, " ");
  return words.replace(/\\?([()[\]])/g, "\\$1");
}
