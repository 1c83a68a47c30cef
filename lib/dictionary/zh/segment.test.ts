import { describe, expect, it } from "vitest";
import { createDictionary } from "../dictionary";
import type { DictionaryEntry } from "../entry";
import { createLexicon, plainGloss } from "./lexicon";
import { normalizeChinesePunctuation, simplifyHan } from "./normalize";
import { segmentRun } from "./segment";
import { wordSources } from "./translate-zh";

const entry = (tag: string, zh: string, aliases: string[] = []): DictionaryEntry => ({ tag, zh, aliases, category: "scene", sub: "s", pop: 3 });
const dict = createDictionary([entry("cyberpunk", "赛博朋克"), entry("city", "城市"), entry("wind", "风"), entry("horns", "犄角", ["角"])]);
const lexicon = createLexicon([["广角", "wide-angle; panoramic"], ["量子", "quantum"], ["风格", "style"]]);
const words = (run: string) => segmentRun(wordSources(dict, lexicon), run).map((p) => `${p.kind}:${p.zh}`);

describe("segmentRun", () => {
  it("takes the cheapest whole path, not the greedy one", () => {
    expect(words("赛博朋克风格的城市")).toEqual(["tag:赛博朋克", "grammar:风格", "grammar:的", "tag:城市"]);
    expect(words("广角")).toEqual(["word:广角"]);
  });

  it("glues unknown characters into one fragment, with lexicon words beside them", () => {
    expect(words("城市量子纠缠态")).toEqual(["tag:城市", "unknown:量子纠缠态"]);
  });

  it("handles a long run in linear time", () => {
    expect(segmentRun(wordSources(dict, lexicon), "城市".repeat(5000))).toHaveLength(5000);
  });
});

describe("plainGloss", () => {
  it.each([
    [["(of planes etc) to fly", "flying", "flight"], "flying"],
    ["to reflect light", "reflect light"],
    [["glass", "(slang) male homosexual"], "glass"],
    ["café; coffee shop", "cafe"],
    ["surname Mu", null],
    [["Republic of China"], null],
  ] as const)("%j → %s", (meanings, expected) => expect(plainGloss(meanings as string | string[])).toBe(expected));
});

describe("normalizeChinesePunctuation and simplifyHan", () => {
  it("folds full-width syntax and list separators", () => {
    expect(normalizeChinesePunctuation("（金发：1.2）；猫。")).toBe("(金发:1.2), 猫, ");
  });

  it("simplifies Chinese runs only", () => {
    expect(simplifyHan("雙馬尾 café", (t) => t.replace("雙", "双").replace("馬", "马"))).toBe("双马尾 café");
  });
});
