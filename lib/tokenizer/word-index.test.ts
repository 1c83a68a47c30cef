import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { getClipTokenizer } from "./load.server";

const tokenizer = getClipTokenizer();
const corpus = fs.readFileSync(path.join(import.meta.dirname, "../../bench/corpus/prompts.jsonl"), "utf8")
  .split("\n").filter(Boolean).map((line) => (JSON.parse(line) as { prompt: string }).prompt);

// Every range [start, end) of `text` at the given step, tokenized with the text's words, against encode of the slice.
function wrongRanges(text: string, step: number): string[] {
  const { words } = tokenizer.encodeWords(text);
  if (!words) return [];
  const wrong: string[] = [];
  for (let start = 0; start < text.length; start += step) {
    for (let end = start; end <= text.length; end += step) {
      const ids: number[] = [];
      tokenizer.encodeRange(text, start, end, ids, null, 0, words);
      if (JSON.stringify(ids) !== JSON.stringify(tokenizer.encode(text.slice(start, end)))) wrong.push(text.slice(start, end));
    }
  }
  return wrong;
}

describe("WordIndex.firstFrom", () => {
  it("finds the first word at or after a place, asked in order, backwards or far ahead", () => {
    const text = "masterpiece, best quality, 1girl, (solo:1.2), long hair, blue eyes, smile, outdoors, sky, cloud";
    const { words } = tokenizer.encodeWords(text);
    const starts = words!.starts;
    const expected = (at: number) => { const k = starts.findIndex((s) => s >= at); return k === -1 ? starts.length : k; };
    const places = [0, 1, 2, 5, 13, 14, 14, 40, 41, 90, 3, 60, 61, 62, text.length, 0, text.length + 5, 7];
    expect(places.map((at) => words!.firstFrom(at))).toEqual(places.map(expected));
  });
});

describe("WordIndex (encodeWords, then encodeRange with the words)", () => {
  it("indexes the words of plain ASCII and gives the ids encode gives", () => {
    const { ids, words } = tokenizer.encodeWords("a (Cat's) <|endoftext|>x");
    expect(ids).toEqual(tokenizer.encode("a (Cat's) <|endoftext|>x"));
    expect(words?.starts).toEqual([0, 2, 3, 6, 8, 10, 23]);
    expect(tokenizer.encodeWords("（Cat）").words?.text).toBe("(cat)");
    expect(tokenizer.encodeWords("a &amp; b").words).toBeNull();
  });

  it("tokenizes any range as encode tokenizes its slice, words cut at either end or not", () => {
    const texts = ["it's a cat's (toy)'s", "x<|startoftext|>y <|endoftext|>'ll've", "ab12cd!!?? ,,e'S 'T'Re", "(((a))), [b:c:0.5] \\(d\\)",
      "（杰作：0.9），月光，Ｃａｔ’ｓ “竹林”🦊🦊 ÀÉ ﾃ", "金发 1girl，（ｍａｓｔｅｒｐｉｅｃｅ）\u3000ｃｏｍｐｕｔｅｒ", "金发girl's, 月光 (cat:1.2) 🦊x"];
    expect(texts.flatMap((text) => wrongRanges(text, 1))).toEqual([]);
  });

  it(`tokenizes ranges of the ${corpus.length} corpus prompts as encode does`, () => {
    expect(corpus.flatMap((text) => wrongRanges(text, 61))).toEqual([]);
  });

  it("copies a word and the words after it that end by a place, in one copy (copyThrough)", () => {
    // Words: "a" [0, 1), "cat" [2, 5), "," [5, 6), "big" [7, 10), "dog" [11, 14); one id each.
    const { ids, words } = tokenizer.encodeWords("a cat, big dog");
    const out: number[] = [];
    expect(words!.copyThrough(1, 12, out)).toBe(4);
    expect(out).toEqual(ids.slice(1, 4));
    out.length = 0;
    expect(words!.copyThrough(4, 14, out)).toBe(5);
    expect(out).toEqual(ids.slice(4));
  });
});
