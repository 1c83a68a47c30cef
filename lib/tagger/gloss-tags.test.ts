import { describe, expect, it } from "vitest";
import { createDictionary } from "../dictionary/dictionary";
import type { DictionaryEntry } from "../dictionary/entry";
import { readExplicitRules } from "../dictionary/rules";
import { glossRatings, glossTags, type GlossContext } from "./gloss-tags";
import type { TagScore } from "./select-tags";

const entry = (tag: string, zh: string, aliases: string[] = []): DictionaryEntry => ({ tag, zh, aliases, category: "subject", sub: "x", pop: 3 });
const dictionary = createDictionary([entry("1girl", "一个女孩"), entry("hatsune miku", "初音未来"), entry("smile", "微笑"), entry("^_^", "开心微笑颜文字")]);
const explicit = readExplicitRules("word\tnipples\ntag\tnude\n");
const context = (showExplicit: boolean): GlossContext => ({ dictionary, explicit, showExplicit });
const scored = (name: string, kind: TagScore["kind"], score: number): TagScore => ({ name, kind, score });

describe("glossTags", () => {
  const tags = [scored("1girl", "general", 0.9), scored("hatsune_miku", "character", 0.95), scored("saber_(fate)", "character", 0.9),
    scored("^_^", "general", 0.5), scored("(o)_(o)", "general", 0.4), scored("smiles", "general", 0.4), scored("nipples", "general", 0.6),
    scored("nude", "general", 0.5), scored("general", "rating", 0.9)];

  it("gives the prompt form and the dictionary's Chinese, hiding explicit tags by default", () => {
    expect(glossTags(tags, context(false))).toEqual({
      tags: [
        { tag: "1girl", name: "1girl", zh: "一个女孩", score: 0.9, kind: "general" },
        { tag: "hatsune miku", name: "hatsune_miku", zh: "初音未来", score: 0.95, kind: "character" },
        { tag: "saber \\(fate\\)", name: "saber_(fate)", zh: null, score: 0.9, kind: "character" },
        { tag: "^_^", name: "^_^", zh: "开心微笑颜文字", score: 0.5, kind: "general" },
        { tag: "\\(o\\)_\\(o\\)", name: "(o)_(o)", zh: null, score: 0.4, kind: "general" },
        { tag: "smiles", name: "smiles", zh: "微笑", score: 0.4, kind: "general" },
      ],
      hiddenExplicit: 2,
    });
  });

  it("keeps explicit tags when the user shows them", () => {
    const shown = glossTags(tags, context(true));
    expect(shown.hiddenExplicit).toBe(0);
    expect(shown.tags.map((t) => t.tag)).toEqual(["1girl", "hatsune miku", "saber \\(fate\\)", "^_^", "\\(o\\)_\\(o\\)", "smiles", "nipples", "nude"]);
  });
});

describe("glossRatings", () => {
  it("names the four ratings in Chinese", () => {
    const ratings = ["general", "sensitive", "questionable", "explicit", "other"].map((n) => scored(n, "rating", 0.1));
    expect(glossRatings(ratings).map((r) => r.zh)).toEqual(["全年龄", "轻度敏感", "较敏感", "露骨", "other"]);
  });
});
