import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chunkPrompt } from "../lib/tokenizer/chunk";
import { countPromptTokens } from "../lib/tokenizer/count";
import { getClipTokenizer } from "../lib/tokenizer/load.server";
import { writeClipTokenizerJson } from "./clip-tokenizer-json";
import { bestOf, fmt, medianMicros } from "./measure";

const corpus = fs.readFileSync(path.join(import.meta.dirname, "corpus", "prompts.jsonl"), "utf8")
  .split("\n").filter(Boolean).map((l) => (JSON.parse(l) as { prompt: string }).prompt);

/** Tokenizer throughput against transformers.js on the same prompts, the 400-token recount, and the CLI. */
export async function benchTokenizer(): Promise<void> {
  const ours = getClipTokenizer();
  const tokens = corpus.reduce((n, p) => n + ours.encode(p).length, 0);
  const oursMs = await bestOf(5, () => corpus.forEach((p) => ours.encode(p)));

  const { AutoTokenizer, env } = await import("@huggingface/transformers");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "clip-tok-"));
  env.allowRemoteModels = false;
  env.localModelPath = dir;
  const theirs = await AutoTokenizer.from_pretrained(writeClipTokenizerJson(dir));
  const theirsMs = await bestOf(5, () => corpus.forEach((p) => theirs.encode(p, { add_special_tokens: false })));

  const oursRate = tokens / (oursMs / 1000);
  const theirsRate = tokens / (theirsMs / 1000);
  console.log(`tokenizer: ${corpus.length} prompts, ${fmt(tokens, 0)} tokens`);
  console.log(`  prompt-studio            ${fmt(oursRate / 1e6)} M tokens/s`);
  console.log(`  transformers.js (CLIP)   ${fmt(theirsRate / 1e6)} M tokens/s`);
  console.log(`  ratio                    ${fmt(oursRate / theirsRate)}× (goal ≥ 5×)`);

  const long = corpus.find((p) => { const n = ours.encode(p).length; return n >= 380 && n <= 420; })
    ?? corpus.reduce((a, b) => (ours.encode(a).length > ours.encode(b).length ? a : b));
  const edited = (i: number) => `${long} ${i % 2 ? "x" : "y"}`;
  let i = 0;
  const recount = medianMicros(2000, () => {
    const text = edited(i++);
    const { tokenCount } = chunkPrompt(ours, text, { trackOffsets: true });
    countPromptTokens(ours, text, { known: { text, tokenCount } });
  });
  console.log(`  400-token prompt recount (count + chunks + offsets), median: ${fmt(recount / 1000, 3)} ms (goal < 1 ms), ${ours.encode(long).length} tokens`);

  const lines = Array.from({ length: 10_000 }, (_, k) => JSON.stringify({ prompt: corpus[k % corpus.length] + (k >= corpus.length ? ` #${k}` : "") })).join("\n") + "\n";
  const libMs = await bestOf(1, () => lines.split("\n").filter(Boolean).forEach((l) => {
    const prompt = (JSON.parse(l) as { prompt: string }).prompt;
    const { chunks, tokenCount } = chunkPrompt(ours, prompt);
    const count = countPromptTokens(ours, prompt, { known: { text: prompt, tokenCount } }).count;
    JSON.stringify({ ids: ours.encode(prompt), tokenCount: count, chunks });
  }));
  const cli = path.join(process.cwd(), "bin", "promptstudio.mjs");
  const startup = await bestOf(2, () => execFileSync(process.execPath, [cli, "tokenize", "--jsonl"], { input: "" }));
  const cliMs = await bestOf(1, () => execFileSync(process.execPath, [cli, "tokenize", "--jsonl"], { input: lines, maxBuffer: 1 << 30 }));
  console.log(`cli tokenize --jsonl, 10,000 prompts: ${fmt(cliMs, 0)} ms wall (start-up ${fmt(startup, 0)} ms); the library alone: ${fmt(libMs, 0)} ms`);
}
