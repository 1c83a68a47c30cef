import { describe, expect, it } from "vitest";
import { charClass, LETTER, NUMBER, OTHER, SPACE } from "./char-class";
import { HASH_START, hashStep, WordCache } from "./word-cache";

const hashOf = (word: string) => Array.from(word).reduce((h, c) => hashStep(h, c.charCodeAt(0)), HASH_START);

describe("WordCache", () => {
  it("finds a word by its place in a text, folding A–Z when asked, and appends its ids", () => {
    const cache = new WordCache();
    const entry = cache.add("cat", hashOf("cat"), [2368]);
    expect(cache.find("a Cat", 2, 5, hashOf("cat"), true)).toBe(entry);
    expect(cache.find("a Cat", 2, 5, hashOf("cat"), false)).toBe(-1);
    expect(cache.find("a cap", 2, 5, hashOf("cap"), false)).toBe(-1);
    const out: number[] = [];
    expect(cache.append(entry, out)).toBe(1);
    expect(out).toEqual([2368]);
  });

  it("keeps every word through growth", () => {
    const cache = new WordCache();
    const words = Array.from({ length: 20_000 }, (_, i) => `w${i}`);
    const entries = words.map((w, i) => cache.add(w, hashOf(w), [i, i + 1]));
    expect(words.every((w, i) => cache.find(w, 0, w.length, hashOf(w), false) === entries[i])).toBe(true);
  });
});

describe("charClass", () => {
  it("classes code points as CLIP's split pattern does", () => {
    expect([charClass(0x91d1), charClass(0x2c), charClass(0x20), charClass(0x31), charClass(0xbd), charClass(0x1f600)])
      .toEqual([LETTER, OTHER, SPACE, NUMBER, NUMBER, OTHER]);
  });
});
