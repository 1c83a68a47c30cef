import { parseAttentionSpans } from "./attention";
import { bracketIssues, type BracketIssue } from "./diagnostics";
import { stripExtraNetworks } from "./extra-networks";
import { parseSyntax, type SyntaxParse } from "./syntax";
import type { PromptNode } from "./syntax-tree";

export type HighlightKind = "text" | "bracket" | "weight-number" | "escape" | "editing" | "alternation" | "keyword" | "network" | "stray";

/** A run of source text with how to show it; `weight` is the A1111 attention weight of text runs. */
export interface HighlightSpan {
  start: number;
  end: number;
  kind: HighlightKind;
  weight: number;
}

const KIND_CODES: HighlightKind[] = ["text", "bracket", "weight-number", "escape", "editing", "alternation", "keyword", "network", "stray"];

/**
 * Splits a prompt into runs for syntax highlighting: weighted text, brackets, weight numbers, editing and
 * alternation punctuation, BREAK/AND, extra networks, escapes and brackets that close nothing.
 * @example highlightPrompt("(a:1.2)").map((s) => s.kind) // ["bracket", "text", "bracket", "weight-number", "bracket"]
 * Pass `syntax` (parseSyntax) and `issues` (bracketIssues) of this very text when they are already known.
 */
export function highlightPrompt(text: string, syntax?: SyntaxParse, issues?: readonly BracketIssue[]): HighlightSpan[] {
  const n = text.length;
  const kind = new Uint8Array(n).fill(code("bracket"));
  const weight = new Float64Array(n).fill(1);
  const { tree } = syntax ?? parseSyntax(text);
  // A1111 resolves editing and alternation before weighing, so their brackets must not count as [de-emphasis].
  for (const span of parseAttentionSpans(blankScheduleSyntax(text, tree))) {
    const k = span.isBreak ? "keyword" : span.end - span.start === 2 && text[span.start] === "\\" ? "escape" : "text";
    for (let i = span.start; i < span.end; i++) {
      kind[i] = code(k);
      weight[i] = span.isBreak ? 1 : span.weight;
    }
  }
  markStructure(tree, kind);
  for (const m of text.matchAll(/(?<![\p{L}\p{N}_])(?:AND|BREAK)(?![\p{L}\p{N}_])/gu)) kind.fill(code("keyword"), m.index, m.index + m[0].length);
  for (const net of stripExtraNetworks(text).networks) kind.fill(code("network"), net.start, net.end);
  for (const issue of issues ?? bracketIssues(text)) {
    if (issue.code === "unclosed_bracket" || issue.code === "unmatched_bracket") kind[issue.start] = code("stray");
  }

  for (let i = 0; i < n; i++) if (kind[i] !== code("text")) weight[i] = 1;
  const spans: HighlightSpan[] = [];
  for (let i = 0; i < n; ) {
    let j = i + 1;
    while (j < n && kind[j] === kind[i] && weight[j] === weight[i]) j++;
    spans.push({ start: i, end: j, kind: KIND_CODES[kind[i]], weight: weight[i] });
    i = j;
  }
  return spans;
}

function code(kind: HighlightKind): number {
  return KIND_CODES.indexOf(kind);
}

// Punctuation of editing `[a:b:N]` and alternation `[a|b]`, and the number after `(x:`.
function markStructure(nodes: PromptNode[], kind: Uint8Array, only?: number) {
  const editing = only ?? code("editing");
  const alternation = only ?? code("alternation");
  for (const node of nodes) {
    if (node.kind === "emphasis") {
      markStructure(node.children, kind, only);
      if (node.weight?.length && only === undefined) kind.fill(code("weight-number"), node.weight[0].start, node.end - 1);
    } else if (node.kind === "editing") {
      kind[node.start] = editing;
      let toStart = node.start + 1;
      if (node.from) {
        const colon = node.from.at(-1)?.end ?? node.start + 1;
        kind[colon] = editing;
        toStart = colon + 1;
        markStructure(node.from, kind, only);
      }
      kind.fill(editing, node.to.at(-1)?.end ?? toStart, node.end);
      markStructure(node.to, kind, only);
    } else if (node.kind === "alternation") {
      let optionStart = node.start;
      for (const option of node.options) {
        kind[optionStart] = alternation;
        optionStart = option.at(-1)?.end ?? optionStart + 1;
        markStructure(option, kind, only);
      }
      kind[node.end - 1] = alternation;
    }
  }
}

function blankScheduleSyntax(text: string, tree: PromptNode[]): string {
  const chars = text.split("");
  const blank = new Uint8Array(text.length);
  markStructure(tree, blank, 1);
  for (let i = 0; i < chars.length; i++) if (blank[i] === 1) chars[i] = " ";
  return chars.join("");
}
