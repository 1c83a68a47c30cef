import fs from "node:fs";
import path from "node:path";
import { splitPromptParts } from "../lib/prompt/tag-parts";

/** The 1,000 real prompts of bench/corpus. */
export const corpus: string[] = fs.readFileSync(path.join(import.meta.dirname, "corpus", "prompts.jsonl"), "utf8")
  .split("\n").filter(Boolean).map((l) => (JSON.parse(l) as { prompt: string }).prompt);

/** `n` JSONL lines `{"prompt"}` cycling through the corpus, each made unique by a suffix after the first round. */
export function corpusLines(n: number): string {
  return Array.from({ length: n }, (_, k) => JSON.stringify({ prompt: corpus[k % corpus.length] + (k >= corpus.length ? ` #${k}` : "") })).join("\n") + "\n";
}

/**
 * A prompt of real tags from the corpus (weights, brackets and all, but no AND, BREAK or extra networks) that
 * `count` (A1111's N/75 counter) counts exactly `target` tokens; throws if it cannot.
 */
export function promptOfCount(target: number, count: (text: string) => number): string {
  const seen = new Set<string>();
  const tags = corpus.flatMap((p) => splitPromptParts(p.split("\n")[0]).parts.map((part) => part.body))
    .filter((tag) => tag && /^[\x20-\x7e]+$/.test(tag) && !/AND|BREAK|[<>|]/.test(tag) && !seen.has(tag) && seen.add(tag));
  let text = "";
  for (const tag of tags) {
    const next = text ? `${text}, ${tag}` : tag;
    if (count(next) > target) continue;
    text = next;
    if (count(text) >= target - 4) break;
  }
  while (count(text) < target) text += " cat";
  if (count(text) !== target) throw new Error(`could not build a prompt counted ${target} tokens (got ${count(text)})`);
  return text;
}
