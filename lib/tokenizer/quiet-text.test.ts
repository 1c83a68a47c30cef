import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cleanClipText, cleanClipTextForSplit } from "./clean";
import { foldQuietText } from "./quiet-text";

const corpus = fs.readFileSync(path.join(import.meta.dirname, "../../bench/corpus/prompts.jsonl"), "utf8")
  .split("\n").filter(Boolean).map((line) => (JSON.parse(line) as { prompt: string }).prompt);
// The words CLIP's split sees (it skips JavaScript's whitespace).
const words = (text: string) => text.split(/\s+/u).filter(Boolean);
const units = Array.from({ length: 0x10000 }, (_, u) => String.fromCharCode(u));

describe("foldQuietText", () => {
  it("passes only units NFC leaves alone next to anything (class 0, nothing to recompose or decompose)", () => {
    const quiet = units.filter((ch) => foldQuietText(ch) === ch);
    expect(quiet.length).toBeGreaterThan(40_000);
    // U+0345 has the highest canonical class: a unit of class 1–239 after it would be moved in front of it.
    expect(quiet.filter((ch) => ch.normalize("NFC") !== ch || !`\u0345${ch}`.normalize("NFD").startsWith("\u0345"))).toEqual([]);
  });

  it("cleans every unit it passes as cleanClipText does, between letters and after a space", () => {
    const wrong = units.filter((ch) => foldQuietText(ch) !== null).flatMap((ch) => [`a${ch}b`, ` ${ch}`, `${ch}\u0301`])
      .filter((text) => foldQuietText(text) !== null && words(cleanClipText(text)).join(" ") !== words(foldQuietText(text)!.toLowerCase()).join(" "));
    expect(wrong).toEqual([]);
  });

  it("folds full-width ASCII, the ideographic space and curly quotes; leaves the rest to the full clean-up", () => {
    expect(foldQuietText("（杰作：0.9）\u3000“月光”’s🦊")).toBe("(杰作:0.9) \"月光\"'s🦊");
    expect(["a&amp;b", "＆", "ｶ", "\ud83e", "\udd8a", "e\u0301", "ﬁ", "\x85", "\r\n"].map(foldQuietText)).toEqual(Array(9).fill(null));
  });
});

describe("cleanClipTextForSplit", () => {
  it(`gives the words cleanClipText gives, on all ${corpus.length} corpus prompts and tricky whitespace`, () => {
    const texts = [...corpus, " a\u00a0\u2003b\ufeffc\x1cd\x85e ", "Ｈｅｌｌｏ，&amp;amp;  World", "\u3000x\u3000"];
    expect(texts.filter((text) => words(cleanClipTextForSplit(text)).join(" ") !== words(cleanClipText(text)).join(" "))).toEqual([]);
  });
});
