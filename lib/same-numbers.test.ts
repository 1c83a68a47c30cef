import { describe, expect, it } from "vitest";
import { sameNumbers } from "./same-numbers";

describe("sameNumbers", () => {
  it("compares lists item by item, in order", () => {
    const list = [1, 2, 3];
    expect(sameNumbers(list, list)).toBe(true);
    expect(sameNumbers([1, 2, 3], [1, 2, 3])).toBe(true);
    expect(sameNumbers([], [])).toBe(true);
    expect(sameNumbers([1, 2, 3], [1, 3, 2])).toBe(false);
    expect(sameNumbers([1, 2], [1, 2, 3])).toBe(false);
    expect(sameNumbers([Number.NaN], [Number.NaN])).toBe(false);
  });
});
