import { COMPLETION_BLOCK as BLOCK, completionKey, KeyKind, rankOf, type CompletionIndex } from "./completion-index";

export {
  buildCompletionIndex, completionKey, type CompletionIndex, type CompletionItem, type CompletionRow,
} from "./completion-index";

export interface CompletionOptions {
  limit?: number;
  includeExplicit?: boolean;
  /** Tags the user used lately: ranked after exact matches, before post counts, like favourites. */
  recent?: readonly string[];
  /** The user's own stars where the index does not carry them (team mode: each member's, from their account). */
  favorites?: readonly string[];
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
  const named = [...(options.favorites ?? []), ...(options.recent ?? [])];
  const boosted = [...index.favorites, ...named.map((t) => rowOfTag(index, completionKey(t))).filter((r) => r >= 0)];
  boosted
    .filter((r) => hasNameStarting(index, r, q))
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

function hasNameStarting(index: CompletionIndex, r: number, q: string): boolean {
  for (let i = index.namesStart[r]; i < index.namesStart[r + 1]; i++) if (index.keys[index.names[i]].startsWith(q)) return true;
  return false;
}

// The row whose tag has this key (the last such row, should two rows share one), or -1. Equal keys come tags first.
function rowOfTag(index: CompletionIndex, key: string): number {
  let found = -1;
  for (let k = lowerBound(index.keys, key); index.keys[k] === key && index.kind[k] === KeyKind.Tag; k++) found = index.row[k];
  return found;
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
