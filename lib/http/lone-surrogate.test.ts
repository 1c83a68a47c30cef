import { describe, expect, it } from "vitest";
import { findLoneSurrogate } from "./lone-surrogate";

describe("findLoneSurrogate", () => {
  const cases: Array<{ value: unknown; found: ReturnType<typeof findLoneSurrogate> }> = [
    { value: { prompt: "a cat 🐱, 中文" }, found: null },
    { value: "x\ud800", found: { path: "(body)", index: 1, code: "U+D800" } },
    { value: { tags: ["ok", "ab\udc00"] }, found: { path: "tags.1", index: 2, code: "U+DC00" } },
    { value: { a: { "k\ud83d": 1 } }, found: { path: "a", index: 1, code: "U+D83D" } },
    { value: { a: "🐱\ud83d", b: 1, c: null }, found: { path: "a", index: 2, code: "U+D83D" } },
  ];
  for (const { value, found } of cases) it(`${JSON.stringify(value)} → ${found?.path ?? "none"}`, () => expect(findLoneSurrogate(value)).toEqual(found));

  it("walks a value 100,000 levels deep without recursion", () => {
    const deep = JSON.parse("[".repeat(100_000) + '"\\ud800"' + "]".repeat(100_000)) as unknown;
    expect(findLoneSurrogate(deep)).toMatchObject({ index: 0, code: "U+D800" });
  });
});
