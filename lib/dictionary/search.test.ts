import { describe, expect, it } from "vitest";
import { getBuiltinDictionary } from "./builtin.server";
import { searchDictionary } from "./search";

const dict = getBuiltinDictionary();
const tags = (q: string, options = {}) => searchDictionary(dict, q, options).map((r) => r.tag);

describe("searchDictionary", () => {
  it("finds by English, exact first", () => {
    expect(tags("long hair")[0]).toBe("long hair");
    expect(tags("long h").slice(0, 3)).toContain("long hair");
  });

  it("finds by Chinese name and alias", () => {
    expect(tags("长发")[0]).toBe("long hair");
    expect(tags("金色头发")[0]).toBe("blonde hair");
  });

  it("finds by pinyin, full and initials", () => {
    expect(searchDictionary(dict, "jinfa")[0].zh).toBe("金发");
    expect(searchDictionary(dict, "jf").map((r) => r.zh)).toContain("金发");
  });

  it("forgives a typo", () => {
    expect(tags("masterpeice")).toContain("masterpiece");
  });

  it("filters by category and limits", () => {
    const results = searchDictionary(dict, "", { category: "negative", limit: 5 });
    expect(results).toHaveLength(5);
    expect(results.every((r) => r.category === "negative")).toBe(true);
    expect(results[0].pop).toBe(5);
  });

  it("is safe with huge, regex-like and empty queries", () => {
    expect(() => searchDictionary(dict, "(".repeat(10_000))).not.toThrow();
    expect(searchDictionary(dict, ".*[a-z]+")).toEqual([]);
    expect(searchDictionary(dict, "   ").length).toBeGreaterThan(0);
  });
});
