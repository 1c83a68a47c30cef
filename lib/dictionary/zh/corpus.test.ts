import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { getBuiltinDictionary } from "../builtin.server";
import { lookupTag } from "../dictionary";
import { translatePrompt } from "../translate";

// 120 prompts written by someone who had not seen our data, each with the tags a correct translation must contain.
const corpus: Array<{ text: string; expect: string[] }> = fs.readFileSync(path.join(__dirname, "fixtures", "zh-prompts.jsonl"), "utf8")
  .split("\n").filter(Boolean).map((line) => JSON.parse(line));
const dict = getBuiltinDictionary();
const canonical = (tag: string) => lookupTag(dict, tag)?.entry.tag.toLowerCase() ?? tag.toLowerCase();
const tagsOf = (text: string) => text.split(/\s*,\s*/).map((t) => t.replace(/[()[\]]|:[\d.]+/g, "").trim()).filter(Boolean);

describe("translation of an independent corpus of Chinese prompts", () => {
  const results = corpus.map(({ text, expect: wanted }) => {
    const out = translatePrompt(dict, text, "zh-en");
    const got = new Set(tagsOf(out.text).map(canonical));
    return { text, out, missing: wanted.filter((w) => !got.has(canonical(w))) };
  });

  it("never glues Chinese to English, never emits an emoji or a lone character, and lists every Chinese left", () => {
    for (const { text, out } of results) {
      for (const tag of tagsOf(out.text)) {
        const han = /\p{Script=Han}/u.test(tag);
        expect(han && /[a-z]/i.test(tag), `${text} → ${tag}`).toBe(false);
        expect(/\p{Extended_Pictographic}/u.test(tag), `${text} → ${tag}`).toBe(false);
        if (han) {
          expect([...tag].length, `${text} → ${tag}`).toBeGreaterThan(1);
          expect(out.unknown, text).toContain(tag);
        }
      }
    }
  });

  it("gets every expected tag of most prompts (66 of 120 when this test was written; 31 of 80 before the rework)", () => {
    const correct = results.filter((r) => r.missing.length === 0).length;
    expect(correct).toBeGreaterThanOrEqual(64);
  });

  it("leaves Chinese in at most 5 outputs (47 of 80 before)", () => {
    expect(results.filter((r) => /\p{Script=Han}/u.test(r.out.text)).length).toBeLessThanOrEqual(5);
  });
});
