import { findDiagnostics, type Diagnostic } from "./diagnostics";
import { parseSyntax } from "./syntax";
import type { PromptNode } from "./syntax-tree";

export interface ParsedPrompt {
  tree: PromptNode[];
  diagnostics: Diagnostic[];
}

/**
 * Parses a prompt into a lossless syntax tree plus diagnostics; never throws.
 * @example parsePrompt("(a, b").diagnostics[0].code // "unclosed_bracket"
 */
export function parsePrompt(text: string): ParsedPrompt {
  const { tree, failure } = parseSyntax(text);
  return { tree, diagnostics: findDiagnostics(text, failure) };
}
