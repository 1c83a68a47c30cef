import { describe, expect, it } from "vitest";
import { highlightPrompt } from "./highlight";
import { parsePrompt } from "./parse";
import { readPrompt } from "./read-prompt";
import { getPromptSchedules } from "./schedules";

describe("readPrompt", () => {
  it("gives what each grammar function gives, each worked out once", () => {
    const text = "a (cat:1.2), [dog|fox], (unclosed";
    const reading = readPrompt(text);
    expect(reading.attention).toEqual([["a ", 1], ["cat", 1.2], [", ", 1], ["dog|fox", 1 / 1.1], [", ", 1], ["unclosed", 1.1]]);
    expect(reading.tree).toEqual(parsePrompt(text).tree);
    expect(reading.diagnostics).toEqual(parsePrompt(text).diagnostics);
    expect(reading.highlight).toEqual(highlightPrompt(text));
    expect(reading.schedules(4)).toEqual(getPromptSchedules(text, 4));
    expect(reading.tags.map(({ body, start, kind, weight }) => [body, start, kind, weight]))
      .toEqual([["a (cat:1.2)", 0, "tag", 1], ["[dog|fox]", 13, "alternation", 1], ["(unclosed", 24, "tag", 1.1]]);
    expect(reading.highlight).toBe(reading.highlight);
    expect(reading.tree).toBe(reading.syntax.tree);
  });

  it("reads the documented example", () => {
    expect(readPrompt("a (cat:1.2)").attention).toEqual([["a ", 1], ["cat", 1.2]]);
  });
});
