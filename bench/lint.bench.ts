import fs from "node:fs";
import path from "node:path";
import { lintPrompt } from "../lib/lint/lint-prompt";
import { createLintRules } from "../lib/lint/lint-rules";
import { getLintData } from "../lib/lint/load-lint-data.server";
import { chunkPrompt } from "../lib/tokenizer/chunk";
import { getClipTokenizer } from "../lib/tokenizer/load.server";
import { fmt, medianMicros } from "./measure";

const corpus = fs.readFileSync(path.join(import.meta.dirname, "corpus", "prompts.jsonl"), "utf8")
  .split("\n").filter(Boolean).map((l) => (JSON.parse(l) as { prompt: string }).prompt);

/** The prompt lint on a 400-token prompt, as the editor runs it on every keystroke (chunk starts come from the counter). */
export function benchLint(): void {
  const tokenizer = getClipTokenizer();
  const rules = createLintRules(getLintData());
  const long = corpus.find((p) => { const n = tokenizer.encode(p).length; return n >= 380 && n <= 420; })
    ?? corpus.reduce((a, b) => (tokenizer.encode(a).length > tokenizer.encode(b).length ? a : b));
  const edited = (i: number) => `${long} ${i % 2 ? "x" : "y"}`;
  const starts = [chunkPrompt(tokenizer, edited(0), { trackOffsets: true }).chunkStarts, chunkPrompt(tokenizer, edited(1), { trackOffsets: true }).chunkStarts];
  let i = 0;
  let issues = 0;
  const lint = medianMicros(2000, () => {
    const k = i++ % 2;
    issues = lintPrompt({ prompt: edited(k), negative: "lowres, bad hands, worst quality" }, { rules, chunkStarts: { prompt: starts[k] } }).length;
  });
  const corpusMs = medianMicros(5, () => corpus.forEach((p) => lintPrompt({ prompt: p }, { rules }))) / 1000;
  console.log(`lint: 400-token prompt (${tokenizer.encode(long).length} tokens, ${issues} issues), median: ${fmt(lint / 1000, 3)} ms (goal < 2 ms)`);
  console.log(`  ${corpus.length} corpus prompts: ${fmt(corpusMs, 1)} ms, ${fmt((corpusMs * 1000) / corpus.length, 0)} µs a prompt`);
}
