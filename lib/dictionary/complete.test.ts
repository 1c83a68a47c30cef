import { describe, expect, it } from "vitest";
import { getBuiltinDictionary } from "./builtin.server";
import { buildCompletionIndex, completeTag, tagForPrompt, type CompletionRow } from "./complete";
import { getCompletionRows } from "./completion-data.server";

const index = buildCompletionIndex(getCompletionRows(getBuiltinDictionary()));
const first = (q: string, options = {}) => completeTag(index, q, options)[0]?.tag;

describe("completeTag over the dictionary and Danbooru's tags", () => {
  it.each([
    ["blon", "blonde hair"],
    ["long_h", "long hair"],
    ["long h", "long hair"],
    ["金发", "blonde hair"],
    ["双马", "twintails"],
    ["shuangma", "twintails"],
    ["smw", "twintails"],
    ["qipao", "china dress"],
    ["hatsune m", "hatsune miku"],
    ["初音", "hatsune miku"],
  ])("%s → %s first", (query, tag) => expect(first(query)).toBe(tag));

  it("suggests long-tail Danbooru tags that have no Chinese name yet, in English", () => {
    const tail = getCompletionRows(getBuiltinDictionary()).find((r) => !r.zh && r.category === "general" && r.posts < 100)!;
    expect(completeTag(index, tail.tag, { limit: 50 }).map((c) => c.tag)).toContain(tail.tag);
  });

  it("ranks by post count, says which alias matched and honours the limit", () => {
    const results = completeTag(index, "hair", { limit: 5 });
    expect(results).toHaveLength(5);
    expect(results.map((r) => r.posts)).toEqual([...results.map((r) => r.posts)].sort((a, b) => b - a));
    expect(completeTag(index, "qipao")[0].via).toBe("qipao");
  });

  it("weighs pinyin prefixes against English ones by posts: pinyin finds the common tags, English keeps its own", () => {
    const tags = (q: string) => completeTag(index, q, { limit: 6 }).map((c) => c.tag);
    // 红发 and 猫耳 used to come after every English name that starts with "hong" or "mao" ("hong meiling (cosplay)").
    expect(tags("hong")).toContain("red hair");
    expect(tags("hong")).not.toContain("hong meiling (cosplay)");
    expect(tags("mao").slice(0, 4)).toContain("cat ears");
    expect(tags("lan").slice(0, 3)).toEqual(["blue", "blue eyes", "blue hair"]);
    expect(first("shi")).toBe("shirt");
    expect(first("loo")).toBe("looking at viewer");
  });

  it("keeps the Latin letters of a name written half in Latin in its pinyin", () => {
    expect(first("hongsaber")).toBe("nero claudius (fate)");
    expect(first("hong")).not.toBe("nero claudius (fate)");
  });

  it("puts recent tags right after exact matches", () => {
    expect(first("hair", { recent: ["hair flower"] })).toBe("hair flower");
  });

  it("puts a member's own stars (team mode) first among the prefix matches too", () => {
    expect(first("hair", {})).not.toBe("hair flower");
    expect(first("hair", { favorites: ["hair flower"] })).toBe("hair flower");
  });

  it("hides explicit tags unless asked", () => {
    const rows: CompletionRow[] = [
      { tag: "nude", zh: "裸体", category: "general", posts: 10, aliases: [], pinyin: [], explicit: true, favorite: false },
      { tag: "nurse", zh: "护士", category: "general", posts: 5, aliases: [], pinyin: [], explicit: false, favorite: false },
    ];
    const small = buildCompletionIndex(rows);
    expect(completeTag(small, "nu").map((c) => c.tag)).toEqual(["nurse"]);
    expect(completeTag(small, "nu", { includeExplicit: true }).map((c) => c.tag)).toEqual(["nude", "nurse"]);
  });

  it("sorts keys by code unit, equal keys by kind and then row (a row may name one key twice), and ranks each block best first", () => {
    const { keys, kind, row, byRank, rows } = index;
    for (let k = 1; k < keys.length; k++) {
      const order = keys[k - 1] < keys[k] || (keys[k - 1] === keys[k] && (kind[k - 1] < kind[k] || (kind[k - 1] === kind[k] && row[k - 1] <= row[k])));
      if (!order) expect.fail(`keys ${k - 1} and ${k} out of order: ${keys[k - 1]} ${kind[k - 1]} ${row[k - 1]} / ${keys[k]} ${kind[k]} ${row[k]}`);
    }
    const rank = (k: number) => (kind[k] === 4 ? 0 : 1e10) + rows[row[k]].posts * (kind[k] === 3 ? 0.25 : 1);
    for (let start = 0; start < keys.length; start += 64) {
      const block = Array.from(byRank.subarray(start, Math.min(start + 64, keys.length)));
      expect(block).toEqual(block.map((_, i) => start + i).sort((a, b) => rank(b) - rank(a)));
    }
  });
});

describe("tagForPrompt", () => {
  it("writes spaces and escapes brackets as A1111 users expect", () => {
    expect(tagForPrompt("hatsune_miku_(cosplay)")).toBe("hatsune miku \\(cosplay\\)");
    expect(tagForPrompt("hatsune miku (cosplay)", { underscores: true })).toBe("hatsune_miku_\\(cosplay\\)");
    expect(tagForPrompt("long hair")).toBe("long hair");
  });
});
