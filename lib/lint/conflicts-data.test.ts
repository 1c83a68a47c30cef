import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadDanbooruTags } from "../dictionary/completion-data.server";
import { normalizeTag } from "../dictionary/entry";
import { loadBuiltinEntries } from "../dictionary/load.server";
import { parseConflicts } from "./conflicts";

const file = path.join(process.cwd(), "dictionaries", "conflicts.tsv");
const text = fs.readFileSync(file, "utf8");
const groups = parseConflicts(text);

describe("dictionaries/conflicts.tsv", () => {
  it("starts with a header comment saying what a line holds", () => {
    expect(text.split("\n")[0]).toMatch(/^# Tags that contradict each other/);
  });

  it("has a name, a Chinese name and at least two tags in every group, each tag once", () => {
    expect(groups.length).toBeGreaterThanOrEqual(25);
    for (const g of groups) {
      const tags = [...g.left, ...(g.right ?? [])];
      expect(g.name, g.name).toMatch(/^[a-z][a-z -]+$/);
      expect(g.nameZh, g.name).toMatch(/\p{Script=Han}/u);
      expect(tags.length, g.name).toBeGreaterThanOrEqual(2);
      expect(new Set(tags).size, g.name).toBe(tags.length);
      if (g.right) expect(g.right.length, g.name).toBeGreaterThan(0);
    }
  });

  it("names only tags the dictionary or Danbooru knows", () => {
    const known = new Set([...loadBuiltinEntries().map((e) => normalizeTag(e.tag)), ...loadDanbooruTags().map((t) => normalizeTag(t.name))]);
    const unknown = groups.flatMap((g) => [...g.left, ...(g.right ?? [])].filter((t) => !known.has(t)).map((t) => `${g.name}: ${t}`));
    expect(unknown).toEqual([]);
  });
});
