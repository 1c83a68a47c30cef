import { describe, expect, it } from "vitest";
import { getClipTokenizer } from "../tokenizer/load.server";
import { analyzePrompt } from "../analysis/analyze-prompt";
import { convertPrompt } from "./convert";
import { formatPrompt } from "./format";
import { highlightPrompt } from "./highlight";
import { findDeepNesting } from "./nesting";
import { parsePrompt } from "./parse";
import { PROMPT_LIMITS } from "./prompt-limits";
import { getPromptSchedules } from "./schedules";
import { parseSyntax } from "./syntax";
import { serializePrompt, type PromptNode } from "./syntax-tree";
import { splitPromptParts } from "./tag-parts";

const nested = (open: string, close: string, depth: number, inner = "a") => open.repeat(depth) + inner + close.repeat(depth);

function treeDepth(nodes: PromptNode[]): number {
  let max = 0;
  const stack = nodes.map((node) => ({ node, depth: 0 }));
  while (stack.length) {
    const { node, depth } = stack.pop()!;
    max = Math.max(max, depth);
    const children = node.kind === "emphasis" ? [...node.children, ...(node.weight ?? [])]
      : node.kind === "editing" ? [...(node.from ?? []), ...node.to] : node.kind === "alternation" ? node.options.flat() : [];
    for (const child of children) stack.push({ node: child, depth: depth + 1 });
  }
  return max;
}

describe("deep nesting", () => {
  it("finds the first bracket deeper than the limit, ignoring escaped ones", () => {
    expect(findDeepNesting("((a))", 1)).toBe(1);
    expect(findDeepNesting("(a)(b)[c]", 1)).toBeNull();
    expect(findDeepNesting("\\(\\(\\(a", 1)).toBeNull();
    expect(findDeepNesting("([a:1.2)", 1)).toBe(1);
    expect(findDeepNesting(nested("(", ")", 256))).toBeNull();
    expect(findDeepNesting(nested("(", ")", 257))).toBe(256);
  });

  it("converts nested editing and alternation in linear time (each level used to render its branch twice)", () => {
    const text = nested("[", "|b]", 60);
    expect(convertPrompt(text, "a1111", "comfyui")).toMatchObject({ text: "a" });
    expect(convertPrompt("[x:[y|z]:3]", "a1111", "novelai").warnings).toEqual([
      { code: "editing_dropped", source: "y" }, { code: "alternation_dropped", source: "y" }]);
  });

  it("keeps prompts up to 256 deep exactly as A1111 reads them", () => {
    const text = nested("(", ")", 256);
    const { tree, diagnostics } = parsePrompt(text);
    expect(treeDepth(tree)).toBe(256);
    expect(diagnostics).toEqual([]);
    expect(getPromptSchedules(nested("[", "]", 200, "[a:b:3]"), 10)).toEqual([[3, nested("[", "]", 200, "a")], [10, nested("[", "]", 200, "b")]]);
  });

  for (const depth of [2_000, 5_000]) {
    it(`parses ${depth} nested brackets without a stack overflow, with a diagnostic where it gets too deep`, () => {
      for (const text of [nested("(", ")", depth), nested("[", "]", depth), nested("[", ":b:3]", depth), nested("[", "|b]", depth)]) {
        const { tree, diagnostics } = parsePrompt(text);
        expect(serializePrompt(tree)).toBe(text);
        expect(treeDepth(tree)).toBeLessThanOrEqual(PROMPT_LIMITS.maxNesting);
        expect(diagnostics.find((d) => d.code === "nesting_too_deep")).toMatchObject({ start: 256, line: 1, column: 257, detail: "256" });
        expect(parseSyntax(text).tree.length).toBeGreaterThan(0);
        expect(() => [formatPrompt(text), getPromptSchedules(text, 150), highlightPrompt(text), splitPromptParts(text)]).not.toThrow();
        expect(convertPrompt(text, "a1111", "novelai").text.length).toBeGreaterThan(0);
      }
    });
  }

  it("answers an analysis of 10,000 nested brackets that serializes to JSON", () => {
    const analysis = analyzePrompt(getClipTokenizer(), nested("(", ")", 5_000));
    expect(() => JSON.stringify(analysis)).not.toThrow();
    expect(analysis.diagnostics.map((d) => d.code)).toContain("nesting_too_deep");
    expect(analysis.diagnostics.find((d) => d.code === "nesting_too_deep")?.message).toBe(
      "Brackets nested more than 256 deep at line 1, column 257: the deeper ones are read as text (A1111 fails on this prompt).");
  });
});
