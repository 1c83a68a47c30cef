import { describe, expect, it } from "vitest";
import { createDictionary } from "../../dictionary/dictionary";
import type { DictionaryEntry } from "../../dictionary/entry";
import { readExplicitRules } from "../../dictionary/rules";
import { clipCandidates } from "./clip-candidates";

const entry = (tag: string, zh: string, category: DictionaryEntry["category"], pop = 3): DictionaryEntry => ({ tag, zh, aliases: [], category, sub: "x", pop });
const dictionary = createDictionary([entry("red background", "红色背景", "scene", 5), entry("hatsune miku", "初音未来", "character"), entry("masterpiece", "杰作", "quality"),
  entry("nipples", "乳头", "appearance"), entry("lowres", "低分辨率", "negative"), entry("rim light", "轮廓光", "lighting", 4)]);
const rules = readExplicitRules("word\tnipples\n");

describe("clipCandidates", () => {
  it("offers what a photo can show, in the dictionary's order, explicit tags only when shown", () => {
    expect(clipCandidates(dictionary, rules, false)).toEqual([
      { tag: "red background", zh: "红色背景", category: "scene", text: "a photo of red background" },
      { tag: "rim light", zh: "轮廓光", category: "lighting", text: "a photo of rim light" },
    ]);
    expect(clipCandidates(dictionary, rules, true).map((c) => c.tag)).toEqual(["red background", "rim light", "nipples"]);
  });
});
