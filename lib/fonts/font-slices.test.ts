import { describe, expect, it } from "vitest";
import { buildSliceTable, parseUnicodeRanges, sliceIndexOf, slicesForText } from "./font-slices";

const table = buildSliceTable(parseUnicodeRanges({
  "[7]": "U+4e00-4e01,U+4e03,U+0041",
  "[12]": "U+5496,U+5561",
  latin: "U+0000-00FF,U+2000-206F",
}));

describe("font slices", () => {
  it("reads unicode.json ranges with named subsets first", () => {
    expect(table.slices.map((s) => s.key)).toEqual(["latin", "7", "12"]);
    expect(table.slices[1].ranges).toEqual([[0x4e00, 0x4e01], [0x4e03, 0x4e03], [0x41, 0x41]]);
  });
  it.each([
    [0x41, 0], // "A" is in latin and in [7]: the named subset wins
    [0x4e03, 1],
    [0x5561, 2],
    [0x4e02, -1],
    [0x1f600, -1],
  ])("finds the slice of U+%s", (codePoint, index) => {
    expect(sliceIndexOf(table, codePoint)).toBe(index);
  });
  it("names the slices a text needs and leaves out what none holds", () => {
    expect(slicesForText(table, "咖啡 一\n😀A")).toEqual({ keys: ["latin", "7", "12"], text: "咖啡 一\nA" });
  });
});
