import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseAttentionRuns } from "../prompt/attention";
import { everyAttentionCut } from "../prompt/attention-cuts";
import { countedTexts } from "../prompt/counted-texts";
import { getClipTokenizer } from "./load.server";
import { tokenizeRuns, tokenizeText, type SegmentCache } from "./token-stream";

const tokenizer = getClipTokenizer();
const corpus = fs.readFileSync(path.join(import.meta.dirname, "../../bench/corpus/prompts.jsonl"), "utf8")
  .split("\n").filter(Boolean).map((line) => (JSON.parse(line) as { prompt: string }).prompt);

describe("tokenizeRuns", () => {
  it("tokenizes run by run, with each token's weight and where BREAKs fall", () => {
    const { ids, weights, breaks } = tokenizeRuns(tokenizer, parseAttentionRuns("a (cat) BREAK dog"));
    expect({ ids, weights, breaks }).toEqual({ ids: [320, 2368, 1929], weights: [1, 1.1, 1], breaks: [2] });
  });
});

// `text` cut at `cuts`.
const piecesAt = (text: string, cuts: number[]) => [0, ...cuts].map((from, k) => text.slice(from, k < cuts.length ? cuts[k] : text.length));

describe("tokenizeText (piece by piece at attentionCuts)", () => {
  // HTML entities and what ftfy folds into one ("＆", "&#44;" is a comma), against commas and line breaks.
  const entityTexts = [
    "a &amp, b, c &lt;d&gt;, e", "x &amp;amp;, y,\nz &#44; w, v", "ｃａｔ ＆ａｍｐ； dog, bird &quot;, fish", "a &, b &, c",
    "&lt;lora:x:1&gt;, cat, (dog &amp; bird:1.2), fish", "cat, dog,\n<b> &amp;, fish, cow", "cat &amp;, dog, <x>, bird &lt;, fish",
  ];

  it(`gives the tokens, weights and BREAKs of the whole text for every corpus prompt and counted variant`, () => {
    const wrong: string[] = [];
    for (const prompt of [...corpus, ...entityTexts]) {
      const segments: SegmentCache = new Map();
      for (const text of [prompt, ...countedTexts(prompt)]) {
        const whole = tokenizeRuns(tokenizer, parseAttentionRuns(text));
        // At the picked cuts, sharing pieces with the texts before, and at every place a cut may fall.
        for (const { ids, weights, breaks } of [tokenizeText(tokenizer, text, segments), tokenizeText(tokenizer, text, new Map(), null, piecesAt(text, everyAttentionCut(text)))]) {
          if (JSON.stringify({ ids, weights, breaks }) !== JSON.stringify({ ids: whole.ids, weights: whole.weights, breaks: whole.breaks })) wrong.push(text);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it("cuts text with HTML entities, unless it also holds a \"<\" (after which ftfy stops unescaping)", () => {
    expect(everyAttentionCut(entityTexts[0]).length).toBeGreaterThan(0);
    expect(everyAttentionCut(entityTexts[5])).toEqual([]);
  });

  it("reuses the pieces a variant shares with the text before it", () => {
    const segments: SegmentCache = new Map();
    tokenizeText(tokenizer, "cat, dog, bird, fish, cow, pig", segments);
    expect([...segments.keys()]).toEqual(["cat,", " dog, bird,", " fish, cow, pig"]);
    tokenizeText(tokenizer, "cat, dog, bird, fish, cow, hen", segments);
    expect(segments.size).toBe(4);
  });
});
