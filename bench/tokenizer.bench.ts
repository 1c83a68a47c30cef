import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { analyzePrompt } from "../lib/analysis/analyze-prompt";
import { getClipTokenizer } from "../lib/tokenizer/load.server";
import { writeClipTokenizerJson } from "./clip-tokenizer-json";
import { fmt, quantile, sample, spread } from "./measure";
import { corpus, promptOfCount } from "./prompts";

/** Tokenizer throughput against transformers.js in one process on the same prompts, and the 400-token recount. */
export async function benchTokenizer(): Promise<void> {
  const ours = getClipTokenizer();
  const tokens = corpus.reduce((n, p) => n + ours.encode(p).length, 0);

  const { AutoTokenizer, env } = await import("@huggingface/transformers");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "clip-tok-"));
  env.allowRemoteModels = false;
  env.localModelPath = dir;
  const theirs = await AutoTokenizer.from_pretrained(writeClipTokenizerJson(dir));
  fs.rmSync(dir, { recursive: true, force: true });
  const differ = corpus.filter((p) => JSON.stringify(ours.encode(p)) !== JSON.stringify(theirs.encode(p, { add_special_tokens: false }))).length;

  const oursRate: number[] = [];
  const theirsRate: number[] = [];
  for (let round = 0; round < 10; round++) {
    const [a] = await sample(1, () => corpus.forEach((p) => ours.encode(p)));
    const [b] = await sample(1, () => corpus.forEach((p) => theirs.encode(p, { add_special_tokens: false })));
    oursRate.push(tokens / a / 1000);
    theirsRate.push(tokens / b / 1000);
  }
  console.log(`tokenizer: ${corpus.length} prompts, ${fmt(tokens, 0)} tokens, encode only, one process, runs interleaved`);
  console.log(`  prompt-studio            ${spread(oursRate, "M tokens/s")}`);
  console.log(`  transformers.js (CLIP)   ${spread(theirsRate, "M tokens/s")}`);
  console.log(`  ratio                    ${fmt(quantile(oursRate, 0.5) / quantile(theirsRate, 0.5))}× (goal ≥ 5×); transformers.js's ids differ on ${differ} of ${corpus.length} prompts`);

  const count = (text: string) => analyzePrompt(ours, text).tokenCount;
  const long = promptOfCount(400, count);
  const edited = (i: number) => `${long}${i % 2 ? " x" : ""}`;
  // What the editor does per keystroke: the whole analysis (grammar, highlight, tags, chunk marks, count).
  const recount = await sample(2000, (i) => {
    const analysis = analyzePrompt(ours, edited(i), { trackOffsets: true });
    void [analysis.highlight, analysis.diagnostics, analysis.tags, analysis.chunkStarts, analysis.tokenCount];
  }, 50);
  console.log(`  analysis of a prompt A1111 counts ${count(long)} tokens (highlight, diagnostics, tags, chunk marks, count): ${spread(recount, "ms", 3)} (goal < 1 ms)`);
}
