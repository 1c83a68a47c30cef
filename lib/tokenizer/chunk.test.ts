import { describe, expect, it } from "vitest";
import { chunkPrompt } from "./chunk";
import { countPromptTokens } from "./count";
import { getClipTokenizer } from "./load.server";
import { END_TOKEN, START_TOKEN } from "./vocab";

const tokenizer = getClipTokenizer();
const CAT = 2368;
const DOG = 1929;
const COMMA = 267;
const words = (word: string, n: number) => Array(n).fill(word).join(" ");

describe("chunkPrompt (A1111 tokenize_line)", () => {
  it("pads one chunk to 77 with start and end tokens", () => {
    const { chunks, tokenCount } = chunkPrompt(tokenizer, "cat");
    expect(tokenCount).toBe(1);
    expect(chunks).toHaveLength(1);
    expect(chunks[0].ids).toEqual([START_TOKEN, CAT, ...Array(75).fill(END_TOKEN)]);
    expect(chunks[0].multipliers).toEqual(Array(77).fill(1));
  });

  it("gives the empty prompt one empty chunk", () => {
    const { chunks, tokenCount } = chunkPrompt(tokenizer, "");
    expect(tokenCount).toBe(0);
    expect(chunks[0].ids).toEqual([START_TOKEN, ...Array(76).fill(END_TOKEN)]);
  });

  it("carries attention weights per token", () => {
    const { chunks } = chunkPrompt(tokenizer, "a (cat:1.2) [dog]");
    expect(chunks[0].ids.slice(0, 5)).toEqual([START_TOKEN, 320, CAT, DOG, END_TOKEN]);
    expect(chunks[0].multipliers.slice(0, 5)).toEqual([1, 1, 1.2, 1 / 1.1, 1]);
  });

  it("splits at 75 tokens", () => {
    const { chunks, tokenCount } = chunkPrompt(tokenizer, words("cat", 80));
    expect(tokenCount).toBe(80);
    expect(chunks).toHaveLength(2);
    expect(chunks[0].ids).toEqual([START_TOKEN, ...Array(75).fill(CAT), END_TOKEN]);
    expect(chunks[1].ids.slice(0, 7)).toEqual([START_TOKEN, CAT, CAT, CAT, CAT, CAT, END_TOKEN]);
  });

  it("moves the text after a comma near the chunk end into the next chunk", () => {
    const { chunks, tokenCount } = chunkPrompt(tokenizer, `${words("cat", 70)}, ${words("dog", 10)}`);
    expect(chunks[0].ids).toEqual([START_TOKEN, ...Array(70).fill(CAT), COMMA, ...Array(5).fill(END_TOKEN)]);
    expect(chunks[1].ids.slice(0, 12)).toEqual([START_TOKEN, ...Array(10).fill(DOG), END_TOKEN]);
    expect(tokenCount).toBe(85);
  });

  it("does not back-track past 20 tokens, nor when it is off", () => {
    expect(chunkPrompt(tokenizer, `${words("cat", 50)}, ${words("dog", 30)}`).chunks[0].ids[75]).toBe(DOG);
    const off = chunkPrompt(tokenizer, `${words("cat", 70)}, ${words("dog", 10)}`, { commaPaddingBacktrack: 0 });
    expect(off.tokenCount).toBe(81);
  });

  it("reports where each chunk starts in the source and how many tokens it holds", () => {
    const text = `${words("cat", 70)}, ${words("dog", 10)}`;
    const { chunkStarts, chunkSizes } = chunkPrompt(tokenizer, text, { trackOffsets: true });
    expect(chunkSizes).toEqual([71, 10]);
    expect(chunkStarts[0]).toBe(0);
    expect(text.slice(chunkStarts[1], chunkStarts[1] + 3)).toBe("dog");
  });

  it("starts a new chunk at BREAK", () => {
    const { chunks, tokenCount } = chunkPrompt(tokenizer, "cat BREAK dog");
    expect(chunks.map((c) => c.ids[1])).toEqual([CAT, DOG]);
    expect(tokenCount).toBe(76);
  });
});

describe("countPromptTokens (A1111's N/75 counter)", () => {
  it("counts like the UI", () => {
    expect(countPromptTokens(tokenizer, "cat")).toEqual({ count: 1, max: 75 });
    expect(countPromptTokens(tokenizer, "")).toEqual({ count: 0, max: 75 });
    expect(countPromptTokens(tokenizer, words("cat", 75))).toEqual({ count: 75, max: 75 });
    expect(countPromptTokens(tokenizer, words("cat", 76))).toEqual({ count: 76, max: 150 });
  });

  it("ignores extra networks, takes the longest AND part and schedule", () => {
    expect(countPromptTokens(tokenizer, "cat, <lora:some_style:0.8>")).toEqual({ count: 2, max: 75 });
    expect(countPromptTokens(tokenizer, "cat AND dog dog dog").count).toBe(3);
    expect(countPromptTokens(tokenizer, "[cat:dog dog dog:5]").count).toBe(3);
    expect(countPromptTokens(tokenizer, "cat AND dog dog dog", { isNegative: true }).count).toBe(5);
  });
});
