import type { CompletionRow } from "./complete";
import { DANBOORU_CATEGORY, type DanbooruTag } from "./danbooru";
import type { Dictionary } from "./dictionary";
import { normalizeTag } from "./entry";
import { isExplicit, type ExplicitRules } from "./rules";

// Dictionary entries Danbooru lacks (photo and style vocabulary) rank by popularity as if they had these counts.
const POSTS_BY_POP = [0, 1_000, 5_000, 20_000, 80_000, 300_000];

/**
 * Merges the dictionary with Danbooru's general, character and franchise tags into suggestion rows: an entry takes
 * its Danbooru post count and aliases, a Danbooru tag without an entry is suggestible in English all the same.
 */
export function buildCompletionRows(dict: Dictionary, danbooru: DanbooruTag[], explicit: ExplicitRules): CompletionRow[] {
  const rows: CompletionRow[] = [];
  const byTag = new Map<string, CompletionRow>();
  for (const item of dict.entries) {
    const e = item.entry;
    if (e.category === "emoji") continue;
    const row: CompletionRow = {
      tag: e.tag, zh: e.zh, category: e.category, posts: POSTS_BY_POP[e.pop] ?? 0, aliases: e.aliases,
      pinyin: item.pinyin, explicit: isExplicit(explicit, e.tag), favorite: e.favorite ?? false,
    };
    rows.push(row);
    byTag.set(item.tag, row);
  }
  for (const d of danbooru) {
    if (d.type !== 0 && d.type !== 3 && d.type !== 4) continue;
    const key = normalizeTag(d.name);
    const known = byTag.get(key);
    if (known) {
      known.posts = Math.max(known.posts, d.posts);
      const have = new Set(known.aliases.map(normalizeTag));
      known.aliases = [...known.aliases, ...d.aliases.filter((a) => !have.has(normalizeTag(a)))];
      continue;
    }
    const tag = d.name.replace(/_/g, " ");
    const row: CompletionRow = { tag, zh: "", category: DANBOORU_CATEGORY[d.type], posts: d.posts, aliases: d.aliases, pinyin: [], explicit: isExplicit(explicit, key), favorite: false };
    rows.push(row);
    byTag.set(key, row);
  }
  return rows;
}
