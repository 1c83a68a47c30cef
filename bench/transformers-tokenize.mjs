// The comparison process for `tokenize --jsonl`: transformers.js's CLIPTokenizer, loaded offline from a local folder
// holding a tokenizer.json built from the same merges (bench/clip-tokenizer-json.ts writes it), reading {"prompt"}
// lines on stdin and writing {"ids"} lines on stdout. Plain JavaScript, so no loader of ours slows it down.
// Usage: node bench/transformers-tokenize.mjs <models-dir> <model-name> < prompts.jsonl > ids.jsonl
import { createInterface } from "node:readline";
import { AutoTokenizer, env } from "@huggingface/transformers";

const [dir, name] = process.argv.slice(2);
env.allowRemoteModels = false;
env.localModelPath = dir;
const tokenizer = await AutoTokenizer.from_pretrained(name);
let out = [];
for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
  if (!line.trim()) continue;
  const { prompt } = JSON.parse(line);
  out.push(JSON.stringify({ ids: tokenizer.encode(prompt, { add_special_tokens: false }) }) + "\n");
  if (out.length >= 256) {
    process.stdout.write(out.join(""));
    out = [];
  }
}
process.stdout.write(out.join(""));
