import { describe, expect, it } from "vitest";
import { conflictKey, findConflict, indexConflicts, parseConflicts } from "./conflicts";

const index = indexConflicts(parseConflicts([
  "# a comment",
  "hair length\t发长\tshort hair, Long_Hair",
  "one or many\t单人或多人\tsolo | 2girls, 2boys",
].join("\n")), { "long-haired": "long hair" });

describe("conflict groups", () => {
  it("reads both kinds of line, tags normalized", () => {
    expect(index.groups).toEqual([
      { name: "hair length", nameZh: "发长", left: ["short hair", "long hair"], right: null },
      { name: "one or many", nameZh: "单人或多人", left: ["solo"], right: ["2girls", "2boys"] },
    ]);
  });

  // [a, b, the group that makes them contradict or null]
  const PAIRS: Array<[string, string, string | null]> = [
    ["short hair", "long hair", "hair length"],
    ["long hair", "short hair", "hair length"],
    ["solo", "2girls", "one or many"],
    ["2boys", "solo", "one or many"],
    ["2girls", "2boys", null],
    ["solo", "solo", null],
    ["cat", "dog", null],
  ];
  for (const [a, b, group] of PAIRS) {
    it(`${a} + ${b} → ${group ?? "fine"}`, () => expect(findConflict(index, a, b)?.name ?? null).toBe(group));
  }

  it("counts an alias as its tag", () => {
    expect(conflictKey(index, "long-haired")).toBe("long hair");
    expect(conflictKey(index, "cat")).toBe("cat");
  });
});
