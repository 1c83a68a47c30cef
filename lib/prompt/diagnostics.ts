import { ATTENTION_TOKEN } from "./attention";
import { stripExtraNetworks } from "./extra-networks";
import { findDeepNesting } from "./nesting";
import { PROMPT_LIMITS } from "./prompt-limits";
import { pyFloat } from "./python-compat";
import type { GrammarFailure } from "./syntax";

/** Something odd in a prompt, with where it is. The text is never changed because of one. */
export interface Diagnostic {
  code:
    | "unclosed_bracket" | "unmatched_bracket" | "pipe_outside_alternation" | "dangling_backslash"
    | "invalid_weight" | "weighted_break" | "control_character" | "lone_surrogate" | "extra_network" | "nesting_too_deep";
  severity: "error" | "warning" | "info";
  start: number;
  end: number;
  /** 1-based line and column of `start`, for messages. */
  line: number;
  column: number;
  /** Values the message needs (the bracket, the weight text, the network name). */
  detail?: string;
}

type Found = Omit<Diagnostic, "line" | "column">;

/** A bracket problem found by bracketIssues: a diagnostic before its line and column are worked out. */
export type BracketIssue = Found;

/**
 * Finds what A1111 would read differently from what the writer probably meant.
 * @example findDiagnostics("(a, b")[0] // { code: "unclosed_bracket", start: 0, end: 1, line: 1, column: 1, detail: "(" }
 * Pass `issues` (bracketIssues of this very text) when they are already known.
 */
export function findDiagnostics(text: string, grammarFailure: GrammarFailure | null, issues?: readonly BracketIssue[]): Diagnostic[] {
  const found: Found[] = [...(issues ?? bracketIssues(text)), ...characterIssues(text)];
  // Only worth saying when there is editing or alternation for A1111 to ignore.
  if (grammarFailure && text.includes("[")) {
    const code = grammarFailure.reason === "pipe" ? "pipe_outside_alternation" : "dangling_backslash";
    found.push({ code, severity: "warning", start: grammarFailure.at, end: grammarFailure.at + 1 });
  }
  const deep = findDeepNesting(text);
  if (deep !== null) found.push({ code: "nesting_too_deep", severity: "error", start: deep, end: deep + 1, detail: String(PROMPT_LIMITS.maxNesting) });
  for (const net of stripExtraNetworks(text).networks) {
    found.push({ code: "extra_network", severity: "info", start: net.start, end: net.end, detail: `${net.name}:${net.args[0]}` });
  }
  found.sort((a, b) => a.start - b.start);
  return found.map((d) => ({ ...d, ...lineColumn(text, d.start) }));
}

/** Brackets A1111 leaves open to the end, or that close nothing, plus bad weights and weighted BREAKs. */
export function bracketIssues(text: string): Found[] {
  const issues: Found[] = [];
  const open: Record<"(" | "[", number[]> = { "(": [], "[": [] };
  for (const m of text.matchAll(ATTENTION_TOKEN)) {
    const tok = m[0];
    const at = m.index;
    if (tok === "(" || tok === "[") open[tok].push(at);
    else if (m[1] !== undefined && open["("].length > 0) {
      if (Number.isNaN(pyFloat(m[1]))) issues.push({ code: "invalid_weight", severity: "error", start: at, end: at + tok.length, detail: m[1] });
      else open["("].pop();
    } else if (tok === ")" || tok === "]") {
      const stack = open[tok === ")" ? "(" : "["];
      if (stack.length > 0) stack.pop();
      else issues.push({ code: "unmatched_bracket", severity: "warning", start: at, end: at + 1, detail: tok });
    } else if (/(^|[^\p{L}\p{N}_])BREAK($|[^\p{L}\p{N}_])/u.test(tok) && (open["("].length > 0 || open["["].length > 0)) {
      const b = at + tok.indexOf("BREAK");
      issues.push({ code: "weighted_break", severity: "warning", start: b, end: b + 5 });
    }
  }
  for (const bracket of ["(", "["] as const) {
    for (const at of open[bracket]) issues.push({ code: "unclosed_bracket", severity: "warning", start: at, end: at + 1, detail: bracket });
  }
  return issues;
}

function characterIssues(text: string): Found[] {
  const issues: Found[] = [];
  for (const m of text.matchAll(/[\x00-\x08\x0b\x0e-\x1f\x7f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g)) {
    const surrogate = m[0].charCodeAt(0) >= 0xd800;
    issues.push({ code: surrogate ? "lone_surrogate" : "control_character", severity: "warning", start: m.index, end: m.index + 1,
      detail: "U+" + m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0") });
  }
  return issues;
}

/** 1-based line and column (in UTF-16 units) of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
