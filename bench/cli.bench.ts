import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { writeClipTokenizerJson } from "./clip-tokenizer-json";
import { fmt, quantile, sample, spread } from "./measure";
import { corpusLines } from "./prompts";

const LINES = 12_000;
const ROUNDS = 7;

/**
 * The CLI timed from outside as whole processes: start-up of a one-shot `tokenize`, and `tokenize --jsonl` over 12,000
 * corpus lines against a plain script running transformers.js's CLIPTokenizer on the same lines (runs interleaved).
 */
export async function benchCli(): Promise<void> {
  const cli = path.join(process.cwd(), "bin", "promptstudio.mjs");
  const node = (args: string[], input?: string) => execFileSync(process.execPath, args, { input, maxBuffer: 1 << 30, encoding: "utf8" });
  const startup = await sample(10, () => node([cli, "tokenize", "a cat"]));
  console.log(`cli: \`node bin/promptstudio.mjs tokenize "a cat"\` ${spread(startup, "ms", 0)} (goal ≤ 250 ms)`);

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "clip-tok-"));
  const model = writeClipTokenizerJson(dir);
  const theirsScript = path.join(import.meta.dirname, "transformers-tokenize.mjs");
  const inputFile = path.join(dir, "prompts.jsonl");
  fs.writeFileSync(inputFile, corpusLines(LINES));
  const [oursFile, theirsFile] = [path.join(dir, "ours.jsonl"), path.join(dir, "theirs.jsonl")];
  // Each process reads the prompts from a file and writes its answers to one, as `time cmd < in > out` would: the
  // time is the process's own, from spawn to exit, with none of this process's reading or decoding of the output in it.
  const timed = (args: string[], outFile: string) => {
    const [input, output] = [fs.openSync(inputFile, "r"), fs.openSync(outFile, "w")];
    try {
      const t0 = performance.now();
      const { status, error } = spawnSync(process.execPath, args, { stdio: [input, output, "inherit"] });
      const ms = performance.now() - t0;
      if (error || status !== 0) throw new Error(`${path.basename(args[0])} failed (${error?.message ?? `exit code ${status}`})`);
      return ms;
    } finally {
      fs.closeSync(input);
      fs.closeSync(output);
    }
  };
  const ours: number[] = [];
  const theirs: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    ours.push(timed([cli, "tokenize", "--jsonl"], oursFile));
    theirs.push(timed([theirsScript, dir, model], theirsFile));
  }
  const a = fs.readFileSync(oursFile, "utf8").trimEnd().split("\n");
  const b = fs.readFileSync(theirsFile, "utf8").trimEnd().split("\n");
  fs.rmSync(dir, { recursive: true, force: true });
  if (a.length !== LINES || b.length !== LINES) throw new Error(`expected ${LINES} answers from each, got ${a.length} and ${b.length}`);
  const differ = a.filter((line, i) => JSON.stringify((JSON.parse(line) as { ids: number[] }).ids) !== JSON.stringify((JSON.parse(b[i]) as { ids: number[] }).ids)).length;
  const ratios = ours.map((ms, i) => theirs[i] / ms);
  console.log(`cli tokenize --jsonl, ${fmt(LINES, 0)} corpus lines (${a.length} answered), whole processes, stdin and stdout on files, interleaved:`);
  console.log(`  promptstudio            ${spread(ours, "ms", 0)}`);
  console.log(`  transformers.js script  ${spread(theirs, "ms", 0)} (ids only, no count or chunks)`);
  console.log(`  ratio                   ${fmt(quantile(theirs, 0.5) / quantile(ours, 0.5))}× median (per run ${fmt(Math.min(...ratios))}–${fmt(Math.max(...ratios))}×; goal ≥ 3×);` +
    ` transformers.js's ids differ on ${differ} of ${a.length} lines (${fmt((100 * differ) / a.length, 1)}%: it skips ftfy's clean-ups)`);
}
