import { describe, expect, it } from "vitest";
import { insertTag } from "./insert-tag";

describe("insertTag", () => {
  const cases: Array<[string, number, string]> = [
    ["", 0, "cat"],
    ["a", 1, "a, cat"],
    ["a,", 2, "a, cat"],
    ["a, ", 3, "a, cat"],
    ["a, b", 1, "a, cat, b"],
    ["a, b", 0, "cat, a, b"],
    ["(a:1.2)", 1, "(cat, a:1.2)"],
  ];
  for (const [text, at, out] of cases) it(`${JSON.stringify(text)} @${at}`, () => expect(insertTag(text, at, at, "cat").text).toBe(out));

  it("puts the cursor after the tag", () => {
    const edit = insertTag("a, b", 1, 1, "cat");
    expect(edit.text.slice(0, edit.selectionStart)).toBe("a, cat");
  });
});
