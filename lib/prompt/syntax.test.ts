import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parsePrompt } from "./parse";
import { serializePrompt, type PromptNode } from "./syntax-tree";

const corpus = fs
  .readFileSync(path.join(import.meta.dirname, "..", "..", "bench", "corpus", "prompts.jsonl"), "utf8")
  .split("\n").filter(Boolean).map((l) => (JSON.parse(l) as { prompt: string }).prompt);

const hostile = ["", "(((", ")))", "[[a:b]", "a\\", "\\\\\\", "[a|b", "(a:1.2.3)", "x".repeat(20000), "😊(^_^)T_T",
  "\ud800\udfff\ud800", "\u0000\u001f", "[a:[b:[c:d:1]:2]:3]", "((a][:b:c [d:3]", "<lora:x:0.8> BREAK AND"];

describe("parsePrompt", () => {
  it("round-trips every corpus prompt and hostile input exactly", () => {
    for (const text of [...corpus, ...hostile]) expect(serializePrompt(parsePrompt(text).tree)).toBe(text);
  });

  it("gives every node the source range of its text", () => {
    const check = (nodes: PromptNode[], text: string) => {
      for (const node of nodes) expect(text.slice(node.start, node.end)).toBe(serializePrompt([node]));
    };
    for (const text of corpus.slice(0, 200)) check(parsePrompt(text).tree, text);
  });

  it("recognises emphasis, editing and alternation", () => {
    const { tree } = parsePrompt("a (b:1.2) [c:d:5] [e|f]");
    expect(tree.map((n) => n.kind)).toEqual(["plain", "emphasis", "plain", "editing", "plain", "alternation"]);
    const editing = tree[3];
    expect(editing.kind === "editing" && editing.when).toBe("5");
  });

  it("says where a bracket is left open", () => {
    const { diagnostics } = parsePrompt("masterpiece, (blue eyes");
    expect(diagnostics).toMatchObject([{ code: "unclosed_bracket", line: 1, column: 14, detail: "(" }]);
  });

  it("warns about a pipe that disables editing, and about weighted BREAK", () => {
    expect(parsePrompt("a | b [c:d:3]").diagnostics.map((d) => d.code)).toEqual(["pipe_outside_alternation"]);
    expect(parsePrompt("(a BREAK b)").diagnostics.map((d) => d.code)).toEqual(["weighted_break"]);
  });

  it("never throws", () => {
    for (const text of hostile) expect(() => parsePrompt(text)).not.toThrow();
  });
});
