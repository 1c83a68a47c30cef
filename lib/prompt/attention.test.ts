import { describe, expect, it } from "vitest";
import { parseAttentionSpans, parsePromptAttention, type AttentionPair } from "./attention";

// A1111's parse_prompt_attention doctests, then the rest of its rules.
const cases: Array<{ prompt: string; attention: AttentionPair[] }> = [
  { prompt: "normal text", attention: [["normal text", 1.0]] },
  { prompt: "an (important) word", attention: [["an ", 1.0], ["important", 1.1], [" word", 1.0]] },
  { prompt: "(unbalanced", attention: [["unbalanced", 1.1]] },
  { prompt: "\\(literal\\]", attention: [["(literal]", 1.0]] },
  { prompt: "(unnecessary)(parens)", attention: [["unnecessaryparens", 1.1]] },
  {
    prompt: "a (((house:1.3)) [on] a (hill:0.5), sun, (((sky))).",
    attention: [["a ", 1.0], ["house", 1.5730000000000004], [" ", 1.1], ["on", 1.0], [" a ", 1.1], ["hill", 0.55],
      [", sun, ", 1.1], ["sky", 1.4641000000000006], [".", 1.1]],
  },
  { prompt: "((x))", attention: [["x", 1.2100000000000002]] },
  { prompt: "[x]", attention: [["x", 0.9090909090909091]] },
  { prompt: "[[x]]", attention: [["x", 0.8264462809917354]] },
  { prompt: "(x:1.5)", attention: [["x", 1.5]] },
  { prompt: "(x:0.25)", attention: [["x", 0.25]] },
  { prompt: "(x: 1.5 )", attention: [["x", 1.5]] },
  { prompt: "(x:-1)", attention: [["x", -1]] },
  { prompt: "((x:2))", attention: [["x", 2.2]] },
  { prompt: "[(x:2)]", attention: [["x", 1.8181818181818181]] },
  { prompt: "x:1.2)", attention: [["x:1.2)", 1]] },
  { prompt: "a:b", attention: [["a:b", 1]] },
  { prompt: "(a:b)", attention: [["a:b", 1.1]] },
  { prompt: "unbalanced)", attention: [["unbalanced)", 1]] },
  { prompt: "unbalanced]", attention: [["unbalanced]", 1]] },
  { prompt: "[unbalanced", attention: [["unbalanced", 0.9090909090909091]] },
  { prompt: "a \\\\ b", attention: [["a \\ b", 1]] },
  { prompt: "a\\b", attention: [["ab", 1]] },
  { prompt: "", attention: [["", 1]] },
  { prompt: "()", attention: [["", 1]] },
  { prompt: "a BREAK b", attention: [["a", 1], ["BREAK", -1], ["b", 1]] },
  { prompt: "aBREAK b", attention: [["aBREAK b", 1]] },
  { prompt: "a,BREAK,b", attention: [["a,", 1], ["BREAK", -1], [",b", 1]] },
  { prompt: "(a BREAK b)", attention: [["a", 1.1], ["BREAK", -1.1], ["b", 1.1]] },
  { prompt: "[a:b:5]", attention: [["a:b:5", 0.9090909090909091]] },
  { prompt: "[a|b]", attention: [["a|b", 0.9090909090909091]] },
  { prompt: "<lora:name:0.8>", attention: [["<lora:name:0.8>", 1]] },
  { prompt: "(x:1.2.3)", attention: [["x:1.2.3)", 1.1]] },
  { prompt: "(猫:１.５)", attention: [["猫", 1.5]] },
];

describe("parsePromptAttention (A1111 parse_prompt_attention)", () => {
  for (const { prompt, attention } of cases) {
    it(JSON.stringify(prompt), () => expect(parsePromptAttention(prompt)).toEqual(attention));
  }

  it("keeps the source range of every piece", () => {
    const text = "a (b:1.2), \\(c\\)";
    for (const span of parseAttentionSpans(text)) {
      const source = text.slice(span.start, span.end);
      expect(source.replace(/\\(.)/g, "$1")).toBe(span.text);
    }
  });

  it("never throws on hostile input", () => {
    const inputs = ["(".repeat(5000), "]".repeat(5000), "\ud800(x)\udfff", "\u0000\u0007", "😊 (^_^) T_T", "\\"];
    for (const input of inputs) expect(() => parsePromptAttention(input)).not.toThrow();
  });
});
