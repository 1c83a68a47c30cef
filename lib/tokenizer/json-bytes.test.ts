import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseAttentionRuns } from "../prompt/attention";
import { buildChunks } from "./chunk";
import { cutChunks } from "./chunk-cuts";
import { JsonBytes } from "./json-bytes";
import { getClipTokenizer } from "./load.server";
import { tokenizeRuns } from "./token-stream";

const tokenizer = getClipTokenizer();
const corpus = fs.readFileSync(path.join(import.meta.dirname, "../../bench/corpus/prompts.jsonl"), "utf8")
  .split("\n").filter(Boolean).map((line) => (JSON.parse(line) as { prompt: string }).prompt);
const text = (out: JsonBytes) => new TextDecoder().decode(out.bytes());

// The chunks of a prompt as JsonBytes writes them, and as JSON.stringify writes them.
function bothTexts(prompt: string, chunkLength?: number): [string, string] {
  const stream = tokenizeRuns(tokenizer, parseAttentionRuns(prompt));
  const cuts = cutChunks(stream, { chunkLength });
  const out = new JsonBytes();
  out.chunks(stream, cuts, { chunkLength });
  return [text(out), JSON.stringify(buildChunks(stream, cuts, { chunkLength }).chunks)];
}
const differs = (prompt: string, chunkLength?: number) => new Set(bothTexts(prompt, chunkLength)).size !== 1;

describe("JsonBytes", () => {
  it(`writes the chunks of all ${corpus.length} corpus prompts as JSON.stringify does`, () => {
    expect(corpus.filter((prompt) => differs(prompt))).toEqual([]);
  });

  const cases = ["", "cat", "a BREAK BREAK b", "BREAK", "(cat:0) (dog:-1.5) [[bird]]", `(cat:${"9".repeat(400)})`, "((((((((((cat))))))))))"];
  for (const prompt of cases) {
    it(`writes ${JSON.stringify(prompt.slice(0, 40))} as JSON.stringify does`, () => {
      const [ours, stringified] = bothTexts(prompt);
      expect(ours).toBe(stringified);
    });
  }

  it("follows the chunk length", () => {
    const [ours, stringified] = bothTexts("cat, dog, bird, fish, cow, pig, hen", 4);
    expect(ours).toBe(stringified);
  });

  it("writes number lists and repeats what it wrote", () => {
    const out = new JsonBytes();
    out.text("[");
    out.uints([0, 9, 10, 99, 100, 49407, 100_000, 1.5, -2, Number.NaN]);
    out.text("]");
    const end = out.length;
    out.repeat(0, end);
    expect(text(out)).toBe("[0,9,10,99,100,49407,100000,1.5,-2,null]".repeat(2));
    out.clear();
    expect(out.length).toBe(0);
  });

  it("writes every whole number up to past its table as JSON does, growing its buffer as it goes", () => {
    const all = Array.from({ length: 70_000 }, (_, n) => n);
    const out = new JsonBytes();
    out.uints(all);
    expect(text(out)).toBe(JSON.stringify(all).slice(1, -1));
  });

  it("writes a list that starts or ends with a number outside its table, a part of a list, and lists of one or none", () => {
    const list = [-0.5, 7, 65_535, 65_536, -0, 1e21, 3];
    const write = (from?: number, to?: number) => {
      const out = new JsonBytes();
      out.text("[");
      out.uints(list, from, to);
      out.text("]");
      return text(out);
    };
    expect(write()).toBe(JSON.stringify(list));
    expect(write(2, 4)).toBe("[65535,65536]");
    expect(write(5)).toBe("[1e+21,3]");
    expect(write(1, 2)).toBe("[7]");
    expect(write(3, 3)).toBe("[]");
  });
});
