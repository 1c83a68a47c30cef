/** The prompt syntax tree: every node keeps its source range and the exact text it was written with. */

export interface Range {
  start: number;
  end: number;
}

/** Plain text: words, spaces, commas, escapes (`\(`), keywords (BREAK, AND) and extra networks (`<lora:x:1>`). */
export interface PlainNode extends Range {
  kind: "plain";
  text: string;
}

/** A bracket or colon A1111 leaves as text because nothing closes or opens it. */
export interface StrayNode extends Range {
  kind: "stray";
  text: string;
}

/** `(x)`, `[x]` or `(x:1.2)`; `weight` holds what follows the colon, as written. */
export interface EmphasisNode extends Range {
  kind: "emphasis";
  open: "(" | "[";
  children: PromptNode[];
  weight: PromptNode[] | null;
}

/** Prompt editing `[from:to:when]`; `from` is null in the `[to:when]` form. `when` is the number with its spaces. */
export interface EditingNode extends Range {
  kind: "editing";
  from: PromptNode[] | null;
  to: PromptNode[];
  when: string;
}

/** Alternation `[a|b|c]`; an option may be empty. */
export interface AlternationNode extends Range {
  kind: "alternation";
  options: PromptNode[][];
}

export type PromptNode = PlainNode | StrayNode | EmphasisNode | EditingNode | AlternationNode;

/**
 * Turns nodes back into text exactly as written.
 * @example serializePrompt(parsePrompt("a (b:1.2)").tree) // "a (b:1.2)"
 */
export function serializePrompt(nodes: readonly PromptNode[]): string {
  let out = "";
  for (const node of nodes) out += serializeNode(node);
  return out;
}

function serializeNode(node: PromptNode): string {
  switch (node.kind) {
    case "plain":
    case "stray":
      return node.text;
    case "emphasis": {
      const weight = node.weight ? ":" + serializePrompt(node.weight) : "";
      return node.open + serializePrompt(node.children) + weight + (node.open === "(" ? ")" : "]");
    }
    case "editing": {
      const from = node.from ? serializePrompt(node.from) + ":" : "";
      return "[" + from + serializePrompt(node.to) + ":" + node.when + "]";
    }
    case "alternation":
      return "[" + node.options.map(serializePrompt).join("|") + "]";
  }
}
