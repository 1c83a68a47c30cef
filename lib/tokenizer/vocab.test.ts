import { describe, expect, it } from "vitest";
import { readClipMerges } from "./load.server";
import { buildClipVocab, END_TOKEN, START_TOKEN } from "./vocab";

describe("buildClipVocab", () => {
  const vocab = buildClipVocab(readClipMerges());

  it("gives the token of each merge the id 512 + its rank (no merge makes a token another one made)", () => {
    const wrong = [...vocab.ranks].filter(([pair, rank]) => vocab.encoder.get(pair.replace(" ", "")) !== 512 + rank);
    expect(wrong).toEqual([]);
  });

  it("numbers bytes, bytes ending a word and the special tokens as the reference does", () => {
    expect(vocab.decoder).toHaveLength(49408);
    expect(vocab.encoder.get("cat</w>")).toBe(2368);
    expect(vocab.byteIds.get("a")).toBe(vocab.encoder.get("a"));
    expect(vocab.encoder.get("a</w>")).toBe(vocab.byteIds.get("a")! + 256);
    expect([vocab.encoder.get("<|startoftext|>"), vocab.encoder.get("<|endoftext|>")]).toEqual([START_TOKEN, END_TOKEN]);
  });
});
