import fs from "node:fs";
import path from "node:path";
import type { CompletionRow } from "./complete";
import { buildCompletionRows } from "./completion-rows";
import { parseDanbooruCsv, type DanbooruTag } from "./danbooru";
import type { Dictionary } from "./dictionary";
import { dataDir } from "./load.server";
import { readExplicitRules, type ExplicitRules } from "./rules";

let danbooru: DanbooruTag[] | null = null;
let explicit: ExplicitRules | null = null;
const rowsByDictionary = new WeakMap<Dictionary, CompletionRow[]>();

/** Danbooru's general, character and franchise tags (dictionaries/danbooru/tags.csv), read once. */
export function loadDanbooruTags(dir = dataDir()): DanbooruTag[] {
  danbooru ??= parseDanbooruCsv(fs.readFileSync(/*turbopackIgnore: true*/ path.join(dir, "danbooru", "tags.csv"), "utf8"));
  return danbooru;
}

/** Which tags are explicit (dictionaries/explicit.tsv; none when the file is missing). */
export function loadExplicitRules(dir = dataDir()): ExplicitRules {
  if (explicit) return explicit;
  const file = path.join(dir, "explicit.tsv");
  explicit = readExplicitRules(fs.existsSync(/*turbopackIgnore: true*/ file) ? fs.readFileSync(/*turbopackIgnore: true*/ file, "utf8") : "");
  return explicit;
}

/** The suggestion rows for a dictionary, built once per dictionary value. */
export function getCompletionRows(dict: Dictionary): CompletionRow[] {
  let rows = rowsByDictionary.get(dict);
  if (!rows) {
    rows = buildCompletionRows(dict, loadDanbooruTags(), loadExplicitRules());
    rowsByDictionary.set(dict, rows);
  }
  return rows;
}
