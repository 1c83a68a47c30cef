import type { CompletionRow } from "./complete";

/** A row as sent to the browser: [tag, zh, category, posts, aliases, pinyin, flags] (lists joined by \u001f). */
export type WireRow = [string, string, string, number, string, string, number];

const SEP = "\u001f";
const EXPLICIT = 1;
const FAVORITE = 2;

/** Packs rows compactly for the lazily loaded suggestion index (about a third of plain JSON objects). */
export function packCompletionRows(rows: CompletionRow[]): WireRow[] {
  return rows.map((r) => [r.tag, r.zh, r.category, r.posts, r.aliases.join(SEP), r.pinyin.join(SEP), (r.explicit ? EXPLICIT : 0) | (r.favorite ? FAVORITE : 0)]);
}

/** Unpacks what packCompletionRows wrote. */
export function unpackCompletionRows(rows: WireRow[]): CompletionRow[] {
  const list = (s: string) => (s ? s.split(SEP) : []);
  return rows.map(([tag, zh, category, posts, aliases, pinyin, flags]) => ({
    tag, zh, category, posts, aliases: list(aliases), pinyin: list(pinyin), explicit: (flags & EXPLICIT) !== 0, favorite: (flags & FAVORITE) !== 0,
  }));
}
