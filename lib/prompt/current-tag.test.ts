import { describe, expect, it } from "vitest";
import { acceptCompletion, currentTagAt } from "./current-tag";

describe("currentTagAt", () => {
  it.each([
    ["1girl, blon", 11, { start: 7, end: 11, query: "blon" }],
    ["1girl, (blon", 12, { start: 8, end: 12, query: "blon" }],
    ["long_h", 6, { start: 0, end: 6, query: "long_h" }],
    ["a, long h", 9, { start: 3, end: 9, query: "long h" }],
    ["[cat:do", 7, { start: 5, end: 7, query: "do" }],
    ["a, 金发", 5, { start: 3, end: 5, query: "金发" }],
    ["blon, x", 2, { start: 0, end: 4, query: "bl" }],
    ["hatsune miku \\(cos", 18, { start: 0, end: 18, query: "hatsune miku \\(cos" }],
  ] as const)("%j at %i", (text, caret, expected) => expect(currentTagAt(text, caret)).toEqual(expected));

  it.each([["(blue eyes:1.", 13], ["<lora:abc", 9], ["a, ", 3], ["a, 12", 5], ["x, BREAK", 8]] as const)("suggests nothing in %j", (text, caret) => {
    expect(currentTagAt(text, caret)).toBeNull();
  });
});

describe("acceptCompletion", () => {
  it("ends a tag with ', ' at the end of the text or line", () => {
    expect(acceptCompletion("1girl, blon", { start: 7, end: 11, query: "blon" }, "blonde hair")).toEqual({ text: "1girl, blonde hair, ", selectionStart: 20, selectionEnd: 20 });
    expect(acceptCompletion("blon\nsmile", { start: 0, end: 4, query: "blon" }, "blonde hair").text).toBe("blonde hair, \nsmile");
  });

  it("adds nothing inside brackets or before a separator", () => {
    expect(acceptCompletion("(blon:1.2)", { start: 1, end: 5, query: "blon" }, "blonde hair").text).toBe("(blonde hair:1.2)");
    expect(acceptCompletion("blon, smile", { start: 0, end: 4, query: "blon" }, "blonde hair").text).toBe("blonde hair, smile");
  });
});
