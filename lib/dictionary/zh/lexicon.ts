/** A general Chinese–English word list for ordinary words outside the tag vocabulary (玻璃 → glass). */
export interface Lexicon {
  /** The plain English rendering of a simplified Chinese word, if the lexicon has a usable one. */
  get(word: string): string | undefined;
  /** Length of the longest word, for segmentation. */
  longest: number;
}

const SKIP = /^(variant of|old variant|surname|used in|see |abbr\.|CL:|classifier|erhua|also written|Japanese|Korean|pr\.|lit\.)/i;
const REGISTER = /^\((slang|dialect|coll\.|literary|fig\.|old|archaic|Tw|Internet slang|vulgar|derog\.|onom\.|math\.|chemistry|medicine|Buddhism|law)[^)]*\)/i;

/**
 * Chooses the plain rendering a prompt can use from a CC-CEDICT meaning list: the first short noun or adjective
 * sense, else the first verb without its "to".
 * @example plainGloss(["(of planes etc) to fly", "flying", "flight"]) // "flying"
 */
export function plainGloss(meanings: string | string[]): string | null {
  const senses = (typeof meanings === "string" ? meanings.split(/;\s*/) : meanings).slice(0, 4);
  let verb: string | null = null;
  for (const raw of senses) {
    if (SKIP.test(raw) || REGISTER.test(raw.trim())) continue;
    const sense = raw
      .replace(/\([^()]*\)/g, " ")
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/\s+/g, " ")
      .trim()
      .replace(/^(a|an|the) /i, "");
    if (!/^[A-Za-z][A-Za-z' -]*$/.test(sense) || sense.split(" ").length > 3) continue;
    if (/^[A-Z]/.test(sense) && /^[A-Z]/.test(raw.trim())) continue; // proper names
    const lower = sense.toLowerCase();
    if (lower.startsWith("to ")) {
      verb ??= lower.slice(3);
      continue;
    }
    return lower;
  }
  return verb && verb.split(" ").length <= 2 ? verb : null;
}

/** Builds a lexicon from [simplified word, meanings] pairs; the first usable sense of a word wins. */
export function createLexicon(pairs: Iterable<[string, string | string[]]>): Lexicon {
  const words = new Map<string, string>();
  let longest = 1;
  for (const [word, meanings] of pairs) {
    if (words.has(word) || !/^\p{Script=Han}+$/u.test(word) || word.length > 8) continue;
    const gloss = plainGloss(meanings);
    if (!gloss) continue;
    words.set(word, gloss);
    longest = Math.max(longest, word.length);
  }
  return { get: (w) => words.get(w), longest };
}
