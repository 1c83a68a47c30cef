import type { Dictionary, IndexedEntry } from "../dictionary";
import type { Lexicon } from "./lexicon";
import { simplifyHan, type ToSimplified } from "./normalize";
import { readPieces, type ReadTag } from "./read-pieces";
import { segmentRun, type Piece, type WordSources } from "./segment";

/** What Chinese translation may use beyond the dictionary: traditional → simplified, and a general lexicon. */
export interface ZhResources {
  toSimplified?: ToSimplified;
  lexicon?: Lexicon;
}

const HAN_SPLIT = /(\p{Script=Han}+)/u;
const HAN = /\p{Script=Han}/u;

/** The word sources over a dictionary: emoji never translate ordinary words; priorities are applied by the index. */
export function wordSources(dict: Dictionary, lexicon?: Lexicon): WordSources {
  return {
    tagOf: (key: string): IndexedEntry | undefined => dict.byChinese.get(key)?.find((e) => e.entry.category !== "emoji"),
    phraseOf: (key: string) => dict.phrases.get(key),
    lexicon,
    longest: dict.longestChinese,
  };
}

const mixedKeysOf = new WeakMap<Dictionary, Map<string, string[]>>();

// The dictionary's Chinese names written with Latin letters or digits too (Q版, JK制服, 35mm镜头), by first character,
// longest first: the split into Chinese runs would cut them apart. Only names `sources` reads as a tag count (an emoji's
// name, 爱心emoji, is left to the words it is made of, as everywhere else).
function mixedKeys(dict: Dictionary, sources: WordSources): Map<string, string[]> {
  let keys = mixedKeysOf.get(dict);
  if (!keys) {
    keys = new Map();
    const named = [...dict.byChinese.keys()].filter((k) => HAN.test(k) && /[a-z0-9]/.test(k) && sources.tagOf(k) !== undefined);
    for (const key of named.sort((x, y) => y.length - x.length)) {
      const list = keys.get(key[0]) ?? [];
      if (list.length === 0) keys.set(key[0], list);
      list.push(key);
    }
    mixedKeysOf.set(dict, keys);
  }
  return keys;
}

// The mixed names in `phrase`, left to right, each the longest that starts where it does (one pass over the phrase).
function findMixedNames(dict: Dictionary, sources: WordSources, phrase: string): Array<{ at: number; key: string }> {
  const found: Array<{ at: number; key: string }> = [];
  const lower = phrase.toLowerCase();
  if (!/[a-z0-9]/.test(lower) || !HAN.test(lower) || lower.length !== phrase.length) return found;
  const keys = mixedKeys(dict, sources);
  for (let at = 0; at < lower.length; ) {
    const key = keys.get(lower[at])?.find((k) => lower.startsWith(k, at));
    if (key) found.push({ at, key });
    at += key?.length ?? 1;
  }
  return found;
}

/**
 * Translates one comma-free phrase of mixed Chinese and English into tags: English stays as written, Chinese is
 * segmented and read, numbers before Chinese count (2个男孩 → 2boys). Unknown fragments come back as their own items.
 * @example translatePhrase(dict, sources, "黑色长发").map((t) => t.target) // ["black hair", "long hair"]
 */
export function translatePhrase(dict: Dictionary, sources: WordSources, phrase: string, resources: ZhResources = {}): ReadTag[] {
  const simplified = simplifyHan(phrase, resources.toSimplified);
  const out: ReadTag[] = [];
  // A tag read twice is written once; English the user wrote stays as often as written.
  const push = (tag: ReadTag) => {
    if (tag.from === "written" || !out.some((t) => t.target === tag.target)) out.push(tag);
  };
  let from = 0;
  for (const { at, key } of findMixedNames(dict, sources, simplified)) {
    readRuns(dict, sources, simplified.slice(from, at), push);
    push({ source: simplified.slice(at, at + key.length), target: sources.tagOf(key)!.entry.tag, known: true, from: "dictionary" });
    from = at + key.length;
  }
  readRuns(dict, sources, simplified.slice(from), push);
  return out;
}

// English stays as written; Chinese runs are segmented and read, a number before one counting (2个男孩 → 2boys).
function readRuns(dict: Dictionary, sources: WordSources, text: string, push: (tag: ReadTag) => void): void {
  const parts = text.split(HAN_SPLIT);
  let carried: Piece[] = [];
  parts.forEach((part, index) => {
    if (!part) return;
    if (!HAN.test(part)) {
      const trimmed = part.trim();
      const number = /(?:^|\s)(\d{1,3})\s*$/.exec(trimmed);
      const rest = number ? trimmed.slice(0, number.index).trim() : trimmed;
      if (rest && /[\p{L}\p{N}]/u.test(rest)) push({ source: rest, target: rest, known: true, from: "written" });
      carried = number && index + 1 < parts.length ? [{ kind: "grammar", zh: number[1], grammar: { role: "number", value: Number(number[1]) } }] : [];
      return;
    }
    for (const tag of readPieces(dict, sources, [...carried, ...segmentRun(sources, part)])) push(tag);
    carried = [];
  });
}
