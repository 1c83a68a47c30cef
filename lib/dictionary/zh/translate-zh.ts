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

/**
 * Translates one comma-free phrase of mixed Chinese and English into tags: English stays as written, Chinese is
 * segmented and read, numbers before Chinese count (2个男孩 → 2boys). Unknown fragments come back as their own items.
 * @example translatePhrase(dict, sources, "黑色长发").map((t) => t.target) // ["black hair", "long hair"]
 */
export function translatePhrase(dict: Dictionary, sources: WordSources, phrase: string, resources: ZhResources = {}): ReadTag[] {
  const parts = simplifyHan(phrase, resources.toSimplified).split(HAN_SPLIT);
  const out: ReadTag[] = [];
  let carried: Piece[] = [];
  parts.forEach((part, index) => {
    if (!part) return;
    if (!HAN.test(part)) {
      const text = part.trim();
      const number = /(?:^|\s)(\d{1,3})\s*$/.exec(text);
      const rest = number ? text.slice(0, number.index).trim() : text;
      if (rest && /[\p{L}\p{N}]/u.test(rest)) out.push({ source: rest, target: rest, known: true, from: "written" });
      carried = number && index + 1 < parts.length ? [{ kind: "grammar", zh: number[1], grammar: { role: "number", value: Number(number[1]) } }] : [];
      return;
    }
    for (const tag of readPieces(dict, sources, [...carried, ...segmentRun(sources, part)])) {
      if (!out.some((t) => t.target === tag.target)) out.push(tag);
    }
    carried = [];
  });
  return out;
}
