import type { DanbooruTag } from "./danbooru";
import { lookupTag, type Dictionary } from "./dictionary";
import { isExplicit, type ExplicitRules } from "./rules";

/** How much of Danbooru's real usage has a curated Chinese name. */
export interface Coverage {
  /** Share (0–1) of the N most-used general tags, explicit ones left out, that the dictionary names. */
  general: Record<"top1000" | "top5000", number>;
  /** Share of the 300 most-used characters and 100 most-used franchises. */
  characters300: number;
  franchises100: number;
}

/**
 * Measures coverage against Danbooru's tag list (which is ordered by post count within each type).
 * @example dictionaryCoverage(dict, tags, rules).general.top1000 // e.g. 0.98
 */
export function dictionaryCoverage(dict: Dictionary, danbooru: DanbooruTag[], explicit: ExplicitRules): Coverage {
  const byPosts = [...danbooru].sort((a, b) => b.posts - a.posts);
  const general = byPosts.filter((t) => t.type === 0 && !isExplicit(explicit, t.name));
  const share = (tags: DanbooruTag[], n: number) => {
    const top = tags.slice(0, n);
    return top.length ? top.filter((t) => lookupTag(dict, t.name)).length / top.length : 0;
  };
  return {
    general: { top1000: share(general, 1000), top5000: share(general, 5000) },
    characters300: share(byPosts.filter((t) => t.type === 4), 300),
    franchises100: share(byPosts.filter((t) => t.type === 3), 100),
  };
}
