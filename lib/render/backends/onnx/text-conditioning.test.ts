import { describe, expect, it } from "vitest";
import { getClipTokenizer } from "../../../tokenizer/load.server";
import { applyEmphasis, encodePromptText, encodeTexts, padWithEmpty, padWithLastToken, type ChunkEncoder } from "./text-conditioning";

// A fake text encoder: token t of a chunk gets hidden values (id % 97 + 1) / 10 + t / 1000 + k / 100 (k = hidden index).
const fakeEncoder = (hidden: number, calls: number[][][] = []): ChunkEncoder => async (chunks) => {
  calls.push(chunks);
  return chunks.map((ids) => Float32Array.from({ length: 77 * hidden }, (_, i) => ((ids[Math.floor(i / hidden)] % 97) + 1) / 10 + Math.floor(i / hidden) / 1000 + (i % hidden) / 100));
};
const mean = (a: Float32Array) => a.reduce((s, v) => s + v, 0) / a.length;
const words = (n: number) => Array(n).fill("cat").join(" "); // one token each

describe("text conditioning", () => {
  const tokenizer = getClipTokenizer();

  it("encodes one chunk as [77, hidden] and two as [154, hidden], in one encoder run", async () => {
    const calls: number[][][] = [];
    const one = await encodePromptText(tokenizer, "a photo of a cat", fakeEncoder(8, calls));
    expect([one.tokens, one.hidden, one.data.length]).toEqual([77, 8, 77 * 8]);
    const two = await encodePromptText(tokenizer, words(120), fakeEncoder(8, calls)); // 120 tokens: chunks of 75 and 45
    expect([two.tokens, two.data.length]).toEqual([154, 154 * 8]);
    expect(calls.map((c) => c.length)).toEqual([1, 2]);
    expect(calls[1].every((ids) => ids.length === 77 && ids[0] === 49406 && ids[76] === 49407)).toBe(true);
  });

  it("gives the tutorial's (1, 154, 768) for a 120-token prompt on SD1's width", async () => {
    const c = await encodePromptText(tokenizer, words(120), fakeEncoder(768));
    expect([1, c.tokens, c.hidden]).toEqual([1, 154, 768]);
  });

  it("applies emphasis per token and restores the chunk's original mean (A1111's z *= mean / new_mean)", async () => {
    const plain = await encodePromptText(tokenizer, "a cat", fakeEncoder(4));
    const weighted = await encodePromptText(tokenizer, "a (cat:1.5)", fakeEncoder(4));
    expect(mean(weighted.data)).toBeCloseTo(mean(plain.data), 5);
    const ratio = (t: number) => weighted.data[t * 4] / plain.data[t * 4];
    expect(ratio(2) / ratio(1)).toBeCloseTo(1.5, 5); // "cat" (token 2) against "a" (token 1)
    expect(ratio(1)).toBeCloseTo(ratio(5), 6); // every unweighted token scaled alike
    expect(Array.from(applyEmphasis(Float32Array.of(1, 3), [1, 2], 1))).toEqual([Math.fround(4 / 7), Math.fround(24 / 7)]);
  });

  it("pads SD2's chunks with 0 after the end token", async () => {
    const calls: number[][][] = [];
    await encodePromptText(tokenizer, "a cat", fakeEncoder(4, calls), { padTokenId: 0 });
    expect(calls[0][0].slice(0, 6)).toEqual([49406, 320, 2368, 49407, 0, 0]);
    expect(calls[0][0][76]).toBe(0);
  });

  it("pads with the empty prompt's chunk, or with the last token; encodes each text once", async () => {
    const calls: number[][][] = [];
    const encoded = await encodeTexts(tokenizer, ["a cat", "a cat", ""], fakeEncoder(2, calls));
    expect([...encoded.keys()]).toEqual(["", "a cat"]);
    expect(calls).toHaveLength(2);
    const empty = encoded.get("")!;
    const padded = padWithEmpty(encoded.get("a cat")!, empty, 231);
    expect(padded.tokens).toBe(231);
    expect(padded.data.subarray(154, 308)).toEqual(empty.data);
    expect(padded.data.subarray(308)).toEqual(empty.data);
    const last = padWithLastToken({ data: Float32Array.of(1, 2, 3, 4), tokens: 2, hidden: 2 }, 4);
    expect(Array.from(last.data)).toEqual([1, 2, 3, 4, 3, 4, 3, 4]);
    expect(() => padWithEmpty(padded, empty, 100)).toThrow(RangeError);
  });
});
