import fs from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { subcategoryName } from "@/components/dictionary-panel/subcategory-names";
import type { Category } from "@/lib/dictionary/categories";

it("names every subcategory of the dictionary files in Chinese (hover titles show names, not keys)", () => {
  const dir = path.join(process.cwd(), "dictionaries");
  const pairs = new Set<string>();
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".jsonl"))) {
    for (const line of fs.readFileSync(path.join(dir, file), "utf8").split("\n")) {
      if (!line.trim()) continue;
      const { category, sub } = JSON.parse(line) as { category: Category; sub: string };
      pairs.add(`${category}\t${sub}`);
    }
  }
  const untranslated = [...pairs].map((p) => p.split("\t") as [Category, string])
    .filter(([category]) => category !== "character" && category !== "franchise")
    .filter(([category, sub]) => /[a-z]/i.test(subcategoryName(category, sub, "zh")));
  expect(untranslated).toEqual([]);
  expect(subcategoryName("appearance", "expression", "en")).toBe("Expression");
  expect(subcategoryName("character", "touhou", "zh")).toBe("touhou");
});
