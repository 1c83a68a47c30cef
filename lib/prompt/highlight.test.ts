import { describe, expect, it } from "vitest";
import { highlightPrompt, type HighlightKind } from "./highlight";

const show = (text: string) => highlightPrompt(text).map((s) => [text.slice(s.start, s.end), s.kind, s.weight] as [string, HighlightKind, number]);

describe("highlightPrompt", () => {
  it("marks weights and their brackets", () => {
    expect(show("a (b:1.2)")).toEqual([["a ", "text", 1], ["(", "bracket", 1], ["b", "text", 1.2], [":", "bracket", 1], ["1.2", "weight-number", 1], [")", "bracket", 1]]);
  });

  it("marks editing and alternation punctuation", () => {
    expect(show("[a:b:5]").map(([t, k]) => `${t}/${k}`)).toEqual(["[/editing", "a/text", ":/editing", "b/text", ":5]/editing"]);
    expect(show("[a|b]").map(([t, k]) => `${t}/${k}`)).toEqual(["[/alternation", "a/text", "|/alternation", "b/text", "]/alternation"]);
  });

  it("does not weigh the brackets of editing and alternation as de-emphasis", () => {
    expect(show("[a|b]").filter(([, k]) => k === "text").map(([, , w]) => w)).toEqual([1, 1]);
    expect(show("[[a:b:3]]").find(([t]) => t === "a")?.[2]).toBeCloseTo(1 / 1.1);
  });

  it("marks keywords, networks, escapes and stray brackets", () => {
    expect(show("x BREAK y").map(([, k]) => k)).toEqual(["text", "keyword", "text"]);
    expect(show("<lora:a:1>")[0][1]).toBe("network");
    expect(show("\\(x")[0]).toEqual(["\\(", "escape", 1]);
    expect(show("a)")[1]).toEqual([")", "stray", 1]);
    expect(show("(a")[0]).toEqual(["(", "stray", 1]);
  });

  it("covers every character exactly once", () => {
    for (const text of ["", "((a:1.2)) [b|c] [d:e:0.5] <lora:x:1> \\) BREAK", "(((", "]]]"]) {
      const spans = highlightPrompt(text);
      expect(spans.map((s) => text.slice(s.start, s.end)).join("")).toBe(text);
    }
  });
});
