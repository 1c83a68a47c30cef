import { describe, expect, it } from "vitest";
import { indexFrom, unitAt } from "./unit-at";

describe("unitAt, indexFrom", () => {
  it("read as charCodeAt and indexOf do, on strings of every kind", () => {
    const flat = "a, (cat:1.2), 猫";
    const kinds = [flat, `x${flat}`.slice(1), ["a, (cat", ":1.2), 猫"].join(""), `${"a, (cat"}${":1.2), 猫"}`];
    for (const text of kinds) {
      expect(Array.from(text, (_, i) => unitAt(text, i))).toEqual(Array.from(text, (_, i) => text.charCodeAt(i)));
      expect(indexFrom(text, ",", 2)).toBe(12);
      expect(indexFrom(text, "dog", 0)).toBe(-1);
    }
  });
});
