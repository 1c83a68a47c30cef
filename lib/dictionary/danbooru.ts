/** One row of Danbooru's tag list (dictionaries/danbooru/tags.csv, from the tagcomplete extension, MIT). */
export interface DanbooruTag {
  /** Underscored as Danbooru writes it: long_hair. */
  name: string;
  /** 0 general, 1 artist, 3 franchise (copyright), 4 character, 5 meta. */
  type: number;
  posts: number;
  aliases: string[];
}

/**
 * Parses the tag list: `tag,type,posts,"alias,alias"` per line (no header). Malformed lines are skipped.
 * @example parseDanbooruCsv('long_hair,0,4350743,"/lh,longhair"')[0].aliases // ["longhair"]
 */
export function parseDanbooruCsv(text: string): DanbooruTag[] {
  const out: DanbooruTag[] = [];
  for (const line of text.split("\n")) {
    const m = /^(.+?),(\d),(\d+),?(.*)$/.exec(line.trim());
    if (!m) continue;
    const aliases = m[4].replace(/^"|"$/g, "").split(",").filter((a) => a && !a.startsWith("/"));
    out.push({ name: m[1], type: Number(m[2]), posts: Number(m[3]), aliases });
  }
  return out;
}

/** The category a Danbooru-only tag shows in suggestions. */
export const DANBOORU_CATEGORY: Record<number, string> = { 0: "general", 1: "artist", 3: "franchise", 4: "character", 5: "meta" };
