import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import zlib from "node:zlib";
import { buildCompletionIndex, type CompletionRow } from "./completion-index";
import { packCompletionIndex } from "./completion-index-wire";
import { buildCompletionRows } from "./completion-rows";
import { parseDanbooruCsv, type DanbooruTag } from "./danbooru";
import type { Dictionary } from "./dictionary";
import { dataDir } from "./load.server";
import { readExplicitRules, type ExplicitRules } from "./rules";

let danbooru: DanbooruTag[] | null = null;
let explicit: ExplicitRules | null = null;
const rowsByDictionary = new WeakMap<Dictionary, CompletionRow[]>();
const packedByDictionary = new WeakMap<Dictionary, Promise<PackedCompletionIndex>>();
const gzip = promisify(zlib.gzip);

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

/** The suggestion index as the browser's worker loads it: packed, gzipped, and a hash of it for the ETag. */
export interface PackedCompletionIndex {
  gzip: Uint8Array<ArrayBuffer>;
  hash: string;
}

/**
 * The suggestion index for a dictionary, built, packed and compressed once per dictionary value (not per request), so
 * the browser only unpacks it. Gzipped here rather than by the HTTP server: Next drops a route's Content-Encoding,
 * so the worker inflates it itself (DecompressionStream, native).
 */
export function getPackedCompletionIndex(dict: Dictionary): Promise<PackedCompletionIndex> {
  let packed = packedByDictionary.get(dict);
  if (!packed) {
    const bytes = packCompletionIndex(buildCompletionIndex(getCompletionRows(dict)));
    packed = gzip(bytes).then((compressed) => ({ gzip: new Uint8Array(compressed), hash: crypto.createHash("sha1").update(compressed).digest("base64url") }));
    packedByDictionary.set(dict, packed);
    packed.catch(() => packedByDictionary.delete(dict));
  }
  return packed;
}
