import zlib from "node:zlib";
import { getBuiltinDictionary } from "../lib/dictionary/builtin.server";
import { buildCompletionIndex, completeTag } from "../lib/dictionary/complete";
import { getCompletionRows } from "../lib/dictionary/completion-data.server";
import { packCompletionRows, unpackCompletionRows } from "../lib/dictionary/completion-wire";
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
  translatePrompt(dict, prompt, "zh-en");
  console.log(`  translate zh→en (${prompt.length} chars), median: ${fmt(medianMicros(2000, () => translatePrompt(dict, prompt, "zh-en")) / 1000, 3)} ms`);
  benchCompletion();
}

// What a user types, keystroke by keystroke: English, underscores, Chinese, pinyin, initials, aliases, one letter.
const TYPED = ["blonde hair", "long_hair", "long hair", "金发", "双马尾", "shuangmawei", "smw", "qipao", "hatsune miku", "sitting", "looking at viewer", "猫耳", "x"]
  .flatMap((word) => Array.from({ length: word.length }, (_, i) => word.slice(0, i + 1)));

/** Autocomplete over the whole suggestion set (dictionary + Danbooru's general, character and franchise tags). */
function benchCompletion(): void {
  const rows = getCompletionRows(getBuiltinDictionary());
  const wire = JSON.stringify({ rows: packCompletionRows(rows) });
  const builds: number[] = [];
  let index = buildCompletionIndex(unpackCompletionRows(JSON.parse(wire).rows));
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    index = buildCompletionIndex(unpackCompletionRows(JSON.parse(wire).rows));
    builds.push(performance.now() - t0);
  }
  builds.sort((a, b) => a - b);
  for (const q of TYPED) completeTag(index, q);
  const times: number[] = [];
  for (let round = 0; round < 20; round++) {
    for (const q of TYPED) {
      const t0 = performance.now();
      completeTag(index, q, { limit: 8, recent: ["hair ornament", "smile"] });
      times.push(performance.now() - t0);
    }
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => fmt(times[Math.floor(times.length * q)], 3);
  console.log(`  autocomplete over ${rows.length} tags (${index.keys.length} keys): per keystroke median ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${fmt(times.at(-1)!, 3)} ms` +
    ` over ${times.length} keystrokes (goal p95 ≤ 5 ms); index built in ${fmt(builds[2], 0)} ms median (min ${fmt(builds[0], 0)}, max ${fmt(builds[4], 0)}), in a worker;` +
    ` index download ${fmt(zlib.gzipSync(wire).length / 1024, 0)} kB gzip, loaded on first focus, not in the first load`);
}
