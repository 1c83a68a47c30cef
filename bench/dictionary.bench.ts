import { getBuiltinDictionary } from "../lib/dictionary/builtin.server";
import { searchDictionary } from "../lib/dictionary/search";
import { translatePrompt } from "../lib/dictionary/translate";
import { fmt, medianMicros } from "./measure";

const QUERIES = ["long hair", "jinfa", "jf", "金发", "masterpeice", "dress", "light", "猫", "sitting", "xq", "blue", "night city", "zzzz", ""];

/** Dictionary search per query over the whole dictionary (goal < 2 ms) and prompt translation. */
export function benchDictionary(): void {
  const t0 = performance.now();
  const dict = getBuiltinDictionary();
  console.log(`dictionary: ${dict.entries.length} entries, index built in ${fmt(performance.now() - t0, 0)} ms`);
  let i = 0;
  const perQuery = medianMicros(5000, () => searchDictionary(dict, QUERIES[i++ % QUERIES.length], { limit: 40 }));
  let worst = 0;
  for (const q of QUERIES) worst = Math.max(worst, medianMicros(200, () => searchDictionary(dict, q, { limit: 40 })));
  console.log(`  search, median per query: ${fmt(perQuery / 1000, 3)} ms; slowest query's median: ${fmt(worst / 1000, 3)} ms (goal < 2 ms)`);
  const prompt = "(金色长发:1.2), 白色连衣裙, 坐在咖啡馆, [微笑|大笑], 一只猫在窗台上, 城市夜景";
  console.log(`  translate zh→en (${prompt.length} chars), median: ${fmt(medianMicros(2000, () => translatePrompt(dict, prompt, "zh-en")) / 1000, 3)} ms`);
}
